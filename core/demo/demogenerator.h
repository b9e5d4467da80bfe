// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "jobs/exchangeprogress.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace innkeep {

class Database;

struct DemoSummary
{
    qint64 guests = 0;
    qint64 stays = 0;
    qint64 preferences = 0;
    qint64 notes = 0;
    qint64 tickets = 0;
    qint64 feedback = 0;
};

// Fills a database with a believable venue: settings, guests from seven cultures (names in
// Armenian, Georgian and Cyrillic script with Latin forms; German, French and Spanish with
// their accents), contacts that pass validation, about three stays each over the last three
// years plus today's arrivals, in-house guests, departures and upcoming bookings, preferences
// (some critical), notes, then complaints and feedback (demo/ticketdemo.h).
// Everything goes through the services, so the change log and search index are right. The same
// seed on the same day gives the same venue (ids and timestamps aside). Commits every
// BatchSize guests and keeps nothing per guest, so a million guests fit in constant memory.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    static constexpr int BatchSize = 2000;

    DemoGenerator(Database &db, quint32 seed) : m_db(db), m_random(seed) {}
    // Called every hundred guests with guests made of guests asked for.
    void setProgress(ProgressCallback callback) { m_progress = std::move(callback); }
    // Stops after the current guest; batches already committed stay, the open one is rolled back.
    void setCancelFlag(const CancelFlag *cancel) { m_cancel = cancel; }

    [[nodiscard]] Result<DemoSummary> run(qint64 guests);

private:
    struct TodayPlan;
    [[nodiscard]] Status setUpVenue();
    [[nodiscard]] Status addGuest(DemoSummary &summary, TodayPlan &today, qint64 index, qint64 total);
    [[nodiscard]] Status seedTicketsAndFeedback(DemoSummary &summary, qint64 guests);

    [[nodiscard]] int below(int bound) { return int(m_random.bounded(quint32(bound))); }
    [[nodiscard]] bool chance(double probability) { return m_random.generateDouble() < probability; }
    template<typename List>
    [[nodiscard]] const auto &pick(const List &list)
    {
        return list.at(below(int(list.size())));
    }
    [[nodiscard]] QString digits(const QString &pattern);
    // digits() of a phone pattern, made a valid number without drawing more.
    [[nodiscard]] QString phoneNumber(const QString &pattern);

    Database &m_db;
    QRandomGenerator m_random;
    ProgressCallback m_progress;
    const CancelFlag *m_cancel = nullptr;
    QString m_currency;
    QList<qint64> m_sampleGuests; // reservoir sample for the ticket and feedback seeding
    QList<qint64> m_sampleStays;
};

} // namespace innkeep
