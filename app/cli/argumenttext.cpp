// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "argumenttext.h"

#include <QCoreApplication>

namespace innkeep::cli {

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const uchar lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80, high = 0xBF; // allowed range of the second byte (RFC 3629 table)
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0; // overlong
            else if (lead == 0xED)
                high = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90; // overlong
            else if (lead == 0xF4)
                high = 0x8F; // past U+10FFFF
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (data[i + 1] < low || data[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

Result<QStringList> argumentsAsText(int argc, const char *const *argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView bytes(argv[i]);
        const qsizetype bad = firstInvalidUtf8(bytes);
        if (bad < 0) {
            arguments.append(QString::fromUtf8(bytes));
            continue;
        }
        // Name what the bytes belong to: "--given=…", the value after "--given", or the position.
        QString field;
        const qsizetype equals = bytes.indexOf('=');
        const QByteArrayView previous = i > 1 ? QByteArrayView(argv[i - 1]) : QByteArrayView();
        if (bytes.startsWith("--") && equals > 2 && equals < bad)
            field = QString::fromUtf8(bytes.first(equals));
        else if (previous.startsWith("-") && previous.size() > 1 && firstInvalidUtf8(previous) < 0
                 && !previous.contains('='))
            field = QString::fromUtf8(previous);
        else
            field = QCoreApplication::translate("ArgumentText", "argument %1").arg(i);
        return std::unexpected(Error{
            Error::Code::InvalidInput,
            QCoreApplication::translate("ArgumentText",
                                        "not valid UTF-8 (byte 0x%1 at byte %2); nothing was changed.")
                .arg(QString::number(uint(uchar(bytes.at(bad))), 16).toUpper(), QString::number(bad + 1)),
            field,
            {},
            0});
    }
    return arguments;
}

} // namespace innkeep::cli
