// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "storage/backupcopy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace innkeep {

class Database;

// A venue's backups: where they go, whether they are made by themselves, making one, listing
// them, and letting old automatic ones go (BackupRotation). The folder and the switch belong to
// this computer's copy of the file (local_meta: backup.folder, backup.automatic), never synced:
// another desk's USB stick is not a path here.
class VenueBackups final
{
    Q_DECLARE_TR_FUNCTIONS(VenueBackups)

public:
    enum class Kind { Manual, Automatic };
    // Why an automatic backup is considered: the daily one while the file is open, or closing.
    enum class Occasion { Daily, Closing };

    struct Backup
    {
        BackupSummary summary; // path always; the rest when the copy could be read
        QDateTime madeAt;      // from the file's name (UTC)
        Kind kind = Kind::Manual;
        QString problem; // why the copy could not be read, or empty
    };

    struct Outcome
    {
        std::optional<Backup> made;
        QStringList removed; // automatic backups the rotation let go
    };

    explicit VenueBackups(Database &db) : m_db(db) {}

    // "<folder of the file>/backups" until the user chooses another.
    [[nodiscard]] static QString defaultFolder(const QString &databasePath);
    [[nodiscard]] QString folder() const;
    [[nodiscard]] bool usesDefaultFolder() const;
    // An empty folder goes back to the default one. InvalidInput ("backup.folder") for a
    // relative path.
    [[nodiscard]] Status setFolder(const QString &folder);
    // On (the default): a backup a day while the file is open and one on closing, when the file
    // changed since the last backup.
    [[nodiscard]] bool automatic() const;
    [[nodiscard]] Status setAutomatic(bool on);

    // Writes a backup of the file now into `folder` (the venue's folder when empty).
    [[nodiscard]] Result<Backup> create(Kind kind = Kind::Manual, const QString &folder = {});
    // This file's backups in the folder, newest first; a copy that cannot be read is listed with
    // its problem. Files of other venues and unfinished copies are left out.
    [[nodiscard]] QList<Backup> list() const;
    // The automatic backup, if one is due: on, the file changed since the newest backup, and
    // for the daily one, no automatic backup in the last 24 hours. Then the rotation.
    [[nodiscard]] Result<Outcome> backUpIfDue(Occasion occasion);
    // Removes the automatic backups the rotation does not keep; the paths removed.
    [[nodiscard]] QStringList rotate();

private:
    [[nodiscard]] QString localValue(const QString &key) const;
    [[nodiscard]] Status setLocalValue(const QString &key, const QString &value);
    [[nodiscard]] QString fileStem() const;

    Database &m_db;
};

} // namespace innkeep
