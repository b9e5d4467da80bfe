// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestrules.h"

#include "guests/phonenumber.h"
#include "search/searchkey.h"

#include <QLocale>
#include <QRegularExpression>

namespace innkeep {

namespace {

Error invalid(const QString &field, const QString &message)
{
    return Error{Error::Code::InvalidInput, message, field, {}, 0};
}

QStringList tidyList(const QStringList &values, bool lower)
{
    QStringList out;
    for (QString value : values) {
        value = value.simplified();
        if (lower)
            value = value.toLower();
        if (!value.isEmpty() && !out.contains(value, Qt::CaseInsensitive))
            out.append(value);
    }
    return out;
}

bool isCountryCode(const QString &code)
{
    return code.size() == 2 && QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

} // namespace

bool GuestRules::isEmail(const QString &text)
{
    // Deliberately practical: one @, something before it, a dotted domain after it, no spaces.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$)"));
    return pattern.match(text).hasMatch();
}

QList<Error> GuestRules::normalise(Guest &guest, const QString &phoneRegion, const QDate &today)
{
    QList<Error> problems;
    for (QString *text : {&guest.salutation, &guest.givenName, &guest.familyName, &guest.latinGivenName,
                          &guest.latinFamilyName, &guest.company, &guest.street, &guest.city, &guest.postalCode,
                          &guest.blockedReason}) {
        *text = text->simplified();
    }
    guest.language = guest.language.trimmed();
    guest.nationality = guest.nationality.trimmed().toUpper();
    guest.country = guest.country.trimmed().toUpper();

    if (guest.givenName.isEmpty() && guest.familyName.isEmpty() && guest.latinGivenName.isEmpty()
        && guest.latinFamilyName.isEmpty())
        problems.append(invalid(QStringLiteral("family_name"), tr("Enter the guest's given or family name.")));

    // Names typed only in Latin form still get a native form to display.
    if (guest.givenName.isEmpty())
        guest.givenName = guest.latinGivenName;
    if (guest.familyName.isEmpty())
        guest.familyName = guest.latinFamilyName;
    if (guest.latinGivenName.isEmpty())
        guest.latinGivenName = latinForm(guest.givenName);
    if (guest.latinFamilyName.isEmpty())
        guest.latinFamilyName = latinForm(guest.familyName);
    if (!isLatinScript(guest.latinGivenName))
        problems.append(invalid(QStringLiteral("latin_given_name"), tr("The Latin form must be written in Latin letters.")));
    if (!isLatinScript(guest.latinFamilyName))
        problems.append(invalid(QStringLiteral("latin_family_name"), tr("The Latin form must be written in Latin letters.")));

    guest.emails = tidyList(guest.emails, true);
    for (const QString &email : std::as_const(guest.emails)) {
        if (!isEmail(email))
            problems.append(invalid(QStringLiteral("email"), tr("\"%1\" is not an e-mail address.").arg(email)));
    }

    QStringList phones;
    for (const QString &typed : tidyList(guest.phones, false)) {
        auto e164 = PhoneNumber::toE164(typed, phoneRegion);
        if (!e164) {
            problems.append(e164.error());
            continue;
        }
        if (!phones.contains(*e164))
            phones.append(*e164);
    }
    guest.phones = phones;

    for (QString &tag : guest.tags) {
        tag = tag.trimmed();
        if (tag.startsWith(QLatin1Char('#')))
            tag.remove(0, 1);
    }
    guest.tags = tidyList(guest.tags, true);
    guest.tags.sort(); // a set: stored and compared in one order

    if (!guest.language.isEmpty()) {
        static const QRegularExpression bcp47(QStringLiteral("^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$"));
        if (!bcp47.match(guest.language).hasMatch() || QLocale(guest.language).language() == QLocale::C)
            problems.append(invalid(QStringLiteral("language"),
                                    tr("\"%1\" is not a language code such as en, hy or ka.").arg(guest.language)));
        guest.language.replace(QLatin1Char('_'), QLatin1Char('-'));
    }
    if (!guest.nationality.isEmpty() && !isCountryCode(guest.nationality))
        problems.append(invalid(QStringLiteral("nationality"),
                                tr("\"%1\" is not a two-letter country code such as AM or GE.").arg(guest.nationality)));
    if (!guest.country.isEmpty() && !isCountryCode(guest.country))
        problems.append(invalid(QStringLiteral("country"),
                                tr("\"%1\" is not a two-letter country code such as AM or GE.").arg(guest.country)));

    if (guest.birthday.isValid() && (guest.birthday > today || guest.birthday.year() < 1900))
        problems.append(invalid(QStringLiteral("birthday"), tr("The birthday must be a past date after 1900.")));
    if (guest.anniversary.isValid() && (guest.anniversary > today || guest.anniversary.year() < 1900))
        problems.append(invalid(QStringLiteral("anniversary"), tr("The anniversary must be a past date after 1900.")));

    if (guest.vipLevel < 0 || guest.vipLevel > 3)
        problems.append(invalid(QStringLiteral("vip_level"), tr("The VIP level goes from 0 (none) to 3.")));
    if (guest.blocked && guest.blockedReason.isEmpty())
        problems.append(invalid(QStringLiteral("blocked_reason"), tr("Say why the guest is blocked.")));
    if (!guest.blocked)
        guest.blockedReason.clear();
    return problems;
}

} // namespace innkeep
