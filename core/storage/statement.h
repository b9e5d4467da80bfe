// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArrayView>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace innkeep {

class Database;

// One use of a cached prepared statement: bind positional values, run, read rows.
// It talks to SQLite directly (QSqlQuery::bindValue alone cost 13% of an import), prepares
// each SQL text once per connection, refuses SQL with more than one statement, and resets
// the statement when it goes away so no read transaction lingers.
// Text already in UTF-8 (the file's encoding), bound as TEXT without a QString in between and
// without a copy: the bytes must stay valid until the statement has run.
struct Utf8Text
{
    QByteArrayView bytes;
};

class Statement final
{
    Q_DISABLE_COPY_MOVE(Statement)

public:
    Statement(Database &db, const QString &sql);
    ~Statement();

    template<typename... Values>
    Statement &bind(Values &&...values)
    {
        (addValue(std::forward<Values>(values)), ...);
        return *this;
    }
    Statement &bindValue(const QVariant &value)
    {
        addValue(value);
        return *this;
    }

    // Runs the statement up to its first row; the error names the SQL that failed.
    [[nodiscard]] Status exec();
    // The next row (the first one after exec()).
    [[nodiscard]] bool next();
    // A column of the current row: qlonglong, double, QString or QByteArray; SQL NULL is a
    // null QVariant (isNull() is true).
    [[nodiscard]] QVariant value(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    // The result columns: how many, and each one's name (its alias, or the column's name).
    [[nodiscard]] int columnCount() const;
    [[nodiscard]] QString columnName(int column) const;
    // After next() returned false: success when the rows ran out, the error when a step failed.
    [[nodiscard]] Status walked() const;
    [[nodiscard]] int numRowsAffected() const;
    [[nodiscard]] QVariant lastInsertId() const;

    // Ready to bind and run again (for a statement reused in a loop).
    void reset();

    // Convenience: run and return the first column of the first row (or an invalid QVariant).
    [[nodiscard]] Result<QVariant> scalar();

private:
    // Text and integers go straight to SQLite (text as UTF-8, the file's encoding); anything
    // else through QVariant.
    void addValue(const QVariant &value);
    void addValue(const QString &text);
    void addValue(Utf8Text text);
    void addValue(qint64 number);
    void addValue(int number) { addValue(qint64(number)); }
    void addValue(bool flag) { addValue(qint64(flag)); }
    // `a + b` is a QStringBuilder (QT_USE_QSTRINGBUILDER): bind the QString or QByteArray it
    // builds; the generic overload below would wrap the builder itself and bind an empty text.
    template<typename A, typename B>
    void addValue(const QStringBuilder<A, B> &built)
    {
        addValue(typename QConcatenable<QStringBuilder<A, B>>::ConvertTo(built));
    }
    template<typename T>
    void addValue(const T &value)
    {
        addValue(QVariant::fromValue(value));
    }
    [[nodiscard]] int nextIndex();
    [[nodiscard]] Error error() const;

    Database &m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError;
    int m_position = 0;
    int m_state = 0; // the last sqlite3_step result, 0 before exec()
    bool m_firstRowPending = false;
};

// Runs one or more statements without caching them (schema work, PRAGMAs, BEGIN/COMMIT).
[[nodiscard]] Status execute(Database &db, const QString &sql);

} // namespace innkeep
