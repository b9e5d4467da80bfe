// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstreamreader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace innkeep {

namespace {

constexpr qint64 ChunkBytes = 1 << 20;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

JsonStreamReader::JsonStreamReader(QIODevice &device, QString fileName)
    : m_device(device), m_fileName(std::move(fileName))
{}

Error JsonStreamReader::errorAt(int line, const QString &message, const QString &field) const
{
    return Error{Error::Code::InvalidInput, message, field, m_fileName, line};
}

Error JsonStreamReader::endedEarly() const
{
    return syntax(tr("the file ends here, before its JSON is complete (it was cut off)"));
}

bool JsonStreamReader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    if (m_atEnd)
        return false;
    m_consumed += m_buffer.size();
    m_buffer = m_device.read(ChunkBytes);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    return true;
}

void JsonStreamReader::skipSpace()
{
    while (fill()) {
        const char c = m_buffer.at(m_pos);
        if (!isSpace(c))
            return;
        if (c == '\n')
            ++m_line;
        ++m_pos;
    }
}

Result<char> JsonStreamReader::peek()
{
    skipSpace();
    if (!fill())
        return '\0';
    return m_buffer.at(m_pos);
}

Status JsonStreamReader::expect(char c, const QString &what)
{
    skipSpace();
    if (!fill())
        return std::unexpected(endedEarly());
    if (m_buffer.at(m_pos) != c)
        return std::unexpected(syntax(tr("expected %1 here").arg(what)));
    ++m_pos;
    return {};
}

Status JsonStreamReader::beginObject()
{
    if (auto ok = expect('{', tr("an object ({)")); !ok)
        return ok;
    m_levels.append({true, true});
    return {};
}

Status JsonStreamReader::beginArray()
{
    if (auto ok = expect('[', tr("a list ([)")); !ok)
        return ok;
    m_levels.append({false, true});
    return {};
}

Result<std::optional<QString>> JsonStreamReader::nextKey()
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().object);
    auto c = peek();
    if (!fill())
        return std::unexpected(endedEarly());
    if (*c == '}') {
        ++m_pos;
        m_levels.removeLast();
        return std::optional<QString>();
    }
    if (!m_levels.last().empty) {
        if (*c != ',')
            return std::unexpected(syntax(tr("expected , or } here")));
        ++m_pos;
        c = peek();
        if (!fill())
            return std::unexpected(endedEarly());
    }
    if (*c != '"')
        return std::unexpected(syntax(tr("expected a key (a string in double quotes) here")));
    QByteArray raw("[", 1);
    if (auto ok = captureString(raw); !ok)
        return std::unexpected(ok.error());
    raw.append(']');
    QJsonParseError error;
    const QJsonDocument key = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(syntax(error.errorString()));
    if (auto ok = expect(':', tr("a colon (:)")); !ok)
        return std::unexpected(ok.error());
    m_levels.last().empty = false;
    return std::optional<QString>(key.array().at(0).toString());
}

Result<bool> JsonStreamReader::nextElement()
{
    Q_ASSERT(!m_levels.isEmpty() && !m_levels.last().object);
    auto c = peek();
    if (!fill())
        return std::unexpected(endedEarly());
    if (*c == ']') {
        ++m_pos;
        m_levels.removeLast();
        return false;
    }
    if (!m_levels.last().empty) {
        if (*c != ',')
            return std::unexpected(syntax(tr("expected , or ] here")));
        ++m_pos;
        skipSpace();
        if (!fill())
            return std::unexpected(endedEarly());
    }
    m_levels.last().empty = false;
    return true;
}

Status JsonStreamReader::captureString(QByteArray &out)
{
    // At the opening quote.
    const int startLine = m_line;
    out.append('"');
    ++m_pos;
    bool escaped = false;
    while (true) {
        if (!fill())
            return std::unexpected(endedEarly());
        const char *const data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype i = m_pos;
        for (; i < size; ++i) {
            const char c = data[i];
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                break;
            } else if (c == '\n') {
                return std::unexpected(errorAt(startLine, tr("a string that does not end on its line")));
            }
        }
        const bool closed = i < size;
        out.append(data + m_pos, (closed ? i + 1 : i) - m_pos);
        m_pos = closed ? i + 1 : i;
        if (out.size() > MaxValueBytes)
            return std::unexpected(
                errorAt(startLine, tr("a value longer than %1 MB").arg(MaxValueBytes >> 20)));
        if (closed)
            return {};
    }
}

Status JsonStreamReader::captureValue(QByteArray &out)
{
    skipSpace();
    if (!fill())
        return std::unexpected(endedEarly());
    const char first = m_buffer.at(m_pos);
    if (first == '"')
        return captureString(out);
    if (first != '{' && first != '[') {
        // A number or a literal: up to the next delimiter.
        while (fill()) {
            const char c = m_buffer.at(m_pos);
            if (isSpace(c) || c == ',' || c == '}' || c == ']')
                return {};
            out.append(c);
            ++m_pos;
            if (out.size() > 64)
                return std::unexpected(syntax(tr("this is not a JSON value")));
        }
        return {};
    }
    // An object or a list: to its matching end, strings skipped whole.
    int depth = 0;
    while (true) {
        if (!fill())
            return std::unexpected(endedEarly());
        const char *const data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype i = m_pos;
        bool string = false;
        bool done = false;
        for (; i < size; ++i) {
            const char c = data[i];
            if (c == '"') {
                string = true;
                break;
            }
            if (c == '\n') {
                ++m_line;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                ++i;
                done = true;
                break;
            }
        }
        out.append(data + m_pos, i - m_pos);
        m_pos = i;
        if (out.size() > MaxValueBytes)
            return std::unexpected(syntax(tr("a value longer than %1 MB").arg(MaxValueBytes >> 20)));
        if (done)
            return {};
        if (string) {
            if (auto ok = captureString(out); !ok)
                return ok;
        }
    }
}

Result<QJsonValue> JsonStreamReader::readValue(int *line)
{
    skipSpace();
    if (!fill())
        return std::unexpected(endedEarly());
    const int startLine = m_line;
    if (line)
        *line = startLine;
    // Wrapped in a list, so a plain number or string parses as well as an object.
    QByteArray raw("[", 1);
    if (auto ok = captureValue(raw); !ok)
        return std::unexpected(ok.error());
    raw.append(']');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset counts from the value's start (after the '[' added): its line is that many
        // line breaks further down.
        const qsizetype offset = std::clamp<qsizetype>(error.offset, 1, raw.size()) - 1;
        const int errorLine = startLine + int(QByteArrayView(raw).sliced(1, offset).count('\n'));
        return std::unexpected(errorAt(errorLine, error.errorString()));
    }
    if (document.array().size() != 1)
        return std::unexpected(errorAt(startLine, tr("expected one value here")));
    return document.array().at(0);
}

Status JsonStreamReader::finish()
{
    skipSpace();
    if (fill())
        return std::unexpected(syntax(tr("there is more after the end of the JSON document")));
    return {};
}

} // namespace innkeep
