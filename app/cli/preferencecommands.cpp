// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// pref add: record (or confirm) a guest's preference.
#include "commandregistry.h"
#include "commands.h"
#include "common/calendardate.h"
#include "common/textfield.h"
#include "console.h"
#include "jsonformat.h"
#include "preferences/preferenceservice.h"

namespace innkeep::cli {

namespace {

class PreferenceAddCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PreferenceAddCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("pref add"); }
    QString description() const override
    {
        return tr("Record a guest's preference (or confirm one they already have); prints its id.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("uuid"), tr("The guest's id."), QStringLiteral("UUID"));
        parser.addOption(QCommandLineOption(
            QStringLiteral("category"), tr("room, food, amenities, accessibility, communication or other."),
            tr("category")));
        parser.addOption(QCommandLineOption(QStringLiteral("value"),
                                            tr("The preference, e.g. \"Peanut allergy\"."), tr("text")));
        parser.addOption(QCommandLineOption(QStringLiteral("detail"), tr("More about it."), tr("text")));
        parser.addOption(QCommandLineOption(QStringLiteral("source"),
                                            tr("told (default), observed or feedback."), tr("source")));
        parser.addOption(QCommandLineOption(QStringLiteral("observed"),
                                            tr("When it was told or seen, YYYY-MM-DD (default today)."),
                                            tr("date")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("critical"),
            tr("Critical (allergy, accessibility): raises an alert wherever the guest appears.")));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        Preference draft;
        draft.guestUuid = parser.positionalArguments().constFirst().trimmed().toLower();
        const QString category = parser.value(QStringLiteral("category"));
        if (category.isEmpty())
            return usage(
                tr("--category is required (room, food, amenities, accessibility, communication, other)."));
        const auto parsedCategory = preferenceCategoryFromToken(category);
        if (!parsedCategory)
            return usage(tr("--category: \"%1\" is not one of room, food, amenities, accessibility, "
                            "communication, other.")
                             .arg(TextField::quoted(category)));
        draft.category = *parsedCategory;
        draft.value = parser.value(QStringLiteral("value"));
        if (draft.value.trimmed().isEmpty())
            return usage(tr("--value is required, e.g. --value \"Feather-free pillow\"."));
        draft.detail = parser.value(QStringLiteral("detail"));
        if (parser.isSet(QStringLiteral("source"))) {
            const auto source = preferenceSourceFromToken(parser.value(QStringLiteral("source")));
            if (!source)
                return usage(tr("--source: \"%1\" is not one of told, observed, feedback.")
                                 .arg(TextField::quoted(parser.value(QStringLiteral("source")))));
            draft.source = *source;
        }
        if (parser.isSet(QStringLiteral("observed"))) {
            draft.observedOn = CalendarDate::fromIso(parser.value(QStringLiteral("observed")));
            if (!draft.observedOn.isValid())
                return usage(tr("--observed: \"%1\" is not a date in the form YYYY-MM-DD.")
                                 .arg(TextField::quoted(parser.value(QStringLiteral("observed")))));
        }
        draft.critical = parser.isSet(QStringLiteral("critical"));

        auto db = openVenue(parser);
        if (!db)
            return fail(db.error());
        auto stored = (*db)->preferences().record(draft);
        if (!stored)
            return fail(stored.error());
        if (json(parser))
            printJson(toJson(*stored));
        else
            printLine(stored->uuid);
        return Success;
    }
};

} // namespace

void registerPreferenceCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<PreferenceAddCommand>(clock));
}

} // namespace innkeep::cli
