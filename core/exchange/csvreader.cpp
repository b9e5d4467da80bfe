// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace innkeep {

namespace {

constexpr char Quote = '"';
// Read a chunk at a time: the buffer holds at most a chunk plus one record, whatever the file's size.
constexpr qint64 ChunkBytes = 4 << 20;
// How much of the first line is looked at to tell UTF-16 or UTF-32 from UTF-8.
constexpr qsizetype SampleBytes = 4096;

bool hasReplacementBytes(const char *begin, qsizetype length)
{
    // U+FFFD written in the file itself, which is valid UTF-8.
    return QByteArrayView(begin, length).contains(QByteArrayView("\xEF\xBF\xBD"));
}

bool isControl(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

// For each code unit of `width` bytes in `sample`: -1 when it rules the encoding out, 1 when it is
// an ASCII character in it, 0 otherwise. Sure only when no unit rules it out and most are ASCII,
// as a header line of column names is.
template<typename Test>
bool looksLike(QByteArrayView sample, int width, Test test)
{
    const qsizetype units = sample.size() / width;
    qsizetype ascii = 0;
    for (qsizetype i = 0; i < units; ++i) {
        const int verdict = test(reinterpret_cast<const unsigned char *>(sample.data()) + i * width);
        if (verdict < 0)
            return false;
        ascii += verdict;
    }
    return units > 0 && ascii * 2 > units;
}

} // namespace

CsvReader::CsvReader(QByteArrayView data, const QString &fileName)
    : m_source(data), m_expectedSize(data.size()), m_fileName(fileName)
{}

CsvReader::CsvReader(QIODevice &device, const QString &fileName, qint64 expectedSize)
    : m_device(&device), m_expectedSize(expectedSize), m_fileName(fileName)
{}

char CsvReader::detectSeparator(QByteArrayView data)
{
    int comma = 0, semicolon = 0, tab = 0, bar = 0;
    bool quoted = false;
    for (const char c : data) {
        if (c == Quote)
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == ',')
            ++comma;
        else if (c == ';')
            ++semicolon;
        else if (c == '\t')
            ++tab;
        else if (c == '|')
            ++bar;
    }
    // OPERA-style extracts separate with '|'.
    if (bar > comma && bar > semicolon && bar > tab)
        return '|';
    if (semicolon > comma && semicolon >= tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

qint64 CsvReader::position() const
{
    // Decoded text is longer or shorter than the file: count what has been read of the file.
    return m_encoding == Encoding::Utf8 ? m_base + m_pos : m_rawRead;
}

Error CsvReader::error(int line, const QString &message, const QString &field) const
{
    return Error{Error::Code::InvalidInput, message, field, m_fileName, line};
}

QString CsvReader::columnName(qsizetype column) const
{
    const QString header = m_header.value(column);
    return header.isEmpty() ? tr("column %1").arg(column + 1) : header;
}

QString CsvReader::encodingName() const
{
    switch (m_encoding) {
    case Encoding::Utf16LE: return tr("UTF-16 (little-endian)");
    case Encoding::Utf16BE: return tr("UTF-16 (big-endian)");
    case Encoding::Utf32LE: return tr("UTF-32 (little-endian)");
    case Encoding::Utf32BE: return tr("UTF-32 (big-endian)");
    case Encoding::Utf8: break;
    }
    return tr("UTF-8");
}

bool CsvReader::decode(const char *begin, qsizetype length, QString &out) const
{
    out = QString::fromUtf8(begin, length);
    // fromUtf8 replaces malformed sequences with U+FFFD; tell those from a real U+FFFD.
    if (out.contains(QChar::ReplacementCharacter) && !hasReplacementBytes(begin, length))
        return false;
    return true;
}

std::optional<Error> CsvReader::checkControls(const char *begin, qsizetype length, int line,
                                              qsizetype column) const
{
    const char *const end = begin + length;
    const char *const found = std::find_if(begin, end, isControl);
    if (found == end)
        return std::nullopt;
    const int at = line + int(std::count(begin, found, '\n'));
    // Text decoded from UTF-16 or UTF-32 marks what could not be decoded with a NUL.
    if (*found == '\0' && m_encoding != Encoding::Utf8) {
        return error(
            at,
            tr("This is not valid %1 text (or it holds a NUL character); save the file as UTF-8 CSV.")
                .arg(encodingName()),
            columnName(column));
    }
    const QString code =
        QStringLiteral("U+")
        + QString::number(static_cast<unsigned char>(*found), 16).toUpper().rightJustified(4, u'0');
    return error(at,
                 *found == '\0'
                     ? tr("A NUL character (U+0000) is in this field; text may not hold control characters.")
                     : tr("A control character (%1) is in this field; text may hold tabs and line breaks "
                          "but no other control characters.")
                           .arg(code),
                 columnName(column));
}

qint64 CsvReader::readRaw(char *into, qint64 most)
{
    if (m_device)
        return m_device->read(into, most);
    const qint64 count = std::min(most, qint64(m_source.size()) - m_sourcePos);
    if (count > 0)
        std::memcpy(into, m_source.data() + m_sourcePos, size_t(count));
    m_sourcePos += count;
    return count;
}

void CsvReader::append(QByteArrayView raw)
{
    if (m_encoding == Encoding::Utf8) {
        m_buffer.append(raw);
    } else {
        QString text = m_pendingSurrogate + QString(m_decoder.decode(raw));
        m_pendingSurrogate.clear();
        // A surrogate pair split between chunks is joined with the next chunk.
        if (!text.isEmpty() && text.back().isHighSurrogate()) {
            m_pendingSurrogate = text.back();
            text.chop(1);
        }
        // The UTF-16 decoder lets lone surrogates through (toUtf8() would make them U+FFFD, which
        // a file may hold): mark them with a NUL, refused at its line and column like a NUL.
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
                ++i;
            else if (text.at(i).isSurrogate())
                text[i] = QChar(u'\0');
        }
        m_buffer.append(text.toUtf8());
    }
    m_data = m_buffer.constData();
    m_size = m_buffer.size();
}

std::optional<CsvReader::Encoding> CsvReader::wideEncodingOf(QByteArrayView firstLine)
{
    // Without a byte-order mark, only the NUL bytes of mostly ASCII text tell UTF-16 and UTF-32 apart.
    using Unit = const unsigned char *;
    if (looksLike(firstLine, 4, [](Unit u) {
            return u[3] || u[2] > 0x10 || !(u[0] | u[1] | u[2]) ? -1 : int(!u[1] && !u[2]);
        }))
        return Encoding::Utf32LE;
    if (looksLike(firstLine, 4, [](Unit u) {
            return u[0] || u[1] > 0x10 || !(u[1] | u[2] | u[3]) ? -1 : int(!u[1] && !u[2]);
        }))
        return Encoding::Utf32BE;
    if (looksLike(firstLine, 2, [](Unit u) { return !(u[0] | u[1]) ? -1 : int(!u[1]); }))
        return Encoding::Utf16LE;
    if (looksLike(firstLine, 2, [](Unit u) { return !(u[0] | u[1]) ? -1 : int(!u[0]); }))
        return Encoding::Utf16BE;
    return std::nullopt;
}

Status CsvReader::start()
{
    m_started = true;
    m_raw.resize(ChunkBytes); // allocated once, reused for every chunk
    const qint64 got = readRaw(m_raw.data(), m_raw.size());
    if (got < 0) {
        m_failure = error(0, tr("Reading the file failed: %1").arg(m_device->errorString()));
        return std::unexpected(*m_failure);
    }
    m_rawRead = got;
    QByteArrayView head(m_raw.constData(), got);

    qsizetype skip = 0;
    if (head.startsWith(QByteArrayView("\xEF\xBB\xBF"))) {
        skip = 3;
    } else if (head.startsWith(QByteArrayView("\xFF\xFE\0\0", 4))) {
        m_encoding = Encoding::Utf32LE;
        skip = 4;
    } else if (head.startsWith(QByteArrayView("\0\0\xFE\xFF", 4))) {
        m_encoding = Encoding::Utf32BE;
        skip = 4;
    } else if (head.startsWith(QByteArrayView("\xFF\xFE"))) {
        m_encoding = Encoding::Utf16LE;
        skip = 2;
    } else if (head.startsWith(QByteArrayView("\xFE\xFF"))) {
        m_encoding = Encoding::Utf16BE;
        skip = 2;
    } else {
        QByteArrayView sample = head.first(std::min(head.size(), SampleBytes));
        if (const qsizetype newline = sample.indexOf('\n'); newline >= 0)
            sample = sample.first(newline);
        if (sample.contains('\0')) {
            const std::optional<Encoding> wide = wideEncodingOf(sample);
            if (!wide) {
                m_failure =
                    error(1, tr("The file is not text this import can read: its first line holds NUL bytes "
                                "that are not UTF-16 or UTF-32 (encoding found: unknown, perhaps binary). "
                                "Save it as UTF-8 CSV."));
                return std::unexpected(*m_failure);
            }
            m_encoding = *wide;
        }
    }
    if (m_encoding != Encoding::Utf8) {
        static constexpr QStringConverter::Encoding converters[] = {
            QStringConverter::Utf8, QStringConverter::Utf16LE, QStringConverter::Utf16BE,
            QStringConverter::Utf32LE, QStringConverter::Utf32BE};
        m_decoder = QStringDecoder(converters[int(m_encoding)], QStringDecoder::Flag::ConvertInvalidToNull);
        m_unitBytes = m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE ? 2 : 4;
    }
    m_base = skip;
    append(head.sliced(skip));
    if (got == 0) {
        m_eof = true;
    } else if (auto ok = ensure(MaxRecordBytes + 1); !ok) {
        return ok;
    }
    m_separator = detectSeparator(QByteArrayView(m_data + m_pos, m_size - m_pos));
    return {};
}

Status CsvReader::refill()
{
    if (m_eof)
        return {};
    // Keep the part not read yet; what has been read goes.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_base += m_pos;
        m_pos = 0;
    }
    m_raw.resize(ChunkBytes); // allocated once, reused for every chunk
    const qint64 got = readRaw(m_raw.data(), m_raw.size());
    if (got < 0) {
        m_eof = true;
        m_failure = error(m_line, tr("Reading the file failed: %1").arg(m_device->errorString()));
    } else if (got == 0) {
        m_eof = true;
        if (!m_pendingSurrogate.isEmpty()) // a high surrogate with nothing after it
            m_buffer.append('\0');
        if (m_expectedSize >= 0 && m_rawRead != m_expectedSize) {
            m_failure =
                error(m_line, tr("The file changed while it was being read (%1 bytes when the import began, "
                                 "%2 bytes were there); nothing was imported. Import it again when it is "
                                 "complete.")
                                  .arg(QString::number(m_expectedSize), QString::number(m_rawRead)));
        } else if (m_rawRead % m_unitBytes != 0) {
            m_failure = error(
                m_line,
                tr("The file ends in the middle of a character of its encoding (%1).").arg(encodingName()));
        }
    } else {
        m_rawRead += got;
        append(QByteArrayView(m_raw.constData(), got));
    }
    m_data = m_buffer.constData();
    m_size = m_buffer.size();
    if (m_failure)
        return std::unexpected(*m_failure);
    return {};
}

Status CsvReader::ensure(qsizetype bytes)
{
    while (!m_eof && m_size - m_pos < bytes) {
        if (auto ok = refill(); !ok)
            return ok;
    }
    return {};
}

Result<bool> CsvReader::next(QStringList &fields)
{
    fields.resize(0);
    m_cellErrorOnly = false;
    if (!m_started)
        (void)start();
    if (m_failure)
        return std::unexpected(*m_failure);
    // Skip empty lines between records (with the next byte in view, to tell CRLF from a lone CR).
    for (;;) {
        if (!m_eof && m_size - m_pos < 2) {
            if (auto ok = refill(); !ok)
                return std::unexpected(ok.error());
            continue;
        }
        if (m_pos >= m_size || (m_data[m_pos] != '\n' && m_data[m_pos] != '\r'))
            break;
        if (m_data[m_pos] == '\n')
            ++m_line;
        else if (m_pos + 1 >= m_size || m_data[m_pos + 1] != '\n')
            ++m_line; // a lone CR ends a line too
        ++m_pos;
    }
    if (m_pos >= m_size)
        return false;
    // The whole record in view, or more than a record may hold.
    if (auto ok = ensure(MaxRecordBytes + 1); !ok)
        return std::unexpected(ok.error());
    m_recordLine = m_line;
    const qint64 recordStart = m_pos;
    // A control character spoils its cell, not the file: the record is read to its end first.
    std::optional<Error> cellError;
    const auto tooLong = [&] {
        return std::unexpected(
            error(m_recordLine, tr("The record starting on this line is longer than 1 MiB, "
                                   "the most one record may hold.")));
    };

    const char *const data = m_data;
    const qint64 size = m_size;
    qsizetype index = 0;
    for (;;) {
        if (index >= fields.size())
            fields.append(QString());
        QString &field = fields[index++];

        if (m_pos < size && data[m_pos] == Quote) {
            const int startLine = m_line;
            ++m_pos;
            m_scratch.resize(0);
            for (;;) {
                const void *found = std::memchr(data + m_pos, Quote, size_t(size - m_pos));
                if (!found) {
                    if (!m_eof)
                        return tooLong();
                    return std::unexpected(
                        error(startLine, tr("A quoted field is never closed (a \" is missing).")));
                }
                const qint64 quoteAt = static_cast<const char *>(found) - data;
                const QByteArrayView chunk(data + m_pos, quoteAt - m_pos);
                m_line += int(chunk.count('\n'));
                m_scratch.append(chunk);
                m_pos = quoteAt + 1;
                if (m_pos < size && data[m_pos] == Quote) { // "" is one quote
                    m_scratch.append(Quote);
                    ++m_pos;
                    continue;
                }
                break;
            }
            if (m_pos < size && data[m_pos] != m_separator && data[m_pos] != '\n' && data[m_pos] != '\r') {
                return std::unexpected(
                    error(m_line, tr("Unexpected text after a closing quote; "
                                     "quotes inside a quoted field are written twice (\"\").")));
            }
            if (!decode(m_scratch.constData(), m_scratch.size(), field))
                return std::unexpected(
                    error(m_line, tr("The file is not UTF-8 text; save it as UTF-8 CSV.")));
            if (!cellError)
                cellError = checkControls(m_scratch.constData(), m_scratch.size(), startLine, index - 1);
        } else {
            const qint64 begin = m_pos;
            while (m_pos < size) {
                const char c = data[m_pos];
                if (c == m_separator || c == '\n' || c == '\r')
                    break;
                ++m_pos;
            }
            if (!decode(data + begin, m_pos - begin, field))
                return std::unexpected(
                    error(m_line, tr("The file is not UTF-8 text; save it as UTF-8 CSV.")));
            if (!cellError)
                cellError = checkControls(data + begin, m_pos - begin, m_line, index - 1);
        }

        if (m_pos >= size)
            break;
        const char c = data[m_pos++];
        if (c == m_separator)
            continue;
        if (c == '\r' && m_pos < size && data[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        break;
    }
    fields.resize(index);
    if (m_pos - recordStart > MaxRecordBytes)
        return tooLong();
    if (m_header.isEmpty())
        m_header = fields;
    if (cellError) {
        m_cellErrorOnly = true;
        return std::unexpected(*cellError);
    }
    return true;
}

} // namespace innkeep
