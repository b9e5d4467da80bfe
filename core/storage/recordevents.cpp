// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordevents.h"

#include "storage/aftercommit.h"
#include "storage/database.h"

namespace innkeep {

void RecordEvents::announce(Kind kind, const QString &uuid, const QString &guestUuid)
{
    switch (kind) {
    case Kind::Added: Q_EMIT added(uuid, guestUuid); return;
    case Kind::Changed: Q_EMIT changed(uuid, guestUuid); return;
    case Kind::Removed: Q_EMIT removed(uuid, guestUuid); return;
    }
}

void RecordEvents::announceAfterCommit(Database &db, Kind kind, const QString &uuid, const QString &guestUuid)
{
    sendAfterCommit(db, {nullptr, kind, uuid, guestUuid, false});
}

void RecordEvents::announceManyAfterCommit(Database &db)
{
    sendAfterCommit(db, {nullptr, Kind::Changed, {}, {}, true});
}

void RecordEvents::sendAfterCommit(Database &db, RecordAnnouncement announcement)
{
    announcement.source = db.afterCommit().voiceOf(this);
    if (db.transactionDepth() == 0)
        announcement.send();
    else
        db.afterCommit().queue(std::move(announcement));
}

void RecordAnnouncement::send() const
{
    if (!source)
        return;
    if (many)
        source->announceMany();
    else
        source->announce(kind, uuid, guestUuid);
}

} // namespace innkeep
