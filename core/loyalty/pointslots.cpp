// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointslots.h"

#include <QHash>

#include <algorithm>

namespace innkeep {

namespace {

struct Lot
{
    QString uuid;
    qint64 remaining = 0;
    QDate expiresOn;
};

// A moment of the ledger's history: an entry, or a lot's expiry (index into the lots).
struct Moment
{
    QDate on;
    bool expiry = false;
    qint64 order = 0; // entry id, or the lot's position
    qsizetype index = 0;
};

void consume(QList<Lot> &lots, qint64 amount, qsizetype first = -1)
{
    if (first >= 0) {
        const qint64 taken = std::min(amount, lots[first].remaining);
        lots[first].remaining -= taken;
        amount -= taken;
    }
    for (Lot &lot : lots) {
        if (amount <= 0)
            return;
        const qint64 taken = std::min(amount, lot.remaining);
        lot.remaining -= taken;
        amount -= taken;
    }
}

} // namespace

QList<PointsExpiry> PointsLots::due(const QList<PointsEntry> &entries, const QDate &today)
{
    QList<PointsEntry> sorted = entries;
    std::sort(sorted.begin(), sorted.end(), [](const PointsEntry &a, const PointsEntry &b) {
        return a.bookedOn != b.bookedOn ? a.bookedOn < b.bookedOn : a.id < b.id;
    });

    QList<Lot> lots;
    QHash<QString, qsizetype> lotOf;       // credit uuid → lot
    QHash<QString, qint64> expiredAlready; // lot uuid → points its expire entry took
    QList<Moment> moments;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const PointsEntry &entry = sorted.at(i);
        if (entry.kind == PointsKind::Expire) {
            expiredAlready.insert(entry.refersTo, -entry.points);
            continue;
        }
        moments.append({entry.bookedOn, false, entry.id, i});
        if (entry.points > 0) {
            lotOf.insert(entry.uuid, lots.size());
            if (entry.expiresOn.isValid())
                moments.append({entry.expiresOn, true, lots.size(), lots.size()});
            lots.append({entry.uuid, 0, entry.expiresOn});
        }
    }
    // Expiries before the entries of their day; entries in ledger order; expiries in lot order.
    std::sort(moments.begin(), moments.end(), [](const Moment &a, const Moment &b) {
        if (a.on != b.on)
            return a.on < b.on;
        if (a.expiry != b.expiry)
            return a.expiry;
        return a.order < b.order;
    });

    QList<PointsExpiry> due;
    for (const Moment &moment : std::as_const(moments)) {
        if (moment.expiry) {
            Lot &lot = lots[moment.index];
            if (const auto taken = expiredAlready.constFind(lot.uuid); taken != expiredAlready.constEnd()) {
                lot.remaining -= std::min(lot.remaining, *taken);
            } else if (lot.expiresOn <= today && lot.remaining > 0) {
                due.append({lot.uuid, lot.remaining, lot.expiresOn});
                lot.remaining = 0;
            }
            continue;
        }
        const PointsEntry &entry = sorted.at(moment.index);
        if (entry.points > 0) {
            lots[lotOf.value(entry.uuid)].remaining = entry.points;
        } else {
            const qsizetype own = entry.kind == PointsKind::Undo ? lotOf.value(entry.refersTo, -1) : -1;
            consume(lots, -entry.points, own);
        }
    }
    return due;
}

} // namespace innkeep
