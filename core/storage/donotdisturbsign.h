// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <optional>

namespace innkeep {

// The sign a long write (an import, a demo batch) hangs beside the database while it holds the
// write lock, saying what it is doing, so a second program that has to wait can say why instead
// of failing with "database is locked". A small file "<database>-writing" (0600) holding the
// process id, host, start time and activity; taken down when the write ends. A sign whose
// process is gone (killed) is stale and ignored.
class DoNotDisturbSign final
{
public:
    struct Reading
    {
        QString activity; // e.g. "innkeep-cli import guests"
        qint64 pid = 0;
        qint64 startedMs = 0; // epoch milliseconds
    };

    // Hangs the sign for `databasePath`; null when it cannot be written (the write goes on).
    [[nodiscard]] static std::unique_ptr<DoNotDisturbSign> hang(const QString &databasePath,
                                                                const QString &activity, qint64 startedMs);
    // The live sign beside `databasePath`, or nothing (none, or its process is gone).
    [[nodiscard]] static std::optional<Reading> read(const QString &databasePath);
    [[nodiscard]] static QString pathFor(const QString &databasePath);
    // What pathFor() adds to the database's path.
    [[nodiscard]] static QString suffix();

    ~DoNotDisturbSign();
    DoNotDisturbSign(const DoNotDisturbSign &) = delete;
    DoNotDisturbSign &operator=(const DoNotDisturbSign &) = delete;

private:
    explicit DoNotDisturbSign(QString path) : m_path(std::move(path)) {}
    QString m_path;
};

} // namespace innkeep
