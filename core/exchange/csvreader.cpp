// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <cstring>

namespace innkeep {

namespace {

constexpr char Quote = '"';

bool hasReplacementBytes(const char *begin, qsizetype length)
{
    // U+FFFD written in the file itself, which is valid UTF-8.
    return QByteArrayView(begin, length).contains(QByteArrayView("\xEF\xBF\xBD"));
}

} // namespace

CsvReader::CsvReader(QByteArrayView data, const QString &fileName)
    : m_data(data.data())
    , m_size(data.size())
    , m_fileName(fileName)
{
    if (data.startsWith(QByteArrayView("\xEF\xBB\xBF")))
        m_pos = 3;
    m_separator = detectSeparator(data.sliced(m_pos));
}

char CsvReader::detectSeparator(QByteArrayView data)
{
    int comma = 0, semicolon = 0, tab = 0;
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
    }
    if (semicolon > comma && semicolon >= tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

Error CsvReader::error(int line, const QString &message) const
{
    return Error{Error::Code::InvalidInput, message, {}, m_fileName, line};
}

bool CsvReader::decode(const char *begin, qsizetype length, QString &out) const
{
    out = QString::fromUtf8(begin, length);
    // fromUtf8 replaces malformed sequences with U+FFFD; tell those from a real U+FFFD.
    if (out.contains(QChar::ReplacementCharacter) && !hasReplacementBytes(begin, length))
        return false;
    return true;
}

Result<bool> CsvReader::next(QStringList &fields)
{
    fields.resize(0);
    // Skip empty lines between records.
    while (m_pos < m_size && (m_data[m_pos] == '\n' || m_data[m_pos] == '\r')) {
        if (m_data[m_pos] == '\n')
            ++m_line;
        else if (m_pos + 1 >= m_size || m_data[m_pos + 1] != '\n')
            ++m_line; // a lone CR ends a line too
        ++m_pos;
    }
    if (m_pos >= m_size)
        return false;
    m_recordLine = m_line;

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
                if (!found)
                    return std::unexpected(error(startLine, tr("A quoted field is never closed (a \" is missing).")));
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
                return std::unexpected(error(m_line, tr("Unexpected text after a closing quote; "
                                                        "quotes inside a quoted field are written twice (\"\").")));
            }
            if (!decode(m_scratch.constData(), m_scratch.size(), field))
                return std::unexpected(error(m_line, tr("The file is not UTF-8 text; save it as UTF-8 CSV.")));
        } else {
            const qint64 begin = m_pos;
            while (m_pos < size) {
                const char c = data[m_pos];
                if (c == m_separator || c == '\n' || c == '\r')
                    break;
                ++m_pos;
            }
            if (!decode(data + begin, m_pos - begin, field))
                return std::unexpected(error(m_line, tr("The file is not UTF-8 text; save it as UTF-8 CSV.")));
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
    return true;
}

} // namespace innkeep
