// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace innkeep {

namespace {

QString refusal(const QString &detail)
{
    return QCoreApplication::translate("Statement", "The database refused a change: %1").arg(detail);
}

} // namespace

Statement::Statement(Database &db, const QString &sql) : m_db(db)
{
    auto prepared = db.preparedStatement(sql);
    if (prepared) {
        m_statement = *prepared;
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    } else {
        m_prepareError = prepared.error().message;
    }
}

Statement::~Statement()
{
    if (m_statement)
        sqlite3_reset(m_statement);
}

Error Statement::error() const
{
    const char *sql = m_statement ? sqlite3_sql(m_statement) : "";
    Error failure = m_db.lastFailure();
    failure.field = QString::fromUtf8(sql).simplified().left(80);
    return failure;
}

int Statement::nextIndex()
{
    if (m_state != 0) { // bound again after a run: start a new run
        sqlite3_reset(m_statement);
        m_state = 0;
        m_firstRowPending = false;
    }
    return ++m_position;
}

void Statement::addValue(const QString &text)
{
    if (!m_statement)
        return;
    const int index = nextIndex();
    if (text.isEmpty()) {
        sqlite3_bind_text(m_statement, index, "", 0, SQLITE_STATIC);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                        SQLITE_UTF8);
}

void Statement::addValue(Utf8Text text)
{
    if (!m_statement)
        return;
    sqlite3_bind_text64(m_statement, nextIndex(), text.bytes.data(), sqlite3_uint64(text.bytes.size()),
                        SQLITE_STATIC, SQLITE_UTF8);
}

void Statement::addValue(qint64 number)
{
    if (!m_statement)
        return;
    sqlite3_bind_int64(m_statement, nextIndex(), number);
}

void Statement::addValue(const QVariant &value)
{
    if (!m_statement)
        return;
    // SQL NULL is asked for with a null QVariant (QVariant(QMetaType)); a null QString inside a
    // QVariant is an empty text (our text columns are NOT NULL DEFAULT '').
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, nextIndex());
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort: addValue(qint64(value.toLongLong())); break;
    case QMetaType::Double:
    case QMetaType::Float: sqlite3_bind_double(m_statement, nextIndex(), value.toDouble()); break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob64(m_statement, nextIndex(), bytes.constData(), sqlite3_uint64(bytes.size()),
                            SQLITE_TRANSIENT);
        break;
    }
    default: addValue(value.toString());
    }
}

Status Statement::exec()
{
    if (!m_statement)
        return std::unexpected(Error{Error::Code::Storage, refusal(m_prepareError), {}, {}, 0});
    if (m_state != 0)
        sqlite3_reset(m_statement);
    m_position = 0; // the next bind() starts a new set of values
    m_state = sqlite3_step(m_statement);
    m_firstRowPending = m_state == SQLITE_ROW;
    if (m_state != SQLITE_ROW && m_state != SQLITE_DONE) {
        const Error e = error();
        sqlite3_reset(m_statement);
        m_state = 0;
        return std::unexpected(e);
    }
    return {};
}

bool Statement::next()
{
    if (m_firstRowPending) {
        m_firstRowPending = false;
        return true;
    }
    if (m_state != SQLITE_ROW)
        return false;
    m_state = sqlite3_step(m_statement);
    return m_state == SQLITE_ROW;
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER: return QVariant(qlonglong(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(data, sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_NULL: return QVariant(QMetaType::fromType<QString>());
    default: return QVariant(text(column));
    }
}

QString Statement::text(int column) const
{
    // UTF-8 as stored: asking SQLite for UTF-16 would make it convert (and allocate) first.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_statement, column));
}

Status Statement::walked() const
{
    if (!m_statement)
        return std::unexpected(Error{Error::Code::Storage, refusal(m_prepareError), {}, {}, 0});
    if (m_state == 0 || m_state == SQLITE_ROW || m_state == SQLITE_DONE)
        return {};
    return std::unexpected(error());
}

int Statement::numRowsAffected() const
{
    return sqlite3_changes(m_db.handle());
}

QVariant Statement::lastInsertId() const
{
    return QVariant(qlonglong(sqlite3_last_insert_rowid(m_db.handle())));
}

void Statement::reset()
{
    if (m_statement)
        sqlite3_reset(m_statement);
    m_position = 0;
    m_state = 0;
    m_firstRowPending = false;
}

Result<QVariant> Statement::scalar()
{
    if (auto ok = exec(); !ok)
        return std::unexpected(ok.error());
    return next() ? value(0) : QVariant();
}

Status execute(Database &db, const QString &sql)
{
    if (sqlite3_exec(db.handle(), sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
        return {};
    Error failure = db.lastFailure();
    failure.field = sql.simplified().left(80);
    return std::unexpected(failure);
}

} // namespace innkeep
