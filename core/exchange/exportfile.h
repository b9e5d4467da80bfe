// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

namespace innkeep {

// A file written by an export (and by anything else in exchange/): its path passes
// ExportDestination first; it is written to a temporary file beside it that is private to the
// user (0600) before it has its name, and renamed over any old file only when complete, so a
// failed or cancelled export leaves the old file as it was and never leaves a readable copy.
// Errors say what is true: a full disk is "the disk is full", not the state of the last call.
class ExportFile final
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
    Q_DISABLE_COPY_MOVE(ExportFile)

public:
    explicit ExportFile(const QString &path);

    // Checks the path against the rule (with the open database's file) and opens the temporary file.
    [[nodiscard]] Status open(const QString &databasePath);
    // Where to write; valid after a successful open().
    [[nodiscard]] QIODevice &device() { return m_file; }
    // Why the last write failed, as an error naming the path; the temporary file is thrown away.
    [[nodiscard]] Error writeFailed();
    // The export was cancelled: the temporary file is thrown away.
    void discard();
    // Gives the complete file its name, replacing an old one; checks that it is private to the user.
    [[nodiscard]] Status commit();

private:
    [[nodiscard]] Error ioError(const QString &reason) const;

    QString m_path;
    QSaveFile m_file;
};

} // namespace innkeep
