// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace innkeep {

// A named, saved guest segment: the guests its rule selects, worked out whenever asked (the
// members change as guests stay, give feedback and consent), never stored.
struct Segment
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString rule; // in the segment language, as SegmentRule::text() writes it
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// A guest in a segment, as a member list shows them.
struct SegmentMember
{
    QString uuid;
    QString name;      // "Given Family" in the guest's own script (the Latin form when there is none)
    QString latinName; // "Given Family" in Latin letters
};

} // namespace innkeep
