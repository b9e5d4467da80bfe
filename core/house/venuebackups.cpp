// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuebackups.h"

#include "storage/backuprotation.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace innkeep {

namespace {

const QString FolderKey = QStringLiteral("backup.folder");
const QString AutomaticKey = QStringLiteral("backup.automatic");
const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss");
constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

QString kindWord(VenueBackups::Kind kind)
{
    return kind == VenueBackups::Kind::Automatic ? QStringLiteral("auto") : QStringLiteral("backup");
}

} // namespace

QString VenueBackups::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString VenueBackups::folder() const
{
    const QString chosen = localValue(FolderKey);
    return chosen.isEmpty() ? defaultFolder(m_db.path()) : chosen;
}

bool VenueBackups::usesDefaultFolder() const
{
    return localValue(FolderKey).isEmpty();
}

Status VenueBackups::setFolder(const QString &folder)
{
    const QString trimmed = folder.trimmed();
    if (!trimmed.isEmpty() && QDir::isRelativePath(trimmed))
        return fail(Error::Code::InvalidInput, tr("Give the backup folder as a full path."), FolderKey);
    return setLocalValue(FolderKey, trimmed.isEmpty() ? QString() : QDir::cleanPath(trimmed));
}

bool VenueBackups::automatic() const
{
    return localValue(AutomaticKey) != QLatin1String("off");
}

Status VenueBackups::setAutomatic(bool on)
{
    return setLocalValue(AutomaticKey, on ? QString() : QStringLiteral("off"));
}

Result<VenueBackups::Backup> VenueBackups::create(Kind kind, const QString &into)
{
    const QString where = into.isEmpty() ? folder() : into;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_db.clock().nowMs(), Qt::UTC);
    const QString base =
        fileStem() + QLatin1Char('-') + kindWord(kind) + QLatin1Char('-') + now.toString(StampFormat);
    QString target = QDir(where).filePath(base + QStringLiteral(".innkeep"));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(where).filePath(base + QStringLiteral("-%1.innkeep").arg(n));
    auto written = BackupCopy::write(m_db, target);
    if (!written)
        return std::unexpected(written.error());
    return Backup{*written, now, kind, {}};
}

QList<VenueBackups::Backup> VenueBackups::list() const
{
    const QRegularExpression name(QStringLiteral("^%1-(auto|backup)-(\\d{8}-\\d{6})(-\\d+)?\\.innkeep$")
                                      .arg(QRegularExpression::escape(fileStem())));
    QList<Backup> found;
    const QFileInfoList files = QDir(folder()).entryInfoList({QStringLiteral("*.innkeep")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const auto match = name.match(file.fileName());
        if (!match.hasMatch())
            continue;
        Backup backup;
        backup.kind = match.captured(1) == QLatin1String("auto") ? Kind::Automatic : Kind::Manual;
        backup.madeAt = QDateTime::fromString(match.captured(2), StampFormat);
        backup.madeAt.setTimeSpec(Qt::UTC);
        if (auto read = BackupCopy::read(file.absoluteFilePath())) {
            backup.summary = *read;
        } else {
            backup.summary.path = file.absoluteFilePath();
            backup.summary.bytes = file.size();
            backup.problem = read.error().message;
        }
        found.append(backup);
    }
    std::stable_sort(found.begin(), found.end(), [](const Backup &a, const Backup &b) {
        return a.madeAt != b.madeAt ? a.madeAt > b.madeAt : a.summary.path > b.summary.path;
    });
    return found;
}

Result<VenueBackups::Outcome> VenueBackups::backUpIfDue(Occasion occasion)
{
    Outcome outcome;
    if (!automatic() || m_db.isReadOnly())
        return outcome;
    qint64 changes = 0;
    {
        // Reset before the copy: VACUUM INTO refuses to run beside a statement still stepping.
        Statement last(m_db, QStringLiteral("SELECT max(id) FROM change_log"));
        auto lastChange = last.scalar();
        if (!lastChange)
            return std::unexpected(lastChange.error());
        changes = lastChange->toLongLong();
    }
    const QList<Backup> backups = list();
    const auto newest =
        std::find_if(backups.cbegin(), backups.cend(), [](const Backup &b) { return b.problem.isEmpty(); });
    if (newest == backups.cend()
            ? changes == 0
            : newest->summary.lastChangeId == changes && newest->summary.deviceId == m_db.deviceId())
        return outcome; // nothing new to keep
    if (occasion == Occasion::Daily) {
        const qint64 now = m_db.clock().nowMs();
        for (const Backup &backup : backups) {
            if (backup.kind == Kind::Automatic && backup.problem.isEmpty()
                && now - backup.madeAt.toMSecsSinceEpoch() < DayMs)
                return outcome;
        }
    }
    auto made = create(Kind::Automatic);
    if (!made)
        return std::unexpected(made.error());
    outcome.made = *made;
    outcome.removed = rotate();
    return outcome;
}

QStringList VenueBackups::rotate()
{
    QList<Backup> automatic = list();
    automatic.removeIf([](const Backup &b) { return b.kind != Kind::Automatic; });
    QList<QDateTime> madeAt;
    for (const Backup &backup : std::as_const(automatic))
        madeAt.append(backup.madeAt);
    const QList<bool> kept = BackupRotation::keep(madeAt);
    QStringList removed;
    for (qsizetype i = 0; i < automatic.size(); ++i) {
        if (!kept.at(i) && QFile::remove(automatic.at(i).summary.path))
            removed.append(automatic.at(i).summary.path);
    }
    return removed;
}

QString VenueBackups::localValue(const QString &key) const
{
    Statement select(m_db, QStringLiteral("SELECT value FROM local_meta WHERE key = ?"));
    auto value = select.bind(key).scalar();
    return value ? value->toString() : QString();
}

Status VenueBackups::setLocalValue(const QString &key, const QString &value)
{
    if (value.isEmpty()) {
        Statement remove(m_db, QStringLiteral("DELETE FROM local_meta WHERE key = ?"));
        return remove.bind(key).exec();
    }
    Statement upsert(m_db, QStringLiteral("INSERT INTO local_meta(key, value) VALUES (?, ?) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    return upsert.bind(key, value).exec();
}

QString VenueBackups::fileStem() const
{
    return QFileInfo(m_db.path()).completeBaseName();
}

} // namespace innkeep
