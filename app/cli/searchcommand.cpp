// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// search: instant search from the command line.
#include "commandregistry.h"
#include "commands.h"
#include "common/textfield.h"
#include "console.h"
#include "jsonformat.h"
#include "search/guestsearch.h"

#include <QJsonArray>

namespace innkeep::cli {

namespace {

class SearchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("search"); }
    QString description() const override
    {
        return tr(
            "Find guests by name (any script), e-mail, phone digits, tag, room, booking reference or note.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("text"),
                                     tr("What to look for, e.g. Aram, 4567 or vegan."),
                                     QStringLiteral("TEXT"));
        parser.addOption(QCommandLineOption(QStringLiteral("limit"),
                                            tr("At most this many results (default 20)."), tr("n"),
                                            QStringLiteral("20")));
    }
    int run(const QCommandLineParser &parser) override
    {
        const QString text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
        if (text.isEmpty())
            return usage(tr("say what to look for, e.g. innkeep-cli search Aram."));
        bool ok = false;
        const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 10000)
            return usage(tr("--limit: \"%1\" is not a number from 1 to 10000.")
                             .arg(TextField::quoted(parser.value(QStringLiteral("limit")))));
        auto db = openVenue(parser);
        if (!db)
            return fail(db.error());
        auto hits = (*db)->search().search(text, limit);
        if (!hits)
            return fail(hits.error());
        if (auto ok = (*db)->search().addStayFacts(*hits); !ok)
            return fail(ok.error());

        if (json(parser)) {
            QJsonArray array;
            for (const SearchHit &hit : std::as_const(*hits))
                array.append(toJson(hit));
            printJson(array);
            return Success;
        }
        for (const SearchHit &hit : std::as_const(*hits)) {
            QString name = hit.displayName;
            if (!hit.latinName.isEmpty() && hit.latinName != hit.displayName)
                name += QStringLiteral(" (%1)").arg(hit.latinName);
            QString stay;
            if (hit.hasStay()) {
                stay = QStringLiteral("  %1 → %2 %3 %4")
                           .arg(hit.arrival.toString(Qt::ISODate), hit.departure.toString(Qt::ISODate),
                                hit.room.isEmpty() ? QStringLiteral("-") : hit.room,
                                hit.inHouse ? QStringLiteral("in-house-now") : hit.stayStatus);
            }
            if (hit.vipLevel > 0)
                name += QStringLiteral("  VIP %1").arg(hit.vipLevel);
            printLine(QStringLiteral("%1  %2  %3  [%4]%5").arg(hit.uuid, hit.kind, name, hit.matched, stay));
        }
        if (hits->isEmpty())
            printError(tr("No matches for \"%1\".").arg(TextField::quoted(text)));
        return Success;
    }
};

} // namespace

void registerSearchCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<SearchCommand>(clock));
}

} // namespace innkeep::cli
