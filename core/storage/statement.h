// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QSqlQuery>
#include <QVariant>

namespace innkeep {

class Database;

// One use of a cached prepared statement: bind positional values, run, read rows.
// The statement is reset when this object goes away, so no read transaction lingers.
class Statement final
{
    Q_DISABLE_COPY_MOVE(Statement)

public:
    Statement(Database &db, const QString &sql);
    ~Statement();

    template<typename... Values>
    Statement &bind(Values &&...values)
    {
        (addValue(QVariant::fromValue(std::forward<Values>(values))), ...);
        return *this;
    }
    Statement &bindValue(const QVariant &value)
    {
        addValue(value);
        return *this;
    }

    // Runs the statement; the error names the SQL that failed.
    [[nodiscard]] Status exec();
    [[nodiscard]] bool next() { return m_query.next(); }
    [[nodiscard]] QVariant value(int column) const { return m_query.value(column); }
    [[nodiscard]] QString text(int column) const { return m_query.value(column).toString(); }
    [[nodiscard]] qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    [[nodiscard]] bool isNull(int column) const { return m_query.isNull(column); }
    [[nodiscard]] int numRowsAffected() const { return m_query.numRowsAffected(); }
    [[nodiscard]] QVariant lastInsertId() const { return m_query.lastInsertId(); }

    // Ready to bind and run again (for a statement reused in a loop).
    void reset()
    {
        m_query.finish();
        m_position = 0;
    }

    // Convenience: run and return the first column of the first row (or an invalid QVariant).
    [[nodiscard]] Result<QVariant> scalar();

private:
    void addValue(const QVariant &value);

    QSqlQuery &m_query;
    int m_position = 0;
};

// Runs one statement without caching it (schema work, PRAGMAs).
[[nodiscard]] Status execute(Database &db, const QString &sql);

} // namespace innkeep
