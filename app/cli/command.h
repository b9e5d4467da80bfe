// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "house/openvenue.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

namespace innkeep {
class Clock;
}

namespace innkeep::cli {

// Exit codes every command shares.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// One `innkeep-cli` command ("init", "guest add"): its name, a one-line description, its own
// options and what it does. Every command takes --help, those that use a venue's database --db,
// those that print data --json.
// A failure prints one line to stderr and returns a non-zero exit code.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
    Q_DISABLE_COPY_MOVE(Command)

public:
    explicit Command(const Clock &clock) : m_clock(clock) {}
    virtual ~Command() = default;

    // One or two words, part of the public interface: never renamed once released.
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString description() const = 0;

    // Parses `arguments` (those after the command's name) and runs the command.
    [[nodiscard]] int execute(const QStringList &arguments);

protected:
    // Options and positional arguments of this command (--db, --help and --json are added for it).
    virtual void addOptions(QCommandLineParser &parser) = 0;
    [[nodiscard]] virtual int run(const QCommandLineParser &parser) = 0;
    [[nodiscard]] virtual bool printsData() const { return false; }
    // False for a command that never opens a venue (analyze): it is offered no --db.
    [[nodiscard]] virtual bool usesDatabase() const { return true; }

    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] bool json(const QCommandLineParser &parser) const;
    [[nodiscard]] QString databasePath(const QCommandLineParser &parser) const;
    // The one OpenVenue of this run, over --db, with innkeep-cli as the staff member on duty.
    [[nodiscard]] Result<std::unique_ptr<OpenVenue>>
    openVenue(const QCommandLineParser &parser, OpenVenue::Mode mode = OpenVenue::Mode::OpenExisting);
    // Exactly `count` positional arguments, else a usage error naming what is expected.
    [[nodiscard]] Status expectPositional(const QCommandLineParser &parser, qsizetype count) const;

    // How a command that writes ends: opens the venue, runs `write` on it and prints the id it
    // returns, or fails with its error.
    [[nodiscard]] int writeAndPrintId(const QCommandLineParser &parser,
                                      const std::function<Result<QString>(OpenVenue &)> &write);
    // A written record's uuid, or why it was not written: what `write` returns for most writes.
    template<typename Record>
    [[nodiscard]] static Result<QString> uuidOf(const Result<Record> &written)
    {
        if (!written)
            return std::unexpected(written.error());
        return written->uuid;
    }

    // Print the one-line reason to stderr and return the exit code to use.
    int fail(const Error &error) const;
    int usage(const QString &message) const;
    // An import's end: the first of the problems a check found as the one-line reason (the others
    // are in --json), and Failure — or Success in skip mode, where the rows with problems are left out
    // and the import goes through. Success when there are none.
    int endImport(const QList<Error> &problems, bool skipBadRows) const;
    // Skip mode's line: the rows a dry run would leave out, or where the rows left out were written.
    static void printLeftOut(bool dryRun, qint64 rejected, const QString &rejectsFile);

private:
    [[nodiscard]] QString helpText(QCommandLineParser &parser) const;
    const Clock &m_clock;
};

} // namespace innkeep::cli
