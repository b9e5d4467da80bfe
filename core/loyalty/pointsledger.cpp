// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointsledger.h"

#include "common/fieldlimits.h"
#include "common/textfield.h"
#include "loyalty/earnrules.h"
#include "loyalty/pointslots.h"
#include "stays/staysthatcount.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "venue/venuesettings.h"

#include <QLocale>

namespace innkeep {

namespace {

const QString Table = QStringLiteral("loyalty_points");
const QString Select = QStringLiteral(
    "SELECT p.id, p.uuid, g.uuid, p.points, p.kind, p.reason, s.uuid, p.refers_to, p.staff, p.booked_on, "
    "p.expires_on, p.created_at, "
    "EXISTS (SELECT 1 FROM loyalty_points u WHERE u.kind = 'undo' AND u.refers_to = p.uuid) "
    "FROM loyalty_points p JOIN guests g ON g.id = p.guest_id LEFT JOIN stays s ON s.id = p.stay_id ");

PointsEntry readEntry(const Statement &row)
{
    PointsEntry entry;
    entry.id = row.integer(0);
    entry.uuid = row.text(1);
    entry.guestUuid = row.text(2);
    entry.points = row.integer(3);
    entry.kind = pointsKindFromToken(row.text(4)).value_or(PointsKind::Adjust);
    entry.reason = row.text(5);
    entry.stayUuid = row.text(6);
    entry.refersTo = row.text(7);
    entry.staff = row.text(8);
    entry.bookedOn = QDate::fromString(row.text(9), Qt::ISODate);
    entry.expiresOn = QDate::fromString(row.text(10), Qt::ISODate);
    entry.createdAt = row.integer(11);
    entry.undone = row.integer(12) != 0;
    return entry;
}

Error pointsError(Error::Code code, const QString &message)
{
    return Error{code, message, QStringLiteral("points"), {}, 0};
}

} // namespace

Result<PointsLedger::GuestRef> PointsLedger::guest(const QString &uuid, const QString &field)
{
    Statement select(m_db, QStringLiteral("SELECT id, uuid, archived_at FROM guests WHERE uuid = ?"));
    if (auto ok = select.bind(uuid.trimmed().toLower()).exec(); !ok)
        return std::unexpected(ok.error());
    if (!select.next())
        return fail(Error::Code::NotFound,
                    tr("There is no guest with the id %1.").arg(TextField::quoted(uuid)), field);
    if (!select.isNull(2))
        return fail(Error::Code::Conflict,
                    tr("The guest %1 is archived (merged into another profile or retired); their points are "
                       "kept on the profile they were merged into.")
                        .arg(TextField::quoted(uuid)),
                    field);
    return GuestRef{select.integer(0), select.text(1)};
}

Result<QList<PointsEntry>> PointsLedger::entriesWhere(const QString &condition, const QVariantList &values)
{
    Statement select(m_db, Select + condition);
    for (const QVariant &value : values)
        select.bindValue(value);
    if (auto ok = select.exec(); !ok)
        return std::unexpected(ok.error());
    QList<PointsEntry> entries;
    while (select.next())
        entries.append(readEntry(select));
    if (auto ok = select.walked(); !ok)
        return std::unexpected(ok.error());
    return entries;
}

Result<qint64> PointsLedger::balanceOf(qint64 guestId)
{
    Statement sum(m_db,
                  QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM loyalty_points WHERE guest_id = ?"));
    auto total = sum.bind(guestId).scalar();
    if (!total)
        return std::unexpected(total.error());
    return total->toLongLong();
}

Result<qint64> PointsLedger::balance(const QString &guestUuid)
{
    auto ref = guest(guestUuid);
    if (!ref)
        return std::unexpected(ref.error());
    return balanceOf(ref->id);
}

Result<QList<PointsEntry>> PointsLedger::entries(const QString &guestUuid)
{
    auto ref = guest(guestUuid);
    if (!ref)
        return std::unexpected(ref.error());
    return entriesWhere(QStringLiteral("WHERE p.guest_id = ? ORDER BY p.booked_on DESC, p.id DESC"),
                        {ref->id});
}

Result<PointsEntry> PointsLedger::find(const QString &entryUuid)
{
    auto found = entriesWhere(QStringLiteral("WHERE p.uuid = ?"), {entryUuid.trimmed().toLower()});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(Error::Code::NotFound,
                    tr("There is no points entry with the id %1.").arg(TextField::quoted(entryUuid)),
                    QStringLiteral("entry"));
    return found->constFirst();
}

Status PointsLedger::checkedReason(const QString &reason)
{
    auto tidy = TextField::line(QStringLiteral("reason"), reason, FieldLimit::Name);
    if (!tidy)
        return std::unexpected(tidy.error());
    if (tidy->isEmpty())
        return fail(Error::Code::InvalidInput, tr("Give a reason, e.g. \"Welcome drink\" or \"Goodwill\"."),
                    QStringLiteral("reason"));
    return {};
}

Result<PointsEntry> PointsLedger::write(const GuestRef &guest, PointsEntry entry, qint64 stayId)
{
    entry.uuid = m_db.newUuid();
    entry.guestUuid = guest.uuid;
    entry.createdAt = m_db.clock().nowMs();
    QVariantMap row{{QStringLiteral("uuid"), entry.uuid},
                    {QStringLiteral("guest_id"), guest.id},
                    {QStringLiteral("points"), entry.points},
                    {QStringLiteral("kind"), toToken(entry.kind)},
                    {QStringLiteral("reason"), entry.reason},
                    {QStringLiteral("stay_id"), stayId > 0 ? QVariant(stayId) : QVariant()},
                    {QStringLiteral("refers_to"), entry.refersTo},
                    {QStringLiteral("staff"), entry.staff},
                    {QStringLiteral("booked_on"), entry.bookedOn.toString(Qt::ISODate)},
                    {QStringLiteral("expires_on"), entry.expiresOn.isValid()
                                                       ? QVariant(entry.expiresOn.toString(Qt::ISODate))
                                                       : QVariant()},
                    {QStringLiteral("created_at"), entry.createdAt}};
    auto id = insertRow(m_db, Table, row);
    if (!id)
        return std::unexpected(id.error());
    entry.id = *id;
    row.remove(QStringLiteral("guest_id"));
    row.remove(QStringLiteral("stay_id"));
    if (!entry.stayUuid.isEmpty())
        row.insert(QStringLiteral("stay_uuid"), entry.stayUuid);
    if (auto ok = ChangeLog(m_db).recordInsert(Table, entry.uuid, row, guest.uuid); !ok)
        return std::unexpected(ok.error());
    announceAfterCommit(m_db, Kind::Added, entry.uuid, guest.uuid);
    return entry;
}

Result<PointsEntry> PointsLedger::staffEntry(const QString &guestUuid, PointsEntry entry,
                                             const std::function<QString(qint64 held)> &refusal)
{
    auto ref = guest(guestUuid);
    if (!ref)
        return std::unexpected(ref.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    // Expiries due first, so the balance checked never counts expired points.
    if (auto ok = expireFor({ref->id}); !ok)
        return std::unexpected(ok.error());
    auto held = balanceOf(ref->id);
    if (!held)
        return std::unexpected(held.error());
    if (*held + entry.points < 0)
        return std::unexpected(pointsError(Error::Code::Conflict, refusal(*held)));
    entry.staff = m_db.staff();
    entry.bookedOn = m_db.clock().today();
    auto written = write(*ref, entry, 0);
    if (!written)
        return written;
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return written;
}

Result<PointsEntry> PointsLedger::adjust(const QString &guestUuid, qint64 points, const QString &reason)
{
    if (points == 0 || points > MaxPoints || points < -MaxPoints)
        return std::unexpected(
            pointsError(Error::Code::InvalidInput,
                        tr("Give the points to add (e.g. 500) or to take off (e.g. -200); not 0, at most %1.")
                            .arg(QLocale().toString(MaxPoints))));
    if (auto ok = checkedReason(reason); !ok)
        return std::unexpected(ok.error());
    PointsEntry entry;
    entry.points = points;
    entry.kind = PointsKind::Adjust;
    entry.reason = reason.simplified();
    if (points > 0)
        entry.expiresOn = EarnRules::of(VenueSettings(m_db)).expiryOf(m_db.clock().today());
    return staffEntry(guestUuid, entry, [points](qint64 held) {
        return tr("The guest has %1 points; taking off %2 would leave less than none.")
            .arg(QLocale().toString(held), QLocale().toString(-points));
    });
}

Result<PointsEntry> PointsLedger::redeem(const QString &guestUuid, qint64 points, const QString &reason)
{
    if (points <= 0 || points > MaxPoints)
        return std::unexpected(pointsError(Error::Code::InvalidInput,
                                           tr("Give the points to redeem as a whole number above 0.")));
    if (auto ok = checkedReason(reason); !ok)
        return std::unexpected(ok.error());
    PointsEntry entry;
    entry.points = -points;
    entry.kind = PointsKind::Redeem;
    entry.reason = reason.simplified();
    return staffEntry(guestUuid, entry, [points](qint64 held) {
        return tr("The guest has %1 points; %2 cannot be redeemed.")
            .arg(QLocale().toString(held), QLocale().toString(points));
    });
}

Result<PointsEntry> PointsLedger::undo(const QString &entryUuid, const QString &reason)
{
    if (auto ok = checkedReason(reason); !ok)
        return std::unexpected(ok.error());
    auto original = find(entryUuid);
    if (!original)
        return original;
    if (!original->canBeUndone())
        return fail(Error::Code::Conflict,
                    original->undone
                        ? tr("This entry has been undone already.")
                        : tr("An expiry or an undo cannot be undone; adjust the points instead."),
                    QStringLiteral("entry"));
    PointsEntry entry;
    entry.points = -original->points;
    entry.kind = PointsKind::Undo;
    entry.reason = reason.simplified();
    entry.refersTo = original->uuid;
    // Points given back (an undone redemption) count as if credited on the day they were spent.
    if (entry.points > 0)
        entry.expiresOn = EarnRules::of(VenueSettings(m_db)).expiryOf(original->bookedOn);
    const qint64 taken = original->points;
    return staffEntry(original->guestUuid, entry, [taken](qint64 held) {
        return tr("The guest has %1 points left; taking back the %2 of this entry would leave less than "
                  "none.")
            .arg(QLocale().toString(held), QLocale().toString(taken));
    });
}

Result<PointsEntry> PointsLedger::creditReferral(const QString &referrerUuid, const QString &referredUuid)
{
    const EarnRules rules = EarnRules::of(VenueSettings(m_db));
    if (rules.referralBonus <= 0)
        return fail(Error::Code::Conflict,
                    tr("The venue gives no referral bonus; set %1 first.").arg(EarnRules::ReferralBonusKey),
                    QStringLiteral("referral"));
    auto referrer = guest(referrerUuid);
    if (!referrer)
        return std::unexpected(referrer.error());
    auto referred = guest(referredUuid, QStringLiteral("referred"));
    if (!referred)
        return std::unexpected(referred.error());
    if (referrer->id == referred->id)
        return fail(Error::Code::InvalidInput, tr("A guest cannot refer themselves."),
                    QStringLiteral("referred"));
    Statement credited(
        m_db, QStringLiteral("SELECT g.uuid FROM loyalty_points p JOIN guests g ON g.id = p.guest_id "
                             "WHERE p.kind = 'referral' AND p.refers_to = ?"));
    auto already = credited.bind(referred->uuid).scalar();
    if (!already)
        return std::unexpected(already.error());
    if (already->isValid())
        return fail(
            Error::Code::Conflict,
            tr("The referral of this guest has been credited already (to %1).").arg(already->toString()),
            QStringLiteral("referred"));
    Statement stayed(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM stays s WHERE s.guest_id = ? AND ")
                               + StaysThatCount::condition(QStringLiteral("s")) + QStringLiteral(")"));
    const QDate today = m_db.clock().today();
    auto hadStay = stayed.bind(referred->id, today.toString(Qt::ISODate)).scalar();
    if (!hadStay)
        return std::unexpected(hadStay.error());
    if (hadStay->toInt() == 0)
        return fail(
            Error::Code::Conflict,
            tr("The referred guest has not stayed yet; the bonus is credited after their first stay."),
            QStringLiteral("referred"));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    PointsEntry entry;
    entry.points = rules.referralBonus;
    entry.kind = PointsKind::Referral;
    entry.reason = tr("Referral");
    entry.refersTo = referred->uuid;
    entry.staff = m_db.staff();
    entry.bookedOn = today;
    entry.expiresOn = rules.expiryOf(today);
    auto written = write(*referrer, entry, 0);
    if (!written)
        return written;
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return written;
}

Result<int> PointsLedger::earnForStays()
{
    const EarnRules rules = EarnRules::of(VenueSettings(m_db));
    const QDate today = m_db.clock().today();
    struct Earned
    {
        GuestRef guest;
        qint64 stayId = 0;
        QString stayUuid;
        QDate departure;
        qint64 points = 0;
        bool birthday = false;
    };
    QList<Earned> due;
    const bool earns =
        rules.perNight > 0 || rules.perCurrencyUnit > 0 || rules.perStay > 0 || rules.birthdayBonus > 0;
    if (earns) {
        // Checked-out stays of current guests without their entry (the unique index keeps it one each).
        Statement stays(
            m_db,
            QStringLiteral(
                "SELECT g.id, g.uuid, s.id, s.uuid, s.arrival, s.departure, s.revenue_minor, s.currency, "
                "g.birthday, "
                "EXISTS (SELECT 1 FROM loyalty_points p WHERE p.stay_id = s.id AND p.kind = 'stay'), "
                "EXISTS (SELECT 1 FROM loyalty_points p WHERE p.stay_id = s.id AND p.kind = 'birthday') "
                "FROM stays s JOIN guests g ON g.id = s.guest_id "
                "WHERE s.status = 'checked-out' AND g.archived_at IS NULL AND s.departure >= ? "
                "AND s.departure <= ? ORDER BY s.departure, s.id"));
        const QString from =
            rules.earnFrom.isValid() ? rules.earnFrom.toString(Qt::ISODate) : QStringLiteral("0000");
        if (auto ok = stays.bind(from, today.toString(Qt::ISODate)).exec(); !ok)
            return std::unexpected(ok.error());
        while (stays.next()) {
            const QDate arrival = QDate::fromString(stays.text(4), Qt::ISODate);
            const QDate departure = QDate::fromString(stays.text(5), Qt::ISODate);
            const GuestRef ref{stays.integer(0), stays.text(1)};
            // Points that would have expired already are not credited (a programme started late).
            const QDate expiry = rules.expiryOf(departure);
            if (expiry.isValid() && expiry <= today)
                continue;
            if (stays.integer(9) == 0) {
                const qint64 points =
                    rules.forStay(arrival.daysTo(departure), stays.integer(6), stays.text(7));
                if (points > 0)
                    due.append({ref, stays.integer(2), stays.text(3), departure, points, false});
            }
            if (stays.integer(10) == 0 && rules.birthdayBonus > 0
                && EarnRules::coversBirthday(arrival, departure,
                                             QDate::fromString(stays.text(8), Qt::ISODate)))
                due.append({ref, stays.integer(2), stays.text(3), departure, rules.birthdayBonus, true});
        }
        if (auto ok = stays.walked(); !ok)
            return std::unexpected(ok.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    for (const Earned &earned : std::as_const(due)) {
        PointsEntry entry;
        entry.points = earned.points;
        entry.kind = earned.birthday ? PointsKind::Birthday : PointsKind::Stay;
        entry.reason = earned.birthday ? tr("Stay over the guest's birthday") : tr("Stay");
        entry.stayUuid = earned.stayUuid;
        entry.bookedOn = earned.departure;
        entry.expiresOn = rules.expiryOf(earned.departure);
        if (auto ok = write(earned.guest, entry, earned.stayId); !ok)
            return std::unexpected(ok.error());
    }
    auto expired = expireFor({});
    if (!expired)
        return std::unexpected(expired.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return int(due.size()) + *expired;
}

Result<int> PointsLedger::expireDue(const QString &guestUuid)
{
    QList<qint64> ids;
    if (!guestUuid.isEmpty()) {
        auto ref = guest(guestUuid);
        if (!ref)
            return std::unexpected(ref.error());
        ids.append(ref->id);
    }
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto written = expireFor(ids);
    if (!written)
        return written;
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return written;
}

Result<int> PointsLedger::expireFor(const QList<qint64> &guestIds)
{
    const QString today = m_db.clock().today().toString(Qt::ISODate);
    QList<qint64> ids = guestIds;
    if (ids.isEmpty()) {
        // Guests with a credit past its expiry day that no expire entry answers yet.
        Statement lapsed(
            m_db, QStringLiteral("SELECT DISTINCT p.guest_id FROM loyalty_points p WHERE p.expires_on <= ? "
                                 "AND NOT EXISTS (SELECT 1 FROM loyalty_points e WHERE e.kind = 'expire' "
                                 "AND e.refers_to = p.uuid)"));
        if (auto ok = lapsed.bind(today).exec(); !ok)
            return std::unexpected(ok.error());
        while (lapsed.next())
            ids.append(lapsed.integer(0));
        if (auto ok = lapsed.walked(); !ok)
            return std::unexpected(ok.error());
    }
    int written = 0;
    for (const qint64 id : std::as_const(ids)) {
        auto ledger = entriesWhere(QStringLiteral("WHERE p.guest_id = ?"), {id});
        if (!ledger)
            return std::unexpected(ledger.error());
        const QList<PointsExpiry> due = PointsLots::due(*ledger, m_db.clock().today());
        if (due.isEmpty())
            continue;
        const GuestRef ref{id, ledger->constFirst().guestUuid};
        for (const PointsExpiry &expiry : due) {
            PointsEntry entry;
            entry.points = -expiry.points;
            entry.kind = PointsKind::Expire;
            entry.reason = tr("Expired");
            entry.refersTo = expiry.lotUuid;
            entry.bookedOn = expiry.on;
            if (auto ok = write(ref, entry, 0); !ok)
                return std::unexpected(ok.error());
            ++written;
        }
    }
    return written;
}

} // namespace innkeep
