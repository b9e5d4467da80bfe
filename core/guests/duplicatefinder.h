// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "guests/duplicaterule.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace innkeep {

class Database;

// An existing guest as a duplicate warning shows them: enough to tell who they are.
struct DuplicateGuest
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QDate lastStay; // the last departure of a stay that happened; invalid when none
    QStringList emails;
    QStringList phones;
};

// A stored guest who may be the guest at hand, and why.
struct DuplicateCandidate
{
    DuplicateGuest guest;
    DuplicateMatch match;
};

// Two stored guests who may be one.
struct DuplicatePair
{
    DuplicateGuest first; // the older profile (lower id)
    DuplicateGuest second;
    DuplicateMatch match;
};

// Finds stored guests that DuplicateRule calls the same person (archived ones never). Read-only;
// OpenVenue::duplicateFinder() hands one out. Both searches look only where a match can be:
// guests sharing a contact, a birthday, or a city and a name word (blocking), never all pairs.
// A contact on more than ten guests (an agency's, a switchboard's) ties no one together.
class DuplicateFinder final
{
public:
    explicit DuplicateFinder(Database &db) : m_db(db) {}

    // The stored guests `guest` (normalised: e-mails lower-case, phones E.164) may duplicate,
    // best first, at most `limit`; the guest itself (by id) is never one.
    [[nodiscard]] Result<QList<DuplicateCandidate>> candidatesFor(const Guest &guest, int limit = 10);
    // Every candidate pair among the stored guests, best first.
    [[nodiscard]] Result<QList<DuplicatePair>> pairs();

    // A block (guests sharing one key) larger than this is a shared switchboard or a common name
    // in a big city, not a person: it is skipped.
    static constexpr int MaxBlock = 300;

private:
    Database &m_db;
};

} // namespace innkeep
