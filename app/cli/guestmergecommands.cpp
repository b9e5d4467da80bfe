// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// guest duplicates, guest merge, guest unmerge: find profiles of one guest, make them one, undo it.
#include "commandregistry.h"
#include "commands.h"
#include "console.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace innkeep::cli {

namespace {

QJsonObject toJson(const DuplicateGuest &guest)
{
    return {{QStringLiteral("id"), guest.uuid},
            {QStringLiteral("name"), guest.name},
            {QStringLiteral("last_stay"),
             guest.lastStay.isValid() ? QJsonValue(guest.lastStay.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("emails"), QJsonArray::fromStringList(guest.emails)},
            {QStringLiteral("phones"), QJsonArray::fromStringList(guest.phones)}};
}

class GuestDuplicatesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GuestDuplicatesCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("guest duplicates"); }
    QString description() const override
    {
        return tr(
            "List pairs of guests who may be one person, best match first, with a score and the reasons.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &) override {}

    QString guestLine(const DuplicateGuest &guest) const
    {
        QStringList parts{guest.uuid, guest.name};
        parts.append(guest.lastStay.isValid()
                         ? tr("last stay %1").arg(QLocale().toString(guest.lastStay, QLocale::ShortFormat))
                         : tr("no stays"));
        parts += guest.phones;
        parts += guest.emails;
        return QStringLiteral("     ") + parts.join(QStringLiteral("  "));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        auto pairs = (*opened)->duplicateFinder().pairs();
        if (!pairs)
            return fail(pairs.error());
        if (json(parser)) {
            QJsonArray out;
            for (const DuplicatePair &pair : std::as_const(*pairs)) {
                out.append(QJsonObject{
                    {QStringLiteral("score"), pair.match.score},
                    {QStringLiteral("reasons"), QJsonArray::fromStringList(pair.match.tokens())},
                    {QStringLiteral("guests"), QJsonArray{toJson(pair.first), toJson(pair.second)}}});
            }
            printJson(QJsonObject{{QStringLiteral("count"), out.size()}, {QStringLiteral("pairs"), out}});
            return Success;
        }
        if (pairs->isEmpty()) {
            printLine(tr("No guests look like duplicates."));
            return Success;
        }
        for (const DuplicatePair &pair : std::as_const(*pairs)) {
            printLine(QStringLiteral("%1  %2").arg(pair.match.score, 3).arg(pair.match.text()));
            printLine(guestLine(pair.first));
            printLine(guestLine(pair.second));
        }
        printLine(
            tr("%n pair(s) that may be one guest; merge one with: innkeep-cli guest merge KEEP_ID OTHER_ID",
               nullptr, int(pairs->size())));
        return Success;
    }
};

class GuestMergeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GuestMergeCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("guest merge"); }
    QString description() const override
    {
        return tr("Merge the second guest into the first; prints the merge's id (for guest unmerge).");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("KEEP_ID"), tr("The guest who stays."));
        parser.addPositionalArgument(QStringLiteral("OTHER_ID"),
                                     tr("The guest merged into them and archived."));
        parser.addOption(QCommandLineOption(
            QStringLiteral("prefer"),
            tr("Which guest's value a field takes: other:FIELD or keep:FIELD (repeat for more). Without it "
               "the kept guest's value stays unless it is empty. Fields: %1.")
                .arg(GuestMerge::fieldNames().join(QStringLiteral(", "))),
            tr("side:field")));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 2); !ok)
            return usage(ok.error().message);
        QStringList preferOther;
        QStringList preferKept;
        for (const QString &choice : parser.values(QStringLiteral("prefer"))) {
            const QString side = choice.section(QLatin1Char(':'), 0, 0).trimmed();
            const QString field = choice.section(QLatin1Char(':'), 1).trimmed();
            if ((side != QLatin1String("other") && side != QLatin1String("keep")) || field.isEmpty())
                return usage(tr("--prefer \"%1\" is not other:FIELD or keep:FIELD.").arg(choice));
            if (!GuestMerge::fieldNames().contains(field))
                return usage(tr("--prefer \"%1\": \"%2\" is not one of %3.")
                                 .arg(choice, field, GuestMerge::fieldNames().join(QStringLiteral(", "))));
            (side == QLatin1String("other") ? preferOther : preferKept).append(field);
        }
        const QStringList ids = parser.positionalArguments();
        return writeAndPrintId(parser, [&](OpenVenue &venue) {
            return venue.guestMerges().merge(ids.at(0), ids.at(1), preferOther, preferKept);
        });
    }
};

class GuestUnmergeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GuestUnmergeCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("guest unmerge"); }
    QString description() const override
    {
        return tr("Undo a merge: both guests back exactly as they were, unless either changed since.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("MERGE_ID"), tr("The id guest merge printed."));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        const QString mergeId = parser.positionalArguments().constFirst();
        return writeAndPrintId(parser, [&](OpenVenue &venue) -> Result<QString> {
            auto record = venue.guestMerges().find(mergeId);
            if (!record)
                return std::unexpected(record.error());
            if (auto ok = venue.guestMerges().unmerge(mergeId); !ok)
                return std::unexpected(ok.error());
            return record->mergedUuid;
        });
    }
};

} // namespace

void registerGuestMergeCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<GuestDuplicatesCommand>(clock));
    registry.add(std::make_unique<GuestMergeCommand>(clock));
    registry.add(std::make_unique<GuestUnmergeCommand>(clock));
}

} // namespace innkeep::cli
