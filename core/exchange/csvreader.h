// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace innkeep {

// Reads CSV as RFC 4180 describes it — quoted fields, doubled quotes, separators and line
// breaks inside quotes, CRLF or LF — from UTF-8 text with or without a byte-order mark, or from
// UTF-16 or UTF-32 when that is certain (a byte-order mark, or the NUL bytes of ASCII text in one
// of them on the first line); anything else with NUL bytes on its first line is refused, naming
// what was found. The separator (comma, semicolon, tab or '|') is whichever occurs most in the header
// line outside quotes. Line numbers are physical lines of the file, so a message points where an
// editor does.
// Reads through a bounded buffer (a few MiB whatever the file's size, so a file that shrinks or
// grows while it is read gives an error, never a crash): a record longer than MaxRecordBytes is
// an error naming its line, and so is a NUL or other control character (except tab, CR, LF) in a
// field, naming line and column (the column's header once the header line has been read).
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // The longest record (its fields, quotes, separators and line break), in bytes of UTF-8.
    static constexpr qsizetype MaxRecordBytes = 1 << 20;

    // Reads `data`, which must stay valid while the reader is used; `fileName` is used in errors.
    CsvReader(QByteArrayView data, const QString &fileName);
    // Reads `device` from its current position, a chunk at a time. `expectedSize` (its size when
    // opened, or -1) is compared with the bytes found: a file that changed while read is an error.
    CsvReader(QIODevice &device, const QString &fileName, qint64 expectedSize = -1);

    // Reads the next record into `fields`, reusing its storage. Returns false at the end of the
    // data; an error names the file and line (unclosed quote, text after a closing quote, not UTF-8,
    // a record too long, a control character, the file changed while read).
    // Empty lines between records are skipped.
    [[nodiscard]] Result<bool> next(QStringList &fields);
    // After an error from next(): true when only a cell of that record was bad (a control
    // character), the record was read to its end and next() can go on with the following one.
    [[nodiscard]] bool canReadOn() const { return m_cellErrorOnly; }

    // The physical line (1-based) on which the record last read begins.
    [[nodiscard]] int line() const { return m_recordLine; }
    [[nodiscard]] char separator() const { return m_separator; }
    // Bytes of the input read so far, and in all (or -1 when unknown), for progress.
    [[nodiscard]] qint64 position() const;
    [[nodiscard]] qint64 size() const { return m_expectedSize; }
    [[nodiscard]] const QString &fileName() const { return m_fileName; }

    [[nodiscard]] static char detectSeparator(QByteArrayView data);

private:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE };

    [[nodiscard]] Error error(int line, const QString &message, const QString &field = {}) const;
    [[nodiscard]] bool decode(const char *begin, qsizetype length, QString &out) const;
    [[nodiscard]] std::optional<Error> checkControls(const char *begin, qsizetype length, int line,
                                                     qsizetype column) const;
    [[nodiscard]] QString columnName(qsizetype column) const;
    [[nodiscard]] QString encodingName() const;
    [[nodiscard]] static std::optional<Encoding> wideEncodingOf(QByteArrayView firstLine);
    [[nodiscard]] Status start();
    [[nodiscard]] Status refill();
    [[nodiscard]] Status ensure(qsizetype bytes);
    [[nodiscard]] qint64 readRaw(char *into, qint64 most);
    void append(QByteArrayView raw);

    QIODevice *m_device = nullptr;
    QByteArrayView m_source; // in-memory input, when there is no device
    qint64 m_sourcePos = 0;
    qint64 m_expectedSize = -1;
    qint64 m_rawRead = 0;

    QByteArray m_raw;    // one chunk as read from the input
    QByteArray m_buffer; // UTF-8 text from m_base on; m_pos indexes it
    const char *m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_pos = 0;
    qint64 m_base = 0; // input bytes before m_buffer (UTF-8 only)
    bool m_eof = false;
    bool m_started = false;
    std::optional<Error> m_failure; // sticks: every later next() returns it

    Encoding m_encoding = Encoding::Utf8;
    QStringDecoder m_decoder;
    int m_unitBytes = 1;
    QString m_pendingSurrogate; // the high half of a pair the next chunk completes

    int m_line = 1;
    int m_recordLine = 0;
    bool m_cellErrorOnly = false;
    char m_separator = ',';
    QString m_fileName;
    QStringList m_header; // the first record, to name columns in errors
    QByteArray m_scratch; // unescaped bytes of the current quoted field
};

} // namespace innkeep
