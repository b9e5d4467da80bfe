// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestalerts.h"

#include "guests/guestrepository.h"
#include "preferences/preferenceservice.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "tickets/ticketrepository.h"

#include <QLocale>

namespace innkeep {

namespace {

// The date in [from, to] on which a yearly occasion falls, if any (29 February counts on 28 February).
std::optional<QDate> occasionWithin(const QDate &occasion, const QDate &from, const QDate &to)
{
    if (!occasion.isValid())
        return std::nullopt;
    for (int year = from.year(); year <= to.year(); ++year) {
        QDate day(year, occasion.month(), occasion.day());
        if (!day.isValid())
            day = QDate(year, occasion.month(), 28);
        if (day >= from && day <= to)
            return day;
    }
    return std::nullopt;
}

} // namespace

Result<QList<GuestAlert>> GuestAlerts::forGuest(const QString &guestUuid)
{
    auto found = GuestRepository(m_db).findByUuid(guestUuid);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(Error::Code::NotFound, tr("There is no guest with the id %1.").arg(guestUuid),
                    QStringLiteral("guest"));
    const Guest &guest = **found;
    QList<GuestAlert> alerts;

    if (guest.blocked) {
        alerts.append({GuestAlert::Kind::Blocked, GuestAlert::Level::Critical,
                       tr("Blocked: %1").arg(guest.blockedReason), guest.uuid});
    }

    auto preferences = PreferenceService(m_db).forGuest(guestUuid);
    if (!preferences)
        return std::unexpected(preferences.error());
    for (const Preference &p : std::as_const(*preferences)) {
        if (!p.critical)
            continue;
        const QString text = p.detail.isEmpty() ? p.value : tr("%1 (%2)").arg(p.value, p.detail);
        alerts.append({GuestAlert::Kind::CriticalPreference, GuestAlert::Level::Critical,
                       tr("%1: %2").arg(displayText(p.category), text), p.uuid});
    }

    TicketRepository tickets(m_db);
    auto open = tickets.openTicketsForGuest(guest.id);
    if (!open)
        return std::unexpected(open.error());
    QStringList seen;
    for (const ComplaintTicket &t : std::as_const(*open)) {
        seen.append(t.uuid);
        const QString text =
            tr("Open complaint (%1, %2): %3")
                .arg(ticketSeverityLabel(t.severity), ticketStatusLabel(t.status), t.description.left(80));
        alerts.append(
            {GuestAlert::Kind::OpenComplaint,
             t.severity >= TicketSeverity::High ? GuestAlert::Level::Critical : GuestAlert::Level::Warning,
             text, t.uuid});
    }
    auto previous = tickets.lastStayUnresolved(guest.id, m_db.clock().today());
    if (!previous)
        return std::unexpected(previous.error());
    for (const ComplaintTicket &t : std::as_const(*previous)) {
        if (seen.contains(t.uuid) && t.outcome != TicketOutcome::Lost)
            continue;
        alerts.append({GuestAlert::Kind::UnresolvedLastStay, GuestAlert::Level::Warning,
                       tr("Last stay's complaint was not put right: %1").arg(t.description.left(80)),
                       t.uuid});
    }

    // The current or next stay decides whether an occasion falls during a stay.
    const QString today = m_db.clock().today().toString(Qt::ISODate);
    Statement next(
        m_db,
        QStringLiteral("SELECT uuid, arrival, departure FROM stays WHERE guest_id = ? AND departure >= ? "
                       "AND status NOT IN ('cancelled', 'no-show', 'checked-out') "
                       "ORDER BY arrival LIMIT 1"));
    if (auto ok = next.bind(guest.id, today).exec(); !ok)
        return std::unexpected(ok.error());
    if (next.next()) {
        const QString stayUuid = next.text(0);
        const QDate arrival = QDate::fromString(next.text(1), Qt::ISODate);
        const QDate departure = QDate::fromString(next.text(2), Qt::ISODate);
        const QLocale locale;
        if (auto day = occasionWithin(guest.birthday, arrival, departure)) {
            alerts.append({GuestAlert::Kind::BirthdayDuringStay, GuestAlert::Level::Info,
                           tr("Birthday during the stay: %1").arg(locale.toString(*day, QLocale::LongFormat)),
                           stayUuid});
        }
        if (auto day = occasionWithin(guest.anniversary, arrival, departure)) {
            alerts.append(
                {GuestAlert::Kind::AnniversaryDuringStay, GuestAlert::Level::Info,
                 tr("Anniversary during the stay: %1").arg(locale.toString(*day, QLocale::LongFormat)),
                 stayUuid});
        }
    }
    return alerts;
}

} // namespace innkeep
