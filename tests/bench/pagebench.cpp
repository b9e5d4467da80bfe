// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagebench.h"

#include "alerts/guestalerts.h"
#include "feedback/feedbackrepository.h"
#include "guests/guestdirectory.h"
#include "guests/guestservice.h"
#include "preferences/preferenceservice.h"
#include "search/guestsearch.h"
#include "stays/stayservice.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <QRandomGenerator>

namespace innkeep::bench {

namespace {

template<typename T>
Status check(const Result<T> &r)
{
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<QStringList> profileGuests(Database &db, quint32 seed, int count)
{
    QRandomGenerator random(seed ^ 0x9e3779b9u);
    QStringList uuids;
    Statement max(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM guests"));
    auto maxId = max.scalar();
    if (!maxId)
        return std::unexpected(maxId.error());
    if (maxId->toLongLong() <= 0)
        return uuids;
    QList<qint64> withHistory;
    {
        Statement s(
            db, QStringLiteral("SELECT guest_id FROM tickets WHERE guest_id IS NOT NULL "
                               "UNION SELECT guest_id FROM feedback WHERE guest_id IS NOT NULL LIMIT 50000"));
        if (auto ok = s.exec(); !ok)
            return std::unexpected(ok.error());
        while (s.next())
            withHistory.append(s.integer(0));
    }
    Statement byId(db, QStringLiteral("SELECT uuid FROM guests WHERE id >= ? ORDER BY id LIMIT 1"));
    for (int i = 0; i < count; ++i) {
        const qint64 id = (i % 2 && !withHistory.isEmpty())
                              ? withHistory.at(random.bounded(int(withHistory.size())))
                              : 1 + qint64(random.bounded(quint64(maxId->toLongLong())));
        if (auto ok = byId.bind(id).exec(); !ok)
            return std::unexpected(ok.error());
        if (byId.next())
            uuids.append(byId.text(0));
        byId.reset();
    }
    return uuids;
}

Status loadProfile(Database &db, const QString &uuid)
{
    GuestService guests(db);
    auto guest = guests.find(uuid);
    if (!guest)
        return std::unexpected(guest.error());
    if (auto ok = check(PreferenceService(db).forGuest(uuid)); !ok)
        return ok;
    StayService stays(db);
    if (auto ok = check(stays.forGuest(uuid)); !ok)
        return ok;
    if (auto ok = check(stays.rollup(uuid)); !ok)
        return ok;
    if (auto ok = check(GuestAlerts(db).forGuest(uuid)); !ok)
        return ok;
    if (auto ok = check(ChangeLog(db).forGuest(uuid)); !ok)
        return ok;
    if (auto ok = check(guests.notes(uuid)); !ok)
        return ok;
    if (auto ok = check(TicketRepository(db).forGuest(guest->id)); !ok)
        return ok;
    FeedbackQuery feedback;
    feedback.guestId = guest->id;
    return check(FeedbackRepository(db).list(feedback));
}

template<typename F>
Result<Timed> repeat(int reps, F &&f)
{
    Samples samples, cpu;
    for (int i = -std::max(1, reps / 10); i < reps; ++i) { // negative: warm-up
        Status status;
        qint64 cpuNs = 0;
        const qint64 ns = timeNs([&] { status = f(); }, &cpuNs);
        if (!status)
            return std::unexpected(status.error());
        if (i >= 0) {
            samples.add(ns);
            cpu.add(cpuNs);
        }
    }
    return Timed{samples.figure(), cpu.figure()};
}

} // namespace

Result<Timed> benchProfile(Database &db, quint32 seed, int distinctGuests, int rounds)
{
    auto uuids = profileGuests(db, seed, distinctGuests);
    if (!uuids)
        return std::unexpected(uuids.error());
    if (uuids->isEmpty())
        return Timed{};
    // Warm-up: every guest once.
    for (const QString &uuid : std::as_const(*uuids)) {
        if (auto ok = loadProfile(db, uuid); !ok)
            return std::unexpected(ok.error());
    }
    Samples samples, cpu;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &uuid : std::as_const(*uuids)) {
            Status status;
            qint64 cpuNs = 0;
            samples.add(timeNs([&] { status = loadProfile(db, uuid); }, &cpuNs));
            cpu.add(cpuNs);
            if (!status)
                return std::unexpected(status.error());
        }
    }
    return Timed{samples.figure(), cpu.figure()};
}

Result<Timed> benchQueue(Database &db, int reps)
{
    return repeat(reps, [&]() -> Status {
        TicketQuery query;
        query.limit = 50;
        return check(TicketRepository(db).queue(query, db.clock().nowMs()));
    });
}

Result<Timed> benchHandover(Database &db, int reps)
{
    return repeat(reps, [&]() -> Status {
        return check(TicketService(db).handover(db.clock().nowMs() - 8 * 3600 * 1000));
    });
}

Result<Timed> benchRollups(Database &db, int reps)
{
    return repeat(reps, [&]() -> Status {
        GuestDirectory directory(db);
        auto rows = directory.page(0, 50);
        if (!rows)
            return std::unexpected(rows.error());
        QList<qint64> ids;
        for (const GuestDirectoryRow &row : std::as_const(*rows))
            ids.append(row.id);
        return check(StayService(db).rollups(ids));
    });
}

Result<OpenFigures> benchOpen(const QString &path, const Clock &clock, int reps)
{
    Samples open, first;
    for (int i = -1; i < reps; ++i) {
        Result<std::unique_ptr<Database>> db;
        const qint64 openNs = timeNs([&] { db = Database::open(path, clock, Database::Mode::OpenExisting); });
        if (!db)
            return std::unexpected(db.error());
        Result<QList<SearchHit>> hits;
        const qint64 firstNs = timeNs([&] { hits = GuestSearch(**db).search(QStringLiteral("ma")); });
        if (!hits)
            return std::unexpected(hits.error());
        if (i >= 0) {
            open.add(openNs);
            first.add(firstNs);
        }
    }
    return OpenFigures{open.figure(), first.figure()};
}

} // namespace innkeep::bench
