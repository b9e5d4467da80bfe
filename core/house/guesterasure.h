// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace innkeep {

class OpenVenue;

// What an erase did, in counts (nothing of the guest is left to name).
struct GuestErasureReport
{
    qint64 profiles = 0; // the guest and any profiles merged into them
    qint64 contacts = 0;
    qint64 notes = 0;
    qint64 preferences = 0;
    qint64 stays = 0;           // kept, with their dates and money; booking references and purposes cleared
    qint64 tickets = 0;         // kept, with their outcome; texts cleared
    qint64 feedback = 0;        // kept, with rating and sentiment; texts cleared
    qint64 changes = 0;         // change-log entries whose values were cleared
    bool fileCompacted = false; // VACUUM and a truncating checkpoint ran (no other reader held the file)
};

// The right to be forgotten (GDPR art. 17): a guest made anonymous everywhere in the file.
// Names, contacts, birthday, address, notes, preferences, tags and every free text about them
// (ticket descriptions, events, compensations, follow-ups, feedback texts and answers, topic
// evidence, booking references, merge undo data) go; what counts and money need stays: stays'
// dates, rooms and revenue, ratings and sentiment, ticket categories, severities, outcomes and SLA
// times, the guest's nationality, country, language, source and VIP level. The change log keeps
// that its entries happened but loses their old and new values, and records the erase itself
// (who, when). Runs with secure_delete on, then rebuilds the search index, VACUUMs and checkpoints
// with TRUNCATE, so the guest's words are in neither the file nor its log afterwards. Not undoable.
// Profiles merged into the guest are the same person and go with them; a profile that was merged
// into another is refused (erase the guest it was merged into).
class GuestErasure final
{
    Q_DECLARE_TR_FUNCTIONS(GuestErasure)

public:
    [[nodiscard]] static Result<GuestErasureReport> erase(OpenVenue &venue, const QString &guestUuid);
    // Several guests in one erase (one transaction, one VACUUM): all of them or none.
    [[nodiscard]] static Result<GuestErasureReport> erase(OpenVenue &venue, const QStringList &guestUuids);
};

} // namespace innkeep
