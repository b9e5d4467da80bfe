// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "house/guesterasure.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace innkeep {

class OpenVenue;

// The venue's retention rule (GDPR art. 5(1)(e), storage limitation): guests with no stay for N
// years (venue setting privacy.retention_years; unset or 0: no rule) are listed for review, and
// can be anonymised together (GuestErasure). A guest counts from their last stay's departure, or
// from when the profile was made when they never stayed; any booking ending after the cutoff,
// future ones included, keeps them. Erased profiles and profiles merged into another are not
// listed (the survivor is, and takes them along).
class RetentionReview final
{
    Q_DECLARE_TR_FUNCTIONS(RetentionReview)

public:
    static constexpr int MaxYears = 50;

    struct Candidate
    {
        QString uuid;
        QString name;   // as the desk reads it
        QDate lastStay; // null when the guest never stayed
        QDate since;    // the profile was made
    };

    explicit RetentionReview(OpenVenue &venue) : m_venue(venue) {}

    // The setting; 0 when there is no rule.
    [[nodiscard]] int years() const;
    // 0 clears the rule; InvalidInput ("privacy.retention_years") outside 0..MaxYears.
    [[nodiscard]] Status setYears(int years);
    // The day before which nothing happened for a guest to be listed, for `years`.
    [[nodiscard]] QDate cutoff(int years) const;
    // Oldest first. `years` 0: the setting's (none when no rule).
    [[nodiscard]] Result<QList<Candidate>> candidates(int years = 0) const;
    // Anonymises every guest candidates(years) lists, in one erase.
    [[nodiscard]] Result<GuestErasureReport> eraseAll(int years = 0);

private:
    OpenVenue &m_venue;
};

} // namespace innkeep
