// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestfacts.h"

#include "common/textfield.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QLocale>

namespace innkeep {

namespace {

const QString Select = QStringLiteral(
    "SELECT g.id, g.uuid, g.salutation, g.given_name, g.family_name, g.latin_given_name, "
    "g.latin_family_name, g.language, g.blocked, g.archived_at IS NOT NULL, g.consent_email, g.consent_sms, "
    "g.consent_marketing, "
    "(SELECT c.value FROM guest_contacts c WHERE c.guest_id = g.id AND c.kind = 'email' "
    " ORDER BY c.position, c.id LIMIT 1), "
    "(SELECT c.value FROM guest_contacts c WHERE c.guest_id = g.id AND c.kind = 'phone' "
    " ORDER BY c.position, c.id LIMIT 1), "
    "(SELECT s.arrival || ' ' || s.room FROM stays s WHERE s.guest_id = g.id "
    " AND s.status NOT IN ('cancelled', 'no-show') AND s.arrival <= ?1 ORDER BY s.arrival DESC, s.id DESC "
    "LIMIT 1), "
    "(SELECT t.tier FROM loyalty_tier_changes t WHERE t.guest_id = g.id ORDER BY t.id DESC LIMIT 1), "
    "(SELECT COALESCE(SUM(p.points), 0) FROM loyalty_points p WHERE p.guest_id = g.id) "
    "FROM guests g WHERE g.uuid = ?2");

} // namespace

QHash<QString, QString> GuestFacts::placeholderValues(const QString &language, const QString &venueName) const
{
    const QLocale locale(language.isEmpty() ? QStringLiteral("en") : language);
    return {
        {QStringLiteral("given_name"), givenName},
        {QStringLiteral("family_name"), familyName},
        {QStringLiteral("salutation"), salutation},
        {QStringLiteral("last_stay_month"),
         lastStayArrival.isValid() ? locale.standaloneMonthName(lastStayArrival.month(), QLocale::LongFormat)
                                   : QString()},
        {QStringLiteral("room"), lastRoom},
        {QStringLiteral("tier"), tier},
        {QStringLiteral("points"), locale.toString(points)},
        {QStringLiteral("venue"), venueName},
    };
}

Result<GuestFacts> GuestFactsReader::read(const QString &guestUuid)
{
    Statement select(m_db, Select);
    select.bind(m_db.clock().today().toString(Qt::ISODate), guestUuid.trimmed().toLower());
    if (auto ok = select.exec(); !ok)
        return std::unexpected(ok.error());
    if (!select.next()) {
        if (auto ok = select.walked(); !ok)
            return std::unexpected(ok.error());
        return fail(Error::Code::NotFound,
                    tr("There is no guest with the id %1.").arg(TextField::quoted(guestUuid)),
                    QStringLiteral("guest"));
    }
    GuestFacts facts;
    facts.id = select.integer(0);
    facts.uuid = select.text(1);
    facts.salutation = select.text(2);
    facts.givenName = select.text(3);
    facts.familyName = select.text(4);
    const QString latinGiven = select.text(5);
    const QString latinFamily = select.text(6);
    facts.displayName = QStringList{facts.givenName.isEmpty() ? latinGiven : facts.givenName,
                                    facts.familyName.isEmpty() ? latinFamily : facts.familyName}
                            .join(u' ')
                            .trimmed();
    if (facts.givenName.isEmpty())
        facts.givenName = latinGiven;
    if (facts.familyName.isEmpty())
        facts.familyName = latinFamily;
    facts.language = select.text(7);
    facts.blocked = select.integer(8) != 0;
    facts.archived = select.integer(9) != 0;
    facts.consentEmail = select.integer(10) != 0;
    facts.consentSms = select.integer(11) != 0;
    facts.consentMarketing = select.integer(12) != 0;
    facts.email = select.text(13);
    facts.phone = select.text(14);
    const QString lastStay = select.text(15);
    if (!lastStay.isEmpty()) {
        facts.lastStayArrival = QDate::fromString(lastStay.left(10), Qt::ISODate);
        facts.lastRoom = lastStay.mid(11);
    }
    facts.tier = select.text(16);
    facts.points = select.integer(17);
    return facts;
}

} // namespace innkeep
