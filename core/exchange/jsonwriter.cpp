// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QLocale>

#include <cmath>

namespace innkeep {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_empty.isEmpty()) {
        if (!m_empty.last())
            m_buffer.append(',');
        m_empty.last() = false;
    }
}

void JsonWriter::elementLine()
{
    separate();
    m_buffer.append('\n');
    m_afterKey = true; // the element that follows is separated already
}

void JsonWriter::beginObject()
{
    separate();
    m_buffer.append('{');
    m_empty.append(true);
}

void JsonWriter::endObject()
{
    m_buffer.append('}');
    m_empty.removeLast();
    maybeFlush();
}

void JsonWriter::beginArray()
{
    separate();
    m_buffer.append('[');
    m_empty.append(true);
}

void JsonWriter::endArray()
{
    m_buffer.append(']');
    m_empty.removeLast();
    maybeFlush();
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_buffer.append('"');
    m_buffer.append(name.data(), name.size()); // keys are plain ASCII identifiers
    m_buffer.append("\":", 2);
    m_afterKey = true;
}

void JsonWriter::key(const QString &name)
{
    separate();
    m_buffer.append('"');
    appendEscaped(m_buffer, name.toUtf8());
    m_buffer.append("\":", 2);
    m_afterKey = true;
}

void JsonWriter::appendEscaped(QByteArray &out, const QByteArray &utf8, Controls controls)
{
    static constexpr char Hex[] = "0123456789abcdef";
    const bool terminal = controls == Controls::AlsoDeleteAndC1;
    const char *begin = utf8.constData();
    const char *const end = begin + utf8.size();
    const char *run = begin;
    for (const char *p = begin; p != end; ++p) {
        auto c = static_cast<unsigned char>(*p);
        if (terminal && c == 0xC2 && p + 1 != end && static_cast<unsigned char>(p[1]) <= 0x9F) {
            // U+0080..U+009F is 0xC2 followed by that byte.
            out.append(run, p - run);
            c = static_cast<unsigned char>(*++p);
            run = p + 1;
            const char escape[] = {'\\', 'u', '0', '0', Hex[c >> 4], Hex[c & 0xF]};
            out.append(escape, sizeof escape);
            continue;
        }
        if (c >= 0x20 && c != '"' && c != '\\' && !(terminal && c == 0x7F))
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        case '\b': out.append("\\b", 2); break;
        case '\f': out.append("\\f", 2); break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', Hex[c >> 4], Hex[c & 0xF]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(run, end - run);
}

void JsonWriter::value(const QString &text)
{
    separate();
    m_buffer.append('"');
    appendEscaped(m_buffer, text.toUtf8());
    m_buffer.append('"');
    maybeFlush();
}

void JsonWriter::value(QLatin1StringView text)
{
    value(QString(text));
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_buffer.append(QByteArray::number(number));
}

void JsonWriter::value(bool flag)
{
    separate();
    m_buffer.append(flag ? QByteArrayView("true") : QByteArrayView("false"));
}

void JsonWriter::value(double number)
{
    if (!std::isfinite(number)) {
        null();
        return;
    }
    separate();
    m_buffer.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::null()
{
    separate();
    m_buffer.append("null", 4);
}

void JsonWriter::value(const QVariant &variant)
{
    if (variant.isNull()) {
        null();
        return;
    }
    switch (variant.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt: value(variant.toLongLong()); return;
    case QMetaType::Double: value(variant.toDouble()); return;
    case QMetaType::Bool: value(variant.toBool()); return;
    default: value(variant.toString());
    }
}

bool JsonWriter::flush()
{
    if (m_failed)
        return false;
    if (!m_buffer.isEmpty()) {
        if (m_device.write(m_buffer) != m_buffer.size()) {
            m_failed = true;
            return false;
        }
        m_written += m_buffer.size();
        m_buffer.resize(0);
    }
    return true;
}

} // namespace innkeep
