// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

class QFile;
class QTemporaryDir;

namespace innkeep {

// A file a person chose to import (guests, stays, feedback): opened only when it is a regular file
// (a folder, device, pipe or socket is refused before it is opened: opening a pipe waits for a
// writer, and a device never ends), and read in the text encoding they named.
class ImportFile final
{
    Q_DECLARE_TR_FUNCTIONS(ImportFile)

public:
    [[nodiscard]] static Status openForReading(QFile &file);
    // True when `encoding` names one to convert from: not empty and not UTF-8 (which, like UTF-16 with
    // a byte-order mark, CsvReader recognises by itself).
    [[nodiscard]] static bool needsConverting(const QString &encoding);
    // The decoder for `encoding` (ICU's names: "windows-1251", "windows-1252", "iso-8859-1" …), or an
    // InvalidInput error naming it (field "encoding").
    [[nodiscard]] static Result<QStringDecoder> decoder(const QString &encoding);
    // The path to read `path` from as UTF-8: itself when `encoding` needs no converting, else a
    // private UTF-8 copy with the same name in `scratch` (whose lines are the file's, so a problem
    // still points into the user's file), gone with `scratch`.
    [[nodiscard]] static Result<QString> readableCopy(const QString &path, const QString &encoding,
                                                      const QTemporaryDir &scratch);
    // `file` opened for reading on readableCopy(): the file itself, or its UTF-8 copy.
    [[nodiscard]] static Status openReadable(QFile &file, const QString &path, const QString &encoding,
                                             const QTemporaryDir &scratch);
};

} // namespace innkeep
