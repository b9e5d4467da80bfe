// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace innkeep {

// Who the KPIs count (the Insights page's filters). Empty fields do not filter.
// Guest fields (nationality, language, source, vipOnly, guestIds) keep only the guests that match,
// their stays, and the tickets and feedback linked to them; while one is set, tickets and feedback
// without a guest are left out. `feedbackChannel` keeps only feedback from that channel (stays and
// tickets are not filtered by it). See docs/kpis.md, "Filters".
struct KpiFilter
{
    QString feedbackChannel; // FeedbackChannel token
    QString nationality;     // ISO 3166 alpha-2, as stored on guests
    QString language;        // as stored on guests (BCP 47 primary tag)
    QString source;          // guests.source token: walk-in, ota, direct, agent, other
    bool vipOnly = false;    // guests with a VIP level of 1 or more
    // Only these guests (a segment's members); empty = no such restriction. Sorted ascending.
    QList<qint64> guestIds;
    bool restrictToGuestIds = false;

    [[nodiscard]] bool filtersGuests() const
    {
        return !nationality.isEmpty() || !language.isEmpty() || !source.isEmpty() || vipOnly
               || restrictToGuestIds;
    }
    [[nodiscard]] bool isEmpty() const { return !filtersGuests() && feedbackChannel.isEmpty(); }
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const KpiFilter &, const KpiFilter &) = default;
};

} // namespace innkeep
