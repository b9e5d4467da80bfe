// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tempdatabase.h"

#include "storage/statement.h"

#include <QFile>
#include <QTimeZone>

#include <sqlite3.h>

namespace innkeep::test {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC);
}

TempDatabase::TempDatabase(std::optional<quint64> idSeed) : m_clock(fixedNow()), m_idSeed(idSeed)
{
    REQUIRE(m_dir.isValid());
    reopen();
}

void TempDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(path(), m_clock, Database::Mode::OpenOrCreate, m_idSeed);
    if (m_idSeed)
        ++*m_idSeed;
    if (!opened)
        FAIL(opened.error().toString().toStdString());
    m_db = std::move(*opened);
}

qint64 TempDatabase::count(const QString &table)
{
    Statement query(*m_db, QStringLiteral("SELECT count(*) FROM ") + table);
    auto value = query.scalar();
    REQUIRE(value.has_value());
    return value->toLongLong();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace innkeep::test

namespace innkeep::test {

void damageGuestsTable(const QString &path)
{
    sqlite3 *handle = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *root = nullptr;
    REQUIRE(sqlite3_prepare_v2(handle, "SELECT rootpage FROM sqlite_master WHERE name = 'guests'", -1, &root,
                               nullptr)
            == SQLITE_OK);
    REQUIRE(sqlite3_step(root) == SQLITE_ROW);
    const qint64 page = sqlite3_column_int64(root, 0);
    sqlite3_finalize(root);
    sqlite3_close(handle);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((page - 1) * 4096 + 8));
    REQUIRE(file.write(QByteArray(600, '\x7f')) == 600);
}

} // namespace innkeep::test
