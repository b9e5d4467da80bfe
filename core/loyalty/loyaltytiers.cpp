// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loyaltytiers.h"

#include "common/fieldlimits.h"
#include "common/money.h"
#include "common/textfield.h"
#include "stays/staysthatcount.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "venue/venuesettings.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>

namespace innkeep {

namespace {

const QString Table = QStringLiteral("loyalty_tiers");
const QString Columns =
    QStringLiteral("id, uuid, name, position, basis, threshold, window_months, created_at, updated_at");

LoyaltyTier readTier(const Statement &row)
{
    LoyaltyTier tier;
    tier.id = row.integer(0);
    tier.uuid = row.text(1);
    tier.name = row.text(2);
    tier.position = int(row.integer(3));
    tier.basis = tierBasisFromToken(row.text(4)).value_or(TierBasis::Nights);
    tier.threshold = row.integer(5);
    tier.windowMonths = int(row.integer(6));
    tier.createdAt = row.integer(7);
    tier.updatedAt = row.integer(8);
    return tier;
}

QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

} // namespace

Result<QString> LoyaltyTiers::checkedName(const QString &name, const QString &exceptUuid)
{
    auto tidy = TextField::line(QStringLiteral("name"), name, FieldLimit::StaffName);
    if (!tidy)
        return std::unexpected(tidy.error());
    if (tidy->isEmpty())
        return fail(Error::Code::InvalidInput, tr("Enter the tier's name, e.g. Silver."),
                    QStringLiteral("name"));
    Statement clash(m_db, QStringLiteral("SELECT uuid FROM loyalty_tiers WHERE name_key = ?"));
    auto existing = clash.bind(nameKey(*tidy)).scalar();
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isValid() && existing->toString() != exceptUuid)
        return fail(Error::Code::Conflict, tr("There is already a tier called %1.").arg(*tidy),
                    QStringLiteral("name"));
    return *tidy;
}

Status LoyaltyTiers::checkedRule(const LoyaltyTier &tier) const
{
    if (tier.threshold < 0 || tier.threshold > 1'000'000'000'000LL)
        return fail(Error::Code::InvalidInput, tr("The threshold is a number of 0 or more."),
                    QStringLiteral("threshold"));
    if (tier.windowMonths < 0 || tier.windowMonths > 120)
        return fail(Error::Code::InvalidInput, tr("The window is 0 (every stay) to 120 months."),
                    QStringLiteral("window"));
    return {};
}

Result<LoyaltyTier> LoyaltyTiers::add(LoyaltyTier draft)
{
    auto name = checkedName(draft.name, {});
    if (!name)
        return std::unexpected(name.error());
    if (auto ok = checkedRule(draft); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (draft.position <= 0) {
        Statement top(m_db, QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM loyalty_tiers"));
        auto next = top.scalar();
        if (!next)
            return std::unexpected(next.error());
        draft.position = next->toInt();
    }
    draft.name = *name;
    draft.uuid = m_db.newUuid();
    draft.createdAt = draft.updatedAt = m_db.clock().nowMs();
    const QVariantMap row{{QStringLiteral("uuid"), draft.uuid},
                          {QStringLiteral("name"), draft.name},
                          {QStringLiteral("name_key"), nameKey(draft.name)},
                          {QStringLiteral("position"), draft.position},
                          {QStringLiteral("basis"), toToken(draft.basis)},
                          {QStringLiteral("threshold"), draft.threshold},
                          {QStringLiteral("window_months"), draft.windowMonths},
                          {QStringLiteral("created_at"), draft.createdAt},
                          {QStringLiteral("updated_at"), draft.updatedAt}};
    auto id = insertRow(m_db, Table, row);
    if (!id)
        return std::unexpected(id.error());
    draft.id = *id;
    if (auto ok = ChangeLog(m_db).recordInsert(Table, draft.uuid, row); !ok)
        return std::unexpected(ok.error());
    announceAfterCommit(m_db, Kind::Added, draft.uuid, {});
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return draft;
}

Result<LoyaltyTier> LoyaltyTiers::update(LoyaltyTier edited)
{
    auto before = find(edited.uuid);
    if (!before)
        return before;
    auto name = checkedName(edited.name, edited.uuid);
    if (!name)
        return std::unexpected(name.error());
    if (auto ok = checkedRule(edited); !ok)
        return std::unexpected(ok.error());
    if (edited.position <= 0)
        edited.position = before->position;
    QList<FieldChange> changes;
    if (*name != before->name) {
        changes.append({QStringLiteral("name"), before->name, *name});
        changes.append({QStringLiteral("name_key"), nameKey(before->name), nameKey(*name)});
    }
    if (edited.position != before->position)
        changes.append({QStringLiteral("position"), before->position, edited.position});
    if (edited.basis != before->basis)
        changes.append({QStringLiteral("basis"), toToken(before->basis), toToken(edited.basis)});
    if (edited.threshold != before->threshold)
        changes.append({QStringLiteral("threshold"), before->threshold, edited.threshold});
    if (edited.windowMonths != before->windowMonths)
        changes.append({QStringLiteral("window_months"), before->windowMonths, edited.windowMonths});
    if (changes.isEmpty())
        return before;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    const qint64 now = m_db.clock().nowMs();
    changes.append({QStringLiteral("updated_at"), before->updatedAt, now});
    if (auto ok = updateRow(m_db, Table, before->id, changes); !ok)
        return std::unexpected(ok.error());
    if (auto ok = ChangeLog(m_db).recordUpdates(Table, before->uuid, changes); !ok)
        return std::unexpected(ok.error());
    announceAfterCommit(m_db, Kind::Changed, before->uuid, {});
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return find(before->uuid);
}

Status LoyaltyTiers::remove(const QString &uuid)
{
    auto before = find(uuid);
    if (!before)
        return std::unexpected(before.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = deleteRow(m_db, Table, before->id); !ok)
        return ok;
    const QVariantMap row{{QStringLiteral("uuid"), before->uuid}, {QStringLiteral("name"), before->name}};
    if (auto ok = ChangeLog(m_db).recordDelete(Table, before->uuid, row); !ok)
        return ok;
    announceAfterCommit(m_db, Kind::Removed, before->uuid, {});
    return tx->commit();
}

Result<LoyaltyTier> LoyaltyTiers::find(const QString &uuid)
{
    Statement select(m_db, QStringLiteral("SELECT ") + Columns
                               + QStringLiteral(" FROM loyalty_tiers WHERE uuid = ?"));
    if (auto ok = select.bind(uuid).exec(); !ok)
        return std::unexpected(ok.error());
    if (!select.next())
        return fail(Error::Code::NotFound,
                    tr("There is no tier with the id %1.").arg(TextField::quoted(uuid)),
                    QStringLiteral("tier"));
    return readTier(select);
}

Result<LoyaltyTier> LoyaltyTiers::byName(const QString &name)
{
    Statement select(m_db, QStringLiteral("SELECT ") + Columns
                               + QStringLiteral(" FROM loyalty_tiers WHERE name_key = ?"));
    if (auto ok = select.bind(nameKey(name)).exec(); !ok)
        return std::unexpected(ok.error());
    if (!select.next())
        return fail(Error::Code::NotFound, tr("There is no tier called %1.").arg(TextField::quoted(name)),
                    QStringLiteral("tier"));
    return readTier(select);
}

Result<QList<LoyaltyTier>> LoyaltyTiers::tiers()
{
    Statement select(m_db, QStringLiteral("SELECT ") + Columns
                               + QStringLiteral(" FROM loyalty_tiers ORDER BY position, id"));
    if (auto ok = select.exec(); !ok)
        return std::unexpected(ok.error());
    QList<LoyaltyTier> list;
    while (select.next())
        list.append(readTier(select));
    if (auto ok = select.walked(); !ok)
        return std::unexpected(ok.error());
    return list;
}

Result<QHash<qint64, TierFigures>> LoyaltyTiers::figures(int months, qint64 guestId)
{
    const QDate today = m_db.clock().today();
    const QString from = months > 0 ? today.addMonths(-months).toString(Qt::ISODate) : QStringLiteral("0000");
    Statement select(
        m_db, QStringLiteral("SELECT s.guest_id, COUNT(*), SUM(")
                  + StaysThatCount::nights(QStringLiteral("s"))
                  + QStringLiteral("), SUM(CASE WHEN s.currency = ? THEN s.revenue_minor ELSE 0 END) "
                                   "FROM stays s WHERE ")
                  + StaysThatCount::condition(QStringLiteral("s")) + QStringLiteral(" AND s.arrival >= ?")
                  + (guestId > 0 ? QStringLiteral(" AND s.guest_id = ?") : QString())
                  + QStringLiteral(" GROUP BY s.guest_id"));
    select.bind(VenueSettings(m_db).currency(), today.toString(Qt::ISODate), from);
    if (guestId > 0)
        select.bind(guestId);
    if (auto ok = select.exec(); !ok)
        return std::unexpected(ok.error());
    QHash<qint64, TierFigures> byGuest;
    while (select.next())
        byGuest.insert(select.integer(0), {select.integer(1), select.integer(2), select.integer(3)});
    if (auto ok = select.walked(); !ok)
        return std::unexpected(ok.error());
    return byGuest;
}

TierStanding LoyaltyTiers::decide(const QList<LoyaltyTier> &tiers,
                                  const QHash<int, QHash<qint64, TierFigures>> &byWindow,
                                  qint64 guestId) const
{
    TierStanding standing;
    const QLocale locale;
    const QString currency = VenueSettings(m_db).currency();
    auto figureText = [&](const LoyaltyTier &tier, qint64 value) {
        const QString amount = tier.basis == TierBasis::Spend
                                   ? Money(value, currency).toString(locale, currency + QLatin1Char(' '))
                                   : locale.toString(value);
        const QString what = tier.basis == TierBasis::Nights  ? tr("%1 nights").arg(amount)
                             : tier.basis == TierBasis::Stays ? tr("%1 stays").arg(amount)
                                                              : tr("%1 spent").arg(amount);
        return tier.windowMonths > 0
                   ? tr("%1 in the last %2 months").arg(what, locale.toString(tier.windowMonths))
                   : tr("%1 in all").arg(what);
    };
    for (const LoyaltyTier &tier : tiers)
        standing.figures.append({tier, byWindow.value(tier.windowMonths).value(guestId)});
    auto amountOf = [&](const LoyaltyTier &tier, qint64 value) {
        return tier.basis == TierBasis::Spend
                   ? Money(value, currency).toString(locale, currency + QLatin1Char(' '))
                   : locale.toString(value);
    };
    // The next tier: the lowest one above the tier reached that is not reached.
    auto noteNext = [&](int abovePosition) {
        for (const auto &[tier, figures] : std::as_const(standing.figures)) {
            if (tier.position <= abovePosition || figures.of(tier.basis) >= tier.threshold)
                continue;
            const QString of =
                tr("%1 of %2").arg(amountOf(tier, figures.of(tier.basis)), amountOf(tier, tier.threshold));
            const QString what = tier.basis == TierBasis::Nights  ? tr("%1 nights").arg(of)
                                 : tier.basis == TierBasis::Stays ? tr("%1 stays").arg(of)
                                                                  : tr("%1 spent").arg(of);
            standing.next = tier.name;
            standing.toNext =
                tier.windowMonths > 0
                    ? tr("%1 in the last %2 months").arg(what, locale.toString(tier.windowMonths))
                    : tr("%1 in all").arg(what);
            return;
        }
    };
    for (auto it = standing.figures.crbegin(); it != standing.figures.crend(); ++it) {
        const auto &[tier, figures] = *it;
        const qint64 value = figures.of(tier.basis);
        if (value >= tier.threshold) {
            standing.tier = tier.name;
            const QString needed =
                tier.basis == TierBasis::Spend
                    ? Money(tier.threshold, currency).toString(locale, currency + QLatin1Char(' '))
                    : locale.toString(tier.threshold);
            standing.reason = tr("%1 (%2 needs %3)").arg(figureText(tier, value), tier.name, needed);
            noteNext(tier.position);
            return standing;
        }
    }
    if (!tiers.isEmpty()) {
        const LoyaltyTier &lowest = tiers.constFirst();
        standing.reason = tr("%1, under every tier")
                              .arg(figureText(lowest, standing.figures.constFirst().second.of(lowest.basis)));
        noteNext(std::numeric_limits<int>::min());
    }
    return standing;
}

Result<TierStanding> LoyaltyTiers::standing(const QString &guestUuid)
{
    Statement select(m_db, QStringLiteral("SELECT id FROM guests WHERE uuid = ?"));
    auto id = select.bind(guestUuid.trimmed().toLower()).scalar();
    if (!id)
        return std::unexpected(id.error());
    if (!id->isValid())
        return fail(Error::Code::NotFound,
                    tr("There is no guest with the id %1.").arg(TextField::quoted(guestUuid)),
                    QStringLiteral("guest"));
    auto list = tiers();
    if (!list)
        return std::unexpected(list.error());
    QHash<int, QHash<qint64, TierFigures>> byWindow;
    for (const LoyaltyTier &tier : std::as_const(*list)) {
        if (byWindow.contains(tier.windowMonths))
            continue;
        auto found = figures(tier.windowMonths, id->toLongLong());
        if (!found)
            return std::unexpected(found.error());
        byWindow.insert(tier.windowMonths, *found);
    }
    return decide(*list, byWindow, id->toLongLong());
}

Result<QString> LoyaltyTiers::current(const QString &guestUuid)
{
    Statement select(
        m_db, QStringLiteral("SELECT c.tier FROM loyalty_tier_changes c JOIN guests g ON g.id = c.guest_id "
                             "WHERE g.uuid = ? ORDER BY c.id DESC LIMIT 1"));
    auto tier = select.bind(guestUuid.trimmed().toLower()).scalar();
    if (!tier)
        return std::unexpected(tier.error());
    return tier->toString();
}

Result<QList<TierChange>> LoyaltyTiers::history(const QString &guestUuid)
{
    Statement select(
        m_db, QStringLiteral("SELECT c.id, c.uuid, g.uuid, c.tier, c.previous, c.changed_on, c.reason, "
                             "c.created_at FROM loyalty_tier_changes c JOIN guests g ON g.id = c.guest_id "
                             "WHERE g.uuid = ? ORDER BY c.id DESC"));
    if (auto ok = select.bind(guestUuid.trimmed().toLower()).exec(); !ok)
        return std::unexpected(ok.error());
    QList<TierChange> changes;
    while (select.next())
        changes.append({select.integer(0), select.text(1), select.text(2), select.text(3), select.text(4),
                        QDate::fromString(select.text(5), Qt::ISODate), select.text(6), select.integer(7)});
    if (auto ok = select.walked(); !ok)
        return std::unexpected(ok.error());
    return changes;
}

Result<QHash<qint64, QString>> LoyaltyTiers::currentOf(const QList<qint64> &guestIds)
{
    QHash<qint64, QString> tiers;
    Statement select(m_db, QStringLiteral("SELECT tier FROM loyalty_tier_changes WHERE guest_id = ? "
                                          "ORDER BY id DESC LIMIT 1"));
    for (const qint64 id : guestIds) {
        select.reset();
        auto tier = select.bind(id).scalar();
        if (!tier)
            return std::unexpected(tier.error());
        if (!tier->toString().isEmpty())
            tiers.insert(id, tier->toString());
    }
    return tiers;
}

Result<int> LoyaltyTiers::recordChanges()
{
    auto list = tiers();
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty()) {
        // No programme: nothing to record unless guests still hold a tier (the last one was removed).
        Statement held(m_db,
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM loyalty_tier_changes WHERE tier <> '')"));
        auto any = held.scalar();
        if (!any)
            return std::unexpected(any.error());
        if (any->toInt() == 0)
            return 0;
    }
    QHash<int, QHash<qint64, TierFigures>> byWindow;
    for (const LoyaltyTier &tier : std::as_const(*list)) {
        if (byWindow.contains(tier.windowMonths))
            continue;
        auto found = figures(tier.windowMonths, 0);
        if (!found)
            return std::unexpected(found.error());
        byWindow.insert(tier.windowMonths, *found);
    }
    // Every current guest with their last recorded tier (NULL: none recorded yet).
    Statement guests(m_db, QStringLiteral("SELECT g.id, g.uuid, (SELECT c.tier FROM loyalty_tier_changes c "
                                          "WHERE c.guest_id = g.id ORDER BY c.id DESC LIMIT 1) "
                                          "FROM guests g WHERE g.archived_at IS NULL ORDER BY g.id"));
    if (auto ok = guests.exec(); !ok)
        return std::unexpected(ok.error());
    struct Due
    {
        qint64 id;
        QString uuid;
        QString previous;
        TierStanding standing;
    };
    QList<Due> due;
    while (guests.next()) {
        const QString previous = guests.text(2);
        TierStanding standing = decide(*list, byWindow, guests.integer(0));
        if (standing.tier != previous)
            due.append({guests.integer(0), guests.text(1), previous, std::move(standing)});
    }
    if (auto ok = guests.walked(); !ok)
        return std::unexpected(ok.error());
    if (due.isEmpty())
        return 0;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    const QString today = m_db.clock().today().toString(Qt::ISODate);
    const qint64 now = m_db.clock().nowMs();
    ChangeLog log(m_db);
    for (const Due &change : std::as_const(due)) {
        const QString uuid = m_db.newUuid();
        QVariantMap row{{QStringLiteral("uuid"), uuid},
                        {QStringLiteral("guest_id"), change.id},
                        {QStringLiteral("tier"), change.standing.tier},
                        {QStringLiteral("previous"), change.previous},
                        {QStringLiteral("changed_on"), today},
                        {QStringLiteral("reason"), change.standing.reason},
                        {QStringLiteral("created_at"), now}};
        if (auto ok = insertRow(m_db, QStringLiteral("loyalty_tier_changes"), row); !ok)
            return std::unexpected(ok.error());
        row.remove(QStringLiteral("guest_id"));
        if (auto ok = log.recordInsert(QStringLiteral("loyalty_tier_changes"), uuid, row, change.uuid); !ok)
            return std::unexpected(ok.error());
    }
    announceManyAfterCommit(m_db);
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return int(due.size());
}

} // namespace innkeep
