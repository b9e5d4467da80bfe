// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QVariant>
#include <QVarLengthArray>

namespace innkeep {

// Writes JSON (RFC 8259) to a device as it goes, through a small buffer, so an export of a
// million guests never holds more than one of them in memory. Keys keep the order they are
// written in. Commas and colons are placed by the writer; the caller only nests correctly.
class JsonWriter final
{
    Q_DISABLE_COPY_MOVE(JsonWriter)

public:
    explicit JsonWriter(QIODevice &device) : m_device(device) { m_buffer.reserve(BufferSize + 4096); }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name);
    void key(const QString &name);

    void value(const QString &text);
    void value(QLatin1StringView text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    // The shortest text that reads back as the same double ("0.8", "4", "-0.35"); null when it is
    // not a finite number, which JSON cannot write.
    void value(double number);
    void null();
    // A value read from SQLite: integer, real, text or null (blobs as text).
    void value(const QVariant &variant);

    // Whitespace between values, so long arrays are one element per line.
    void newline() { m_buffer.append('\n'); }
    // Starts the next element of an array (or the next key of an object) on a line of its own, the
    // comma that separates it ending the line before ("},\n{"), as docs/json-export.md shows.
    void elementLine();

    // Writes the buffer out (call it before closing the device); false once the device has refused a write.
    bool flush();
    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] qint64 bytesWritten() const { return m_written + m_buffer.size(); }

    // What a JSON string escapes: what JSON requires (quotes, backslash, C0 controls), or also DEL and
    // the C1 controls (U+0080..U+009F), for text printed to a terminal, where they would act raw.
    enum class Controls { Json, AlsoDeleteAndC1 };
    static void appendEscaped(QByteArray &out, const QByteArray &utf8, Controls controls = Controls::Json);

private:
    void separate();
    void maybeFlush()
    {
        if (m_buffer.size() >= BufferSize)
            flush();
    }

    static constexpr qsizetype BufferSize = 1 << 16;
    QIODevice &m_device;
    QByteArray m_buffer;
    QVarLengthArray<bool, 16> m_empty; // per open container: nothing written in it yet
    bool m_afterKey = false;
    bool m_failed = false;
    qint64 m_written = 0;
};

} // namespace innkeep
