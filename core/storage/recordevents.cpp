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
    RecordEvents *voice = db.afterCommit().voiceOf(this);
    if (db.transactionDepth() == 0) {
        voice->announce(kind, uuid, guestUuid);
        return;
    }
    db.afterCommit().queue({voice, kind, uuid, guestUuid, false});
}

void RecordEvents::announceManyAfterCommit(Database &db)
{
    RecordEvents *voice = db.afterCommit().voiceOf(this);
    if (db.transactionDepth() == 0) {
        voice->announceMany();
        return;
    }
    db.afterCommit().queue({voice, Kind::Changed, {}, {}, true});
}

} // namespace innkeep
