// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "console.h"

#include <QDir>

namespace innkeep::cli {

namespace {

const QString DbOption = QStringLiteral("db");
const QString JsonOption = QStringLiteral("json");

} // namespace

int Command::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (usesDatabase())
        parser.addOption(QCommandLineOption(
            DbOption,
            tr("The Innkeep database (default: %1).").arg(QDir::toNativeSeparators(OpenVenue::defaultPath())),
            tr("file")));
    if (printsData())
        parser.addOption(
            QCommandLineOption(JsonOption, tr("Print JSON (compact, stable keys) instead of text.")));
    addOptions(parser);

    QStringList all{QStringLiteral("innkeep-cli")};
    all += arguments;
    if (!parser.parse(all))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        printText(helpText(parser));
        return Success;
    }
    // An unset shell variable must not quietly mean the real venue's database.
    if (usesDatabase() && parser.isSet(DbOption) && parser.value(DbOption).trimmed().isEmpty())
        return usage(tr("--db: the path is empty; name a database file (is a variable unset?)."));
    return run(parser);
}

QString Command::helpText(QCommandLineParser &parser) const
{
    // QCommandLineParser names only the program; the usage line should name the command too.
    QString text = parser.helpText();
    const qsizetype options = text.indexOf(QStringLiteral(" [options]"));
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    if (options >= 0 && options < lineEnd)
        text.replace(0, options, tr("Usage: innkeep-cli %1").arg(name()));
    return text;
}

bool Command::json(const QCommandLineParser &parser) const
{
    return printsData() && parser.isSet(JsonOption);
}

QString Command::databasePath(const QCommandLineParser &parser) const
{
    const QString path = parser.value(DbOption);
    return path.isEmpty() ? OpenVenue::defaultPath() : path;
}

Result<std::unique_ptr<OpenVenue>> Command::openVenue(const QCommandLineParser &parser, OpenVenue::Mode mode)
{
    auto venue = OpenVenue::open(databasePath(parser), m_clock, mode);
    if (!venue)
        return venue;
    OpenVenue &opened = **venue;
    opened.setStaffOnDuty(QStringLiteral("innkeep-cli"));
    opened.setActivity(QStringLiteral("innkeep-cli ") + name());
    const QString prefix = QStringLiteral("innkeep-cli %1: ").arg(name());
    opened.setWaitNote([prefix](const QString &note) { printError(prefix + note); });
    // Reads work on a read-only or damaged file; say so once, on stderr, so it is never a surprise.
    if (opened.isReadOnly())
        printError(prefix + opened.readOnlyReason());
    return venue;
}

Status Command::expectPositional(const QCommandLineParser &parser, qsizetype count) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() == count)
        return {};
    Error error{Error::Code::InvalidInput, {}, {}, {}, 0};
    error.message = positional.size() < count
                        ? tr("missing argument; innkeep-cli %1 --help shows what it needs.").arg(name())
                        : tr("unexpected argument \"%1\"; innkeep-cli %2 --help shows what it takes.")
                              .arg(positional.at(count), name());
    return std::unexpected(error);
}

int Command::writeAndPrintId(const QCommandLineParser &parser,
                             const std::function<Result<QString>(OpenVenue &)> &write)
{
    auto opened = openVenue(parser);
    if (!opened)
        return fail(opened.error());
    auto id = write(**opened);
    if (!id)
        return fail(id.error());
    printLine(*id);
    return Success;
}

int Command::fail(const Error &error) const
{
    printError(QStringLiteral("innkeep-cli %1: ").arg(name()) + error.toString());
    return Failure;
}

void Command::printLeftOut(bool dryRun, qint64 rejected, const QString &rejectsFile)
{
    if (dryRun)
        printLine(tr("%n row(s) would be left out.", nullptr, int(rejected)));
    else if (rejected > 0)
        printLine(tr("%n row(s) left out, written with their reasons to %1.", nullptr, int(rejected))
                      .arg(QDir::toNativeSeparators(rejectsFile)));
    else
        printLine(tr("No row was left out."));
}

int Command::endImport(const QList<Error> &problems, bool skipBadRows) const
{
    if (problems.isEmpty())
        return Success;
    QString reason = problems.constFirst().toString();
    if (problems.size() > 1)
        reason += tr(" (and %n more problem(s))", nullptr, int(problems.size() - 1));
    printError(QStringLiteral("innkeep-cli %1: ").arg(name()) + reason);
    return skipBadRows ? Success : Failure;
}

int Command::usage(const QString &message) const
{
    printError(QStringLiteral("innkeep-cli %1: ").arg(name()) + message);
    return UsageError;
}

} // namespace innkeep::cli
