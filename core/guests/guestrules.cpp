// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestrules.h"

#include "common/fieldlimits.h"
#include "common/languagecode.h"
#include "common/phonenumber.h"
#include "common/textfield.h"
#include "search/searchkey.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

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
    // A practical subset of RFC 5321 (with RFC 6531's non-ASCII letters): a dot-atom local part
    // of letters, digits and !#$%&'*+/=?^_`{|}~- ; a domain of two or more labels of letters,
    // digits and inner hyphens. No quoted local parts, no IP literals, no spaces, quotes or
    // angle brackets: nothing a front desk ever types, and everything markup is made of.
    if (text.size() > FieldLimit::Email)
        return false;
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != text.lastIndexOf(QLatin1Char('@')) || at > FieldLimit::EmailLocalPart)
        return false;
    static const QRegularExpression local(
        QStringLiteral(R"(^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$)"));
    static const QRegularExpression label(
        QStringLiteral(R"(^[\p{L}\p{N}]([\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$)"));
    if (!local.match(QStringView(text).left(at)).hasMatch())
        return false;
    const QStringList labels = text.mid(at + 1).split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return false;
    }
    // The top-level domain is never all digits ("x@1.2" is no address).
    const QString &top = labels.constLast();
    return std::any_of(top.cbegin(), top.cend(), [](QChar c) { return c.isLetter(); });
}

QList<Error> GuestRules::checkText(Guest &guest)
{
    QList<Error> problems;
    struct Line
    {
        QString *text;
        const char *field;
        int limit;
    };
    const Line lines[] = {
        {&guest.salutation, "salutation", FieldLimit::Salutation},
        {&guest.givenName, "given_name", FieldLimit::Name},
        {&guest.familyName, "family_name", FieldLimit::Name},
        {&guest.latinGivenName, "latin_given_name", FieldLimit::Name},
        {&guest.latinFamilyName, "latin_family_name", FieldLimit::Name},
        {&guest.company, "company", FieldLimit::Name},
        {&guest.street, "street", FieldLimit::Street},
        {&guest.addressLine2, "address_line2", FieldLimit::Street},
        {&guest.city, "city", FieldLimit::City},
        {&guest.state, "state", FieldLimit::City},
        {&guest.externalId, "external_id", FieldLimit::Reference},
        {&guest.postalCode, "postal_code", FieldLimit::PostalCode},
        {&guest.blockedReason, "blocked_reason", FieldLimit::Reason},
        {&guest.language, "language", FieldLimit::Key},
        {&guest.nationality, "nationality", FieldLimit::Key},
        {&guest.country, "country", FieldLimit::Key},
    };
    for (const Line &line : lines) {
        auto tidy = TextField::line(QString::fromLatin1(line.field), *line.text, line.limit);
        if (tidy)
            *line.text = *tidy;
        else
            problems.append(tidy.error());
    }
    struct List
    {
        const QStringList *values;
        const char *field;
        int limit;
        int count;
    };
    const List lists[] = {
        {&guest.emails, "email", FieldLimit::Email, FieldLimit::EmailsPerGuest},
        {&guest.phones, "phone", FieldLimit::PhoneInput, FieldLimit::PhonesPerGuest},
        {&guest.tags, "tag", FieldLimit::Tag, FieldLimit::TagsPerGuest},
    };
    for (const List &list : lists) {
        const QString field = QString::fromLatin1(list.field);
        if (list.values->size() > list.count) {
            problems.append(invalid(field, tr("A guest can have at most %L1 of these; this has %L2.")
                                               .arg(list.count)
                                               .arg(list.values->size())));
            continue;
        }
        for (const QString &value : *list.values) {
            if (auto ok = TextField::check(field, value, list.limit); !ok) {
                problems.append(ok.error());
                break;
            }
        }
    }
    return problems;
}

Result<QStringList> GuestRules::notes(const QStringList &notes)
{
    QStringList out;
    for (const QString &note : notes) {
        auto text = TextField::lines(QStringLiteral("note"), note, FieldLimit::LongText);
        if (!text)
            return std::unexpected(text.error());
        if (!text->isEmpty())
            out.append(*text);
    }
    return out;
}

QList<Error> GuestRules::normalise(Guest &guest, const QString &phoneRegion, const QDate &today)
{
    // Text first: a control character or a 20 MB name stops here, before any transliteration.
    if (QList<Error> problems = checkText(guest); !problems.isEmpty())
        return problems;
    QList<Error> problems;
    guest.nationality = guest.nationality.toUpper();
    guest.country = guest.country.toUpper();

    if (guest.givenName.isEmpty() && guest.familyName.isEmpty() && guest.latinGivenName.isEmpty()
        && guest.latinFamilyName.isEmpty())
        problems.append(
            invalid(QStringLiteral("family_name"), tr("Enter the guest's given or family name.")));

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
        problems.append(invalid(QStringLiteral("latin_given_name"),
                                tr("The Latin form must be written in Latin letters.")));
    if (!isLatinScript(guest.latinFamilyName))
        problems.append(invalid(QStringLiteral("latin_family_name"),
                                tr("The Latin form must be written in Latin letters.")));
    // A transliteration can be longer than what was typed.
    for (const auto &[text, field] : {std::pair{&guest.latinGivenName, "latin_given_name"},
                                      std::pair{&guest.latinFamilyName, "latin_family_name"}}) {
        if (auto ok = TextField::check(QString::fromLatin1(field), *text, FieldLimit::Name); !ok)
            problems.append(ok.error());
    }

    guest.emails = tidyList(guest.emails, true);
    for (const QString &email : std::as_const(guest.emails)) {
        if (!isEmail(email))
            problems.append(invalid(QStringLiteral("email"),
                                    tr("\"%1\" is not an e-mail address.").arg(TextField::quoted(email))));
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

    if (auto language = LanguageCode::normalised(QStringLiteral("language"), guest.language))
        guest.language = *language;
    else
        problems.append(language.error());
    if (!guest.nationality.isEmpty() && !isCountryCode(guest.nationality))
        problems.append(invalid(QStringLiteral("nationality"),
                                tr("\"%1\" is not a two-letter country code such as AM or GE.")
                                    .arg(TextField::quoted(guest.nationality))));
    if (!guest.country.isEmpty() && !isCountryCode(guest.country))
        problems.append(
            invalid(QStringLiteral("country"), tr("\"%1\" is not a two-letter country code such as AM or GE.")
                                                   .arg(TextField::quoted(guest.country))));

    if (guest.birthday.isValid() && (guest.birthday > today || guest.birthday.year() < 1900))
        problems.append(
            invalid(QStringLiteral("birthday"), tr("The birthday must be a past date after 1900.")));
    if (guest.anniversary.isValid() && (guest.anniversary > today || guest.anniversary.year() < 1900))
        problems.append(
            invalid(QStringLiteral("anniversary"), tr("The anniversary must be a past date after 1900.")));

    if (guest.vipLevel < 0 || guest.vipLevel > 3)
        problems.append(invalid(QStringLiteral("vip_level"), tr("The VIP level goes from 0 (none) to 3.")));
    if (guest.blocked && guest.blockedReason.isEmpty())
        problems.append(invalid(QStringLiteral("blocked_reason"), tr("Say why the guest is blocked.")));
    if (!guest.blocked)
        guest.blockedReason.clear();
    return problems;
}

} // namespace innkeep
