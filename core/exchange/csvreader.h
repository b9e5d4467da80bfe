// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

namespace innkeep {

// Reads CSV as RFC 4180 describes it — quoted fields, doubled quotes, separators and line
// breaks inside quotes, CRLF or LF — from UTF-8 text with or without a byte-order mark.
// The separator (comma, semicolon or tab) is whichever occurs most in the header line outside
// quotes. Line numbers are physical lines of the file, so a message points where an editor does.
// Works on bytes already in memory (a mapped file): nothing is copied or read twice.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // `data` must stay valid while the reader is used; `fileName` is used in error messages.
    CsvReader(QByteArrayView data, const QString &fileName);

    // Reads the next record into `fields`, reusing its storage. Returns false at the end of the
    // data; an error names the file and line (unclosed quote, text after a closing quote, not UTF-8).
    // Empty lines between records are skipped.
    [[nodiscard]] Result<bool> next(QStringList &fields);

    // The physical line (1-based) on which the record last read begins.
    [[nodiscard]] int line() const { return m_recordLine; }
    [[nodiscard]] char separator() const { return m_separator; }
    [[nodiscard]] qint64 position() const { return m_pos; }
    [[nodiscard]] qint64 size() const { return m_size; }
    [[nodiscard]] const QString &fileName() const { return m_fileName; }

    [[nodiscard]] static char detectSeparator(QByteArrayView data);

private:
    [[nodiscard]] Error error(int line, const QString &message) const;
    [[nodiscard]] bool decode(const char *begin, qsizetype length, QString &out) const;

    const char *m_data;
    qint64 m_size;
    qint64 m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    char m_separator = ',';
    QString m_fileName;
    QByteArray m_scratch; // unescaped bytes of the current quoted field
};

} // namespace innkeep
