// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "qstringmaker.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace innkeep::test {

// A fresh Innkeep file in its own temporary folder, on a manual clock set to a fixed instant.
// Given an id seed, its ids (and device id) are the same on every run (golden-file tests); each
// reopen() moves the seed on, so a reopened file never repeats an id it already holds.
class TempDatabase
{
public:
    explicit TempDatabase(std::optional<quint64> idSeed = std::nullopt);
    [[nodiscard]] Database &db() { return *m_db; }
    [[nodiscard]] ManualClock &clock() { return m_clock; }
    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("innkeep.sqlite")); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] qint64 count(const QString &table);
    void reopen();

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::optional<quint64> m_idSeed;
    std::unique_ptr<Database> m_db;
};

// 2026-06-15 10:00 UTC: the instant every test starts at.
[[nodiscard]] QDateTime fixedNow();
// Overwrites part of the root page of the guests table in the (closed) database at `path`, as a
// failing disk would: SQLite still reads the schema, but the integrity and quick checks fail.
void damageGuestsTable(const QString &path);
[[nodiscard]] QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);

} // namespace innkeep::test
