// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace innkeep {

namespace {

Error storageError(const QSqlQuery &query, const QString &sql)
{
    const QSqlError error = query.lastError();
    return Error{Error::Code::Storage,
                 QCoreApplication::translate("Statement", "The database refused a change: %1")
                     .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText()),
                 sql.simplified().left(80), {}, 0};
}

} // namespace

Statement::Statement(Database &db, const QString &sql) : m_query(db.cachedQuery(sql)) {}

Statement::~Statement()
{
    m_query.finish();
}

void Statement::addValue(const QVariant &value)
{
    // QSqlQuery binds a null QString as SQL NULL. Our text columns are NOT NULL DEFAULT '', so an
    // empty string is meant; a real NULL is asked for with a null QVariant (QVariant(QMetaType)).
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(m_position++, QString(u""_s));
    else
        m_query.bindValue(m_position++, value);
}

Status Statement::exec()
{
    m_position = 0; // the next bind() starts a new set of values
    if (!m_query.exec())
        return std::unexpected(storageError(m_query, m_query.lastQuery()));
    return {};
}

Result<QVariant> Statement::scalar()
{
    if (auto ok = exec(); !ok)
        return std::unexpected(ok.error());
    return m_query.next() ? m_query.value(0) : QVariant();
}

Status execute(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        return std::unexpected(storageError(query, sql));
    return {};
}

} // namespace innkeep
