// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uuid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace innkeep {

QString uuidV7(qint64 unixMs, QRandomGenerator &random)
{
    // 48 bits of Unix milliseconds, then random bits. Ids made one after another sort together,
    // so the unique indexes on uuid columns grow at their end instead of taking a random page for
    // every row (docs/decisions.md, "Time-ordered ids").
    const quint64 ms = quint64(unixMs) & 0xFFFF'FFFF'FFFFull;
    quint64 bits[2];
    random.fillRange(bits);
    uchar bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = uchar(ms >> (40 - 8 * i));
    for (int i = 6; i < 16; ++i)
        bytes[i] = uchar(bits[i / 8] >> (8 * (i % 8)));
    bytes[6] = uchar(0x70 | (bytes[6] & 0x0F)); // version 7
    bytes[8] = uchar(0x80 | (bytes[8] & 0x3F)); // RFC variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes), 16))
        .toString(QUuid::WithoutBraces);
}

QString newUuid()
{
    return uuidV7(QDateTime::currentMSecsSinceEpoch(), *QRandomGenerator::global());
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace innkeep
