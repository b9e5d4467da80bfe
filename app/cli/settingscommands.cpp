// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// settings get, settings set: the venue's settings from scripts (keys in the README).
#include "commandregistry.h"
#include "commands.h"
#include "console.h"
#include "house/venuesettingkeys.h"

#include <QJsonArray>

namespace innkeep::cli {

namespace {

class SettingsGetCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SettingsGetCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("settings get"); }
    QString description() const override
    {
        return tr("Print a venue setting, or every setting with what it is.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("key"), tr("The setting, e.g. smtp.url (default: all)."),
                                     QStringLiteral("[KEY]"));
    }

    int run(const QCommandLineParser &parser) override
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() > 1)
            return usage(tr("give one key at most; innkeep-cli settings get lists them all."));
        const QString key = positional.value(0).trimmed();
        if (!key.isEmpty() && !VenueSettingKeys::isKnown(key))
            return usage(tr("there is no setting \"%1\"; innkeep-cli settings get lists them.").arg(key));
        auto venue = openVenue(parser);
        if (!venue)
            return fail(venue.error());
        VenueSettingKeys settings(**venue);
        if (!key.isEmpty()) {
            auto value = settings.get(key);
            if (!value)
                return fail(value.error());
            if (json(parser))
                printJson(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), *value}});
            else
                printLine(*value);
            return Success;
        }
        QJsonArray all;
        for (const VenueSettingKey &known : VenueSettingKeys::keys()) {
            auto value = settings.get(known.key);
            if (!value)
                return fail(value.error());
            if (json(parser))
                all.append(QJsonObject{{QStringLiteral("key"), known.key},
                                       {QStringLiteral("value"), *value},
                                       {QStringLiteral("description"), known.description}});
            else
                printLine(QStringLiteral("%1 = %2\n    %3").arg(known.key, *value, known.description));
        }
        if (json(parser))
            printJson(all);
        return Success;
    }
};

class SettingsSetCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SettingsSetCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("settings set"); }
    QString description() const override
    {
        return tr("Change a venue setting (checked as the window checks it); an empty value clears it.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("key"), tr("The setting, e.g. smtp.url."),
                                     QStringLiteral("KEY"));
        parser.addPositionalArgument(QStringLiteral("value"), tr("Its new value."), QStringLiteral("VALUE"));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 2); !ok)
            return usage(ok.error().message);
        const QString key = parser.positionalArguments().at(0).trimmed();
        if (!VenueSettingKeys::isKnown(key))
            return usage(tr("there is no setting \"%1\"; innkeep-cli settings get lists them.").arg(key));
        auto venue = openVenue(parser);
        if (!venue)
            return fail(venue.error());
        if (auto ok = VenueSettingKeys(**venue).set(key, parser.positionalArguments().at(1)); !ok) {
            if (ok.error().code == Error::Code::InvalidInput) {
                printError(QStringLiteral("innkeep-cli %1: ").arg(name()) + ok.error().toString());
                return UsageError;
            }
            return fail(ok.error());
        }
        return Success;
    }
};

} // namespace

void registerSettingsCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<SettingsGetCommand>(clock));
    registry.add(std::make_unique<SettingsSetCommand>(clock));
}

} // namespace innkeep::cli
