// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace innkeep {

// Reads one JSON document (RFC 8259) from a device a piece at a time, so a file of any size is
// read in bounded memory: the caller walks the outer object and its lists key by key and element
// by element, and takes each element whole as a QJsonValue (one guest, one ticket). Knows the line
// every element starts on, and says where a syntax error is as file, line and the error.
class JsonStreamReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonStreamReader)
    Q_DISABLE_COPY_MOVE(JsonStreamReader)

public:
    // The largest single value taken whole (one guest with everything nested is a few KB).
    static constexpr qsizetype MaxValueBytes = 64 * 1024 * 1024;

    // `fileName` is what errors name.
    JsonStreamReader(QIODevice &device, QString fileName);

    // The next value must be an object / an array: steps inside it.
    [[nodiscard]] Status beginObject();
    [[nodiscard]] Status beginArray();
    // In an object: the next key (the reader then stands before its value), or nothing at the '}'
    // that closes the object.
    [[nodiscard]] Result<std::optional<QString>> nextKey();
    // In an array: whether another element follows (false at the ']' that closes the array).
    [[nodiscard]] Result<bool> nextElement();
    // The next value, whole. `line` (optional) gets the line it starts on.
    [[nodiscard]] Result<QJsonValue> readValue(int *line = nullptr);
    // The first character of the next value ('{', '[', '"' …), without reading it; 0 at the end.
    [[nodiscard]] Result<char> peek();
    // After the outer value: only white space may follow.
    [[nodiscard]] Status finish();

    // The line the reader stands on (1-based) and the bytes read so far.
    [[nodiscard]] int line() const { return m_line; }
    [[nodiscard]] qint64 position() const { return m_consumed + m_pos; }

    // An error at `line` of this file, about `field`.
    [[nodiscard]] Error errorAt(int line, const QString &message, const QString &field = {}) const;

private:
    struct Level
    {
        bool object = false;
        bool empty = true;
    };
    // Makes at least one byte available; false at the end of the device.
    [[nodiscard]] bool fill();
    void skipSpace();
    [[nodiscard]] Status expect(char c, const QString &what);
    [[nodiscard]] Error syntax(const QString &message) const { return errorAt(m_line, message); }
    [[nodiscard]] Error endedEarly() const;
    // Appends the raw bytes of the value at the reader to `out`.
    [[nodiscard]] Status captureValue(QByteArray &out);
    [[nodiscard]] Status captureString(QByteArray &out);

    QIODevice &m_device;
    QString m_fileName;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0; // bytes of the device before m_buffer
    int m_line = 1;
    bool m_atEnd = false;
    QList<Level> m_levels;
};

} // namespace innkeep
