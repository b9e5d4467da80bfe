// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retentionreview.h"

#include "house/openvenue.h"
#include "storage/statement.h"

namespace innkeep {

namespace {

const QString YearsKey = QStringLiteral("privacy.retention_years");

} // namespace

int RetentionReview::years() const
{
    bool ok = false;
    const int value = m_venue.settings().value(YearsKey).toInt(&ok);
    return ok && value > 0 && value <= MaxYears ? value : 0;
}

Status RetentionReview::setYears(int years)
{
    if (years < 0 || years > MaxYears)
        return fail(
            Error::Code::InvalidInput,
            tr("Keep guests between 1 and %1 years after their last stay, or 0 for no rule.").arg(MaxYears),
            YearsKey);
    return m_venue.settings().setValue(YearsKey, years == 0 ? QString() : QString::number(years));
}

QDate RetentionReview::cutoff(int years) const
{
    return m_venue.clock().today().addYears(-years);
}

Result<QList<RetentionReview::Candidate>> RetentionReview::candidates(int years) const
{
    const int rule = years > 0 ? years : this->years();
    QList<Candidate> found;
    if (rule <= 0)
        return found;
    if (rule > MaxYears)
        return fail(
            Error::Code::InvalidInput,
            tr("Keep guests between 1 and %1 years after their last stay, or 0 for no rule.").arg(MaxYears),
            YearsKey);
    const QDate before = cutoff(rule);
    const qint64 beforeMs = before.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    Statement select(
        m_venue.database(),
        QStringLiteral(
            "SELECT g.uuid, g.given_name, g.family_name, g.latin_given_name, g.latin_family_name, "
            "(SELECT max(s.departure) FROM stays s WHERE s.guest_id = g.id "
            " AND s.status NOT IN ('cancelled', 'no-show')) AS last_stay, g.created_at "
            "FROM guests g "
            "WHERE (g.given_name <> '' OR g.family_name <> '' OR g.latin_given_name <> '' "
            "       OR g.latin_family_name <> '') "
            "  AND g.created_at < ?2 "
            "  AND NOT EXISTS (SELECT 1 FROM guest_merges m WHERE m.merged_guest_id = g.id "
            "                  AND m.undone_at IS NULL) "
            "  AND NOT EXISTS (SELECT 1 FROM stays s WHERE s.guest_id = g.id AND s.departure >= ?1 "
            "                  AND s.status NOT IN ('cancelled', 'no-show')) "
            "ORDER BY coalesce(last_stay, date(g.created_at / 1000, 'unixepoch')), g.id"));
    select.bind(before.toString(Qt::ISODate), beforeMs);
    if (auto ok = select.exec(); !ok)
        return std::unexpected(ok.error());
    while (select.next()) {
        Candidate candidate;
        candidate.uuid = select.text(0);
        const QString native = QStringList{select.text(1), select.text(2)}.join(QLatin1Char(' ')).trimmed();
        const QString latin = QStringList{select.text(3), select.text(4)}.join(QLatin1Char(' ')).trimmed();
        candidate.name = native.isEmpty() ? latin : native;
        candidate.lastStay = QDate::fromString(select.text(5), Qt::ISODate);
        candidate.since = QDateTime::fromMSecsSinceEpoch(select.integer(6), Qt::UTC).date();
        found.append(candidate);
    }
    if (auto ok = select.walked(); !ok)
        return std::unexpected(ok.error());
    return found;
}

Result<GuestErasureReport> RetentionReview::eraseAll(int years)
{
    auto listed = candidates(years);
    if (!listed)
        return std::unexpected(listed.error());
    QStringList uuids;
    for (const Candidate &candidate : std::as_const(*listed))
        uuids.append(candidate.uuid);
    return GuestErasure::erase(m_venue, uuids);
}

} // namespace innkeep
