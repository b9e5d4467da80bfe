// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenumber.h"

#include "common/fieldlimits.h"
#include "common/textfield.h"

#include <QHash>

#include <phonenumbers/phonenumberutil.h>

namespace innkeep {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

// toE164() has the parsed number at hand; the search index asks for the national digits of
// the same number moments later. Remember them instead of parsing twice (per thread, bounded).
// The national forms of numbers seen on this thread: an import turns each number into E.164
// and then indexes its national digits, so the second parse is a lookup.
struct NationalForms
{
    QString withTrunk;   // "091234567"
    QString significant; // "91234567"
};

QHash<QString, NationalForms> &nationalFormsSeen()
{
    thread_local QHash<QString, NationalForms> seen;
    if (seen.size() > 50'000)
        seen.clear();
    return seen;
}

QString digitsOf(const std::string &text)
{
    QString digits;
    for (const char c : text) {
        if (c >= '0' && c <= '9')
            digits += QLatin1Char(c);
    }
    return digits;
}

PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

bool parse(const QString &text, const QString &region, i18n::phonenumbers::PhoneNumber *number)
{
    return util().Parse(text.toStdString(), region.toUpper().toStdString(), number)
           == PhoneNumberUtil::NO_PARSING_ERROR;
}

NationalForms nationalFormsOf(const i18n::phonenumbers::PhoneNumber &number)
{
    std::string national;
    util().Format(number, PhoneNumberUtil::NATIONAL, &national);
    std::string significant;
    util().GetNationalSignificantNumber(number, &significant);
    return {digitsOf(national), digitsOf(significant)};
}

NationalForms nationalForms(const QString &e164)
{
    if (auto it = nationalFormsSeen().constFind(e164); it != nationalFormsSeen().constEnd())
        return *it;
    i18n::phonenumbers::PhoneNumber number;
    if (!parse(e164, QStringLiteral("ZZ"), &number))
        return {};
    return nationalFormsOf(number);
}

} // namespace

Result<QString> PhoneNumber::toE164(const QString &typed, const QString &defaultRegion)
{
    if (auto ok = TextField::check(QStringLiteral("phone"), typed, FieldLimit::PhoneInput); !ok)
        return std::unexpected(ok.error());
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return fail(Error::Code::InvalidInput, tr("Enter a phone number."), QStringLiteral("phone"));
    const QString shown = TextField::quoted(text);
    i18n::phonenumbers::PhoneNumber number;
    const auto error = util().Parse(text.toStdString(), defaultRegion.toUpper().toStdString(), &number);
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR: break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return fail(Error::Code::InvalidInput,
                    tr("\"%1\" has no country code and no default region is set; start it with + and the "
                       "country code.")
                        .arg(shown),
                    QStringLiteral("phone"));
    case PhoneNumberUtil::TOO_SHORT_NSN:
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
        return fail(Error::Code::InvalidInput, tr("\"%1\" is too short for a phone number.").arg(shown),
                    QStringLiteral("phone"));
    case PhoneNumberUtil::TOO_LONG_NSN:
        return fail(Error::Code::InvalidInput, tr("\"%1\" is too long for a phone number.").arg(shown),
                    QStringLiteral("phone"));
    default:
        return fail(Error::Code::InvalidInput, tr("\"%1\" is not a phone number.").arg(shown),
                    QStringLiteral("phone"));
    }
    // E.164 has no room for an extension, and dropping it silently loses how to reach the guest.
    if (number.has_extension())
        return fail(
            Error::Code::InvalidInput,
            tr("\"%1\" has an extension (%2); Innkeep stores numbers without one. Enter the number alone and "
               "put the extension in a note.")
                .arg(shown, TextField::quoted(QString::fromStdString(number.extension()))),
            QStringLiteral("phone"));
    if (!util().IsPossibleNumber(number))
        return fail(Error::Code::InvalidInput,
                    tr("\"%1\" does not have the right number of digits for its country.").arg(shown),
                    QStringLiteral("phone"));
    // Possible is only the length: "+1 123 456 7890" has one, yet no US number starts with 1. Only
    // a number in a range its country gives out is stored as one that can be dialled.
    if (!util().IsValidNumber(number))
        return fail(
            Error::Code::InvalidInput,
            tr("\"%1\" is not a number in use: its country gives out no number that starts like this.")
                .arg(shown),
            QStringLiteral("phone"));
    std::string formatted;
    util().Format(number, PhoneNumberUtil::E164, &formatted);
    const QString e164 = QString::fromStdString(formatted);
    nationalFormsSeen().insert(e164, nationalFormsOf(number));
    return e164;
}

QString PhoneNumber::nationalDigits(const QString &e164)
{
    return nationalForms(e164).withTrunk;
}

QString PhoneNumber::significantDigits(const QString &e164)
{
    return nationalForms(e164).significant;
}

QString PhoneNumber::international(const QString &e164)
{
    i18n::phonenumbers::PhoneNumber number;
    if (!parse(e164, QStringLiteral("ZZ"), &number))
        return e164;
    std::string formatted;
    util().Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

bool PhoneNumber::isKnownRegion(const QString &region)
{
    return util().GetCountryCodeForRegion(region.toUpper().toStdString()) != 0;
}

} // namespace innkeep
