// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestcsvmapping.h"

#include "common/calendardate.h"
#include "common/enumtokens.h"
#include "common/placenames.h"
#include "common/textfield.h"
#include "exchange/csvcolumns.h"
#include "exchange/guestimportpreset.h"
#include "exchange/importdate.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace innkeep {

namespace {

constexpr EnumToken<GuestColumn> Tokens[] = {
    {GuestColumn::Ignore, "ignore", QT_TRANSLATE_NOOP("GuestColumn", "Ignore this column")},
    {GuestColumn::Salutation, "salutation", QT_TRANSLATE_NOOP("GuestColumn", "Salutation")},
    {GuestColumn::GivenName, "given_name", QT_TRANSLATE_NOOP("GuestColumn", "Given name")},
    {GuestColumn::FamilyName, "family_name", QT_TRANSLATE_NOOP("GuestColumn", "Family name")},
    {GuestColumn::MiddleName, "middle_name", QT_TRANSLATE_NOOP("GuestColumn", "Middle name")},
    {GuestColumn::FullName, "full_name", QT_TRANSLATE_NOOP("GuestColumn", "Full name")},
    {GuestColumn::NativeGivenName, "native_given_name",
     QT_TRANSLATE_NOOP("GuestColumn", "Given name in the guest's script")},
    {GuestColumn::NativeFamilyName, "native_family_name",
     QT_TRANSLATE_NOOP("GuestColumn", "Family name in the guest's script")},
    {GuestColumn::LatinGivenName, "latin_given_name",
     QT_TRANSLATE_NOOP("GuestColumn", "Given name in Latin letters")},
    {GuestColumn::LatinFamilyName, "latin_family_name",
     QT_TRANSLATE_NOOP("GuestColumn", "Family name in Latin letters")},
    {GuestColumn::Email, "email", QT_TRANSLATE_NOOP("GuestColumn", "E-mail")},
    {GuestColumn::Phone, "phone", QT_TRANSLATE_NOOP("GuestColumn", "Phone")},
    {GuestColumn::Language, "language", QT_TRANSLATE_NOOP("GuestColumn", "Language")},
    {GuestColumn::Nationality, "nationality", QT_TRANSLATE_NOOP("GuestColumn", "Nationality")},
    {GuestColumn::Birthday, "birthday", QT_TRANSLATE_NOOP("GuestColumn", "Birthday")},
    {GuestColumn::Anniversary, "anniversary", QT_TRANSLATE_NOOP("GuestColumn", "Anniversary")},
    {GuestColumn::Company, "company", QT_TRANSLATE_NOOP("GuestColumn", "Company")},
    {GuestColumn::Street, "street", QT_TRANSLATE_NOOP("GuestColumn", "Street")},
    {GuestColumn::AddressLine2, "address_line2", QT_TRANSLATE_NOOP("GuestColumn", "Address line 2")},
    {GuestColumn::City, "city", QT_TRANSLATE_NOOP("GuestColumn", "City")},
    {GuestColumn::State, "state", QT_TRANSLATE_NOOP("GuestColumn", "State or region")},
    {GuestColumn::PostalCode, "postal_code", QT_TRANSLATE_NOOP("GuestColumn", "Postal code")},
    {GuestColumn::Country, "country", QT_TRANSLATE_NOOP("GuestColumn", "Country")},
    {GuestColumn::ExternalId, "external_id",
     QT_TRANSLATE_NOOP("GuestColumn", "Profile id in the system the file comes from")},
    {GuestColumn::BirthYear, "birth_year", QT_TRANSLATE_NOOP("GuestColumn", "Year of birth")},
    {GuestColumn::BirthMonth, "birth_month", QT_TRANSLATE_NOOP("GuestColumn", "Month of birth")},
    {GuestColumn::BirthDayOfMonth, "birth_day", QT_TRANSLATE_NOOP("GuestColumn", "Day of birth")},
    {GuestColumn::Tags, "tags", QT_TRANSLATE_NOOP("GuestColumn", "Tags")},
    {GuestColumn::Vip, "vip_level", QT_TRANSLATE_NOOP("GuestColumn", "VIP level")},
    {GuestColumn::Source, "source", QT_TRANSLATE_NOOP("GuestColumn", "Source")},
    {GuestColumn::Notes, "notes", QT_TRANSLATE_NOOP("GuestColumn", "Notes")},
    {GuestColumn::Press, "press", QT_TRANSLATE_NOOP("GuestColumn", "Press")},
    {GuestColumn::BlockedReason, "blocked_reason", QT_TRANSLATE_NOOP("GuestColumn", "Blocked (reason)")},
    {GuestColumn::ConsentEmail, "consent_email", QT_TRANSLATE_NOOP("GuestColumn", "Consent: e-mail")},
    {GuestColumn::ConsentSms, "consent_sms", QT_TRANSLATE_NOOP("GuestColumn", "Consent: SMS")},
    {GuestColumn::ConsentPhone, "consent_phone", QT_TRANSLATE_NOOP("GuestColumn", "Consent: phone")},
    {GuestColumn::ConsentMarketing, "consent_marketing",
     QT_TRANSLATE_NOOP("GuestColumn", "Consent: marketing")},
};

struct Alias
{
    const char16_t *key; // lower case, letters and digits only
    GuestColumn column;
};

// Header variants seen in PMS, spreadsheet and CRM exports (English, German, French, Spanish).
constexpr Alias Aliases[] = {
    // The reason column of an import's rejected rows (skip mode): fixed and imported again, it is not read.
    {u"importerror", GuestColumn::Ignore},
    {u"salutation", GuestColumn::Salutation},
    {u"title", GuestColumn::Salutation},
    {u"honorific", GuestColumn::Salutation},
    {u"anrede", GuestColumn::Salutation},
    {u"givenname", GuestColumn::GivenName},
    {u"firstname", GuestColumn::GivenName},
    {u"first", GuestColumn::GivenName},
    {u"forename", GuestColumn::GivenName},
    {u"vorname", GuestColumn::GivenName},
    {u"prenom", GuestColumn::GivenName},
    {u"prénom", GuestColumn::GivenName},
    {u"nombre", GuestColumn::GivenName},
    {u"middlename", GuestColumn::MiddleName},
    {u"familyname", GuestColumn::FamilyName},
    {u"lastname", GuestColumn::FamilyName},
    {u"last", GuestColumn::FamilyName},
    {u"surname", GuestColumn::FamilyName},
    {u"nachname", GuestColumn::FamilyName},
    {u"nom", GuestColumn::FamilyName},
    {u"apellido", GuestColumn::FamilyName},
    {u"apellidos", GuestColumn::FamilyName},
    {u"name", GuestColumn::FullName},
    {u"fullname", GuestColumn::FullName},
    {u"guestname", GuestColumn::FullName},
    {u"guest", GuestColumn::FullName},
    {u"nativegivenname", GuestColumn::NativeGivenName},
    {u"givennamenative", GuestColumn::NativeGivenName},
    {u"nativefirstname", GuestColumn::NativeGivenName},
    {u"firstnamenative", GuestColumn::NativeGivenName},
    {u"nativefamilyname", GuestColumn::NativeFamilyName},
    {u"familynamenative", GuestColumn::NativeFamilyName},
    {u"nativelastname", GuestColumn::NativeFamilyName},
    {u"lastnamenative", GuestColumn::NativeFamilyName},
    {u"nativesurname", GuestColumn::NativeFamilyName},
    {u"surnamenative", GuestColumn::NativeFamilyName},
    {u"latingivenname", GuestColumn::LatinGivenName},
    {u"givennamelatin", GuestColumn::LatinGivenName},
    {u"latinfirstname", GuestColumn::LatinGivenName},
    {u"firstnamelatin", GuestColumn::LatinGivenName},
    {u"latinfamilyname", GuestColumn::LatinFamilyName},
    {u"familynamelatin", GuestColumn::LatinFamilyName},
    {u"latinlastname", GuestColumn::LatinFamilyName},
    {u"lastnamelatin", GuestColumn::LatinFamilyName},
    {u"latinsurname", GuestColumn::LatinFamilyName},
    {u"surnamelatin", GuestColumn::LatinFamilyName},
    {u"email", GuestColumn::Email},
    {u"emails", GuestColumn::Email},
    {u"emailaddress", GuestColumn::Email},
    {u"emailaddresses", GuestColumn::Email},
    {u"mail", GuestColumn::Email},
    {u"courriel", GuestColumn::Email},
    {u"correo", GuestColumn::Email},
    {u"phone", GuestColumn::Phone},
    {u"phones", GuestColumn::Phone},
    {u"phonenumber", GuestColumn::Phone},
    {u"phonenumbers", GuestColumn::Phone},
    {u"telephone", GuestColumn::Phone},
    {u"tel", GuestColumn::Phone},
    {u"telefon", GuestColumn::Phone},
    {u"téléphone", GuestColumn::Phone},
    {u"telefono", GuestColumn::Phone},
    {u"teléfono", GuestColumn::Phone},
    {u"mobile", GuestColumn::Phone},
    {u"mobilephone", GuestColumn::Phone},
    {u"cell", GuestColumn::Phone},
    {u"cellphone", GuestColumn::Phone},
    {u"handy", GuestColumn::Phone},
    {u"language", GuestColumn::Language},
    {u"lang", GuestColumn::Language},
    {u"languagecode", GuestColumn::Language},
    {u"preferredlanguage", GuestColumn::Language},
    {u"sprache", GuestColumn::Language},
    {u"langue", GuestColumn::Language},
    {u"idioma", GuestColumn::Language},
    {u"nationality", GuestColumn::Nationality},
    {u"citizenship", GuestColumn::Nationality},
    {u"nationalität", GuestColumn::Nationality},
    {u"nationalite", GuestColumn::Nationality},
    {u"nationalité", GuestColumn::Nationality},
    {u"nacionalidad", GuestColumn::Nationality},
    {u"birthday", GuestColumn::Birthday},
    {u"birthdate", GuestColumn::Birthday},
    {u"dateofbirth", GuestColumn::Birthday},
    {u"dob", GuestColumn::Birthday},
    {u"geburtsdatum", GuestColumn::Birthday},
    {u"geburtstag", GuestColumn::Birthday},
    {u"anniversary", GuestColumn::Anniversary},
    {u"weddinganniversary", GuestColumn::Anniversary},
    {u"company", GuestColumn::Company},
    {u"companyname", GuestColumn::Company},
    {u"organisation", GuestColumn::Company},
    {u"organization", GuestColumn::Company},
    {u"employer", GuestColumn::Company},
    {u"firma", GuestColumn::Company},
    {u"société", GuestColumn::Company},
    {u"empresa", GuestColumn::Company},
    {u"street", GuestColumn::Street},
    {u"address", GuestColumn::Street},
    {u"streetaddress", GuestColumn::Street},
    {u"address1", GuestColumn::Street},
    {u"addressline1", GuestColumn::Street},
    {u"strasse", GuestColumn::Street},
    {u"straße", GuestColumn::Street},
    {u"adresse", GuestColumn::Street},
    {u"direccion", GuestColumn::Street},
    {u"address2", GuestColumn::AddressLine2},
    {u"addressline2", GuestColumn::AddressLine2},
    {u"street2", GuestColumn::AddressLine2},
    {u"adresszusatz", GuestColumn::AddressLine2},
    {u"complementadresse", GuestColumn::AddressLine2},
    {u"state", GuestColumn::State},
    {u"province", GuestColumn::State},
    {u"stateprovince", GuestColumn::State},
    {u"region", GuestColumn::State},
    {u"county", GuestColumn::State},
    {u"bundesland", GuestColumn::State},
    {u"provincia", GuestColumn::State},
    {u"externalid", GuestColumn::ExternalId},
    {u"profileid", GuestColumn::ExternalId},
    {u"pmsid", GuestColumn::ExternalId},
    {u"pmsprofileid", GuestColumn::ExternalId},
    {u"guestprofileid", GuestColumn::ExternalId},
    {u"customerid", GuestColumn::ExternalId},
    {u"birthyear", GuestColumn::BirthYear},
    {u"birthmonth", GuestColumn::BirthMonth},
    {u"city", GuestColumn::City},
    {u"town", GuestColumn::City},
    {u"locality", GuestColumn::City},
    {u"stadt", GuestColumn::City},
    {u"ort", GuestColumn::City},
    {u"ville", GuestColumn::City},
    {u"ciudad", GuestColumn::City},
    {u"postalcode", GuestColumn::PostalCode},
    {u"postcode", GuestColumn::PostalCode},
    {u"zip", GuestColumn::PostalCode},
    {u"zipcode", GuestColumn::PostalCode},
    {u"plz", GuestColumn::PostalCode},
    {u"codepostal", GuestColumn::PostalCode},
    {u"country", GuestColumn::Country},
    {u"countrycode", GuestColumn::Country},
    {u"land", GuestColumn::Country},
    {u"pays", GuestColumn::Country},
    {u"pais", GuestColumn::Country},
    {u"país", GuestColumn::Country},
    {u"tags", GuestColumn::Tags},
    {u"tag", GuestColumn::Tags},
    {u"labels", GuestColumn::Tags},
    {u"vip", GuestColumn::Vip},
    {u"viplevel", GuestColumn::Vip},
    {u"vipstatus", GuestColumn::Vip},
    {u"source", GuestColumn::Source},
    {u"guestsource", GuestColumn::Source},
    {u"notes", GuestColumn::Notes},
    {u"note", GuestColumn::Notes},
    {u"comments", GuestColumn::Notes},
    {u"comment", GuestColumn::Notes},
    {u"remarks", GuestColumn::Notes},
    {u"bemerkungen", GuestColumn::Notes},
    {u"press", GuestColumn::Press},
    {u"blockedreason", GuestColumn::BlockedReason},
    {u"blocked", GuestColumn::BlockedReason},
    {u"consentemail", GuestColumn::ConsentEmail},
    {u"emailconsent", GuestColumn::ConsentEmail},
    {u"consentsms", GuestColumn::ConsentSms},
    {u"smsconsent", GuestColumn::ConsentSms},
    {u"consentphone", GuestColumn::ConsentPhone},
    {u"phoneconsent", GuestColumn::ConsentPhone},
    {u"consentmarketing", GuestColumn::ConsentMarketing},
    {u"marketingconsent", GuestColumn::ConsentMarketing},
    {u"marketingoptin", GuestColumn::ConsentMarketing},
    {u"emailoptin", GuestColumn::ConsentEmail},
    {u"newsletter", GuestColumn::ConsentMarketing},
};

// The same in Russian, Armenian and Georgian, as venues' own spreadsheets and local PMSs head them.
constexpr Alias LocalAliases[] = {
    {u"имя", GuestColumn::GivenName},
    {u"фамилия", GuestColumn::FamilyName},
    {u"отчество", GuestColumn::MiddleName},
    {u"фио", GuestColumn::FullName},
    {u"телефон", GuestColumn::Phone},
    {u"мобильный", GuestColumn::Phone},
    {u"почта", GuestColumn::Email},
    {u"электроннаяпочта", GuestColumn::Email},
    {u"датарождения", GuestColumn::Birthday},
    {u"гражданство", GuestColumn::Nationality},
    {u"язык", GuestColumn::Language},
    {u"компания", GuestColumn::Company},
    {u"организация", GuestColumn::Company},
    {u"адрес", GuestColumn::Street},
    {u"город", GuestColumn::City},
    {u"индекс", GuestColumn::PostalCode},
    {u"страна", GuestColumn::Country},
    {u"примечание", GuestColumn::Notes},
    {u"примечания", GuestColumn::Notes},
    {u"комментарий", GuestColumn::Notes},
    {u"անուն", GuestColumn::GivenName},
    {u"ազգանուն", GuestColumn::FamilyName},
    {u"հեռախոս", GuestColumn::Phone},
    {u"էլփոստ", GuestColumn::Email},
    {u"ծննդյանամսաթիվ", GuestColumn::Birthday},
    {u"քաղաք", GuestColumn::City},
    {u"երկիր", GuestColumn::Country},
    {u"სახელი", GuestColumn::GivenName},
    {u"გვარი", GuestColumn::FamilyName},
    {u"ტელეფონი", GuestColumn::Phone},
    {u"ელფოსტა", GuestColumn::Email},
    {u"დაბადებისთარიღი", GuestColumn::Birthday},
    {u"ქალაქი", GuestColumn::City},
    {u"ქვეყანა", GuestColumn::Country},
};

// Columns that may appear several times ("Email 2", "Phone3", "Notes 2").
bool repeatable(GuestColumn column)
{
    return column == GuestColumn::Email || column == GuestColumn::Phone || column == GuestColumn::Tags
           || column == GuestColumn::Notes;
}

QString canonical(const QString &header)
{
    return CsvColumns::canonical(header);
}

const QHash<QString, GuestColumn> &aliasTable()
{
    static const QHash<QString, GuestColumn> table = [] {
        QHash<QString, GuestColumn> hash;
        for (const Alias &alias : Aliases)
            hash.insert(QString::fromUtf16(alias.key), alias.column);
        for (const Alias &alias : LocalAliases)
            hash.insert(QString::fromUtf16(alias.key), alias.column);
        return hash;
    }();
    return table;
}

Error invalid(const QString &field, const QString &message)
{
    return Error{Error::Code::InvalidInput, message, field, {}, 0};
}

std::optional<bool> parseFlag(const QString &text)
{
    // Shops and PMSs write ticks ("✔") and "subscribed" too.
    static const QStringList yes{QStringLiteral("1"),          QStringLiteral("yes"), QStringLiteral("y"),
                                 QStringLiteral("true"),       QStringLiteral("x"),   QStringLiteral("ja"),
                                 QStringLiteral("oui"),        QStringLiteral("si"),  QStringLiteral("sí"),
                                 QStringLiteral("subscribed"), QString(u'\u2714'),    QString(u'\u2713')};
    static const QStringList no{QStringLiteral("0"),
                                QStringLiteral("no"),
                                QStringLiteral("n"),
                                QStringLiteral("false"),
                                QStringLiteral("nein"),
                                QStringLiteral("non"),
                                QStringLiteral("unsubscribed"),
                                QStringLiteral("-"),
                                QStringLiteral("--"),
                                QString(u'\u2718'),
                                QString(u'\u2717'),
                                QString()};
    const QString value = text.trimmed().toLower();
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    return std::nullopt;
}

// Google Contacts puts several values in one cell with " ::: " between them.
const QString ValueSeparator = QStringLiteral(" ::: ");

void appendSplit(QStringList &list, QString cell, bool commaSeparates)
{
    cell.replace(ValueSeparator, QStringLiteral(";"));
    qsizetype start = 0;
    const qsizetype size = cell.size();
    for (qsizetype i = 0; i <= size; ++i) {
        const bool end = i == size;
        const QChar c = end ? QChar() : cell.at(i);
        if (end || c == QLatin1Char(';') || c == QLatin1Char('|')
            || (commaSeparates && c == QLatin1Char(','))) {
            const QString part = cell.mid(start, i - start).trimmed();
            if (!part.isEmpty())
                list.append(part);
            start = i + 1;
        }
    }
}

// A birthday or anniversary known without its year, kept where the desk sees it.
QString yearlessNote(GuestColumn column, const QDate &day)
{
    const QString date = QLocale().toString(day, QStringLiteral("d MMMM"));
    return column == GuestColumn::Birthday
               ? GuestCsvMapping::tr("Birthday (year not known): %1").arg(date)
               : GuestCsvMapping::tr("Anniversary (year not known): %1").arg(date);
}

} // namespace

QString toToken(GuestColumn column)
{
    return tokenOf(Tokens, column);
}

QString displayText(GuestColumn column)
{
    return labelOf(Tokens, column, "GuestColumn");
}

QList<GuestColumn> allGuestColumns()
{
    QList<GuestColumn> columns;
    for (const auto &row : Tokens)
        columns.append(row.value);
    return columns;
}

std::optional<GuestColumn> guestColumnFromToken(const QString &text)
{
    const QString wanted = text.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (auto column = valueOf(Tokens, wanted, Qt::CaseSensitive))
        return column;
    // "vip" and the other header spellings are fine here too.
    return GuestCsvMapping::recognise(text);
}

std::optional<GuestColumn> GuestCsvMapping::recognise(const QString &header)
{
    const QString key = canonical(header);
    const auto &aliases = aliasTable();
    if (auto it = aliases.constFind(key); it != aliases.cend())
        return *it;
    // "Email 2", "phone3", "Notes (2)".
    qsizetype end = key.size();
    while (end > 0 && key.at(end - 1).isDigit())
        --end;
    if (end > 0 && end < key.size()) {
        if (auto it = aliases.constFind(key.left(end)); it != aliases.cend() && repeatable(*it))
            return *it;
    }
    return std::nullopt;
}

Result<GuestCsvMapping::Reading> GuestCsvMapping::readingOf(const QStringList &header,
                                                            const QString &presetChoice)
{
    std::optional<GuestImportPreset> preset;
    const QString presetName = presetChoice.trimmed().toLower();
    if (presetName.isEmpty()) {
        preset = GuestImportPreset::recognise(header);
    } else if (presetName != QLatin1String("none")) {
        preset = GuestImportPreset::named(presetName);
        if (!preset)
            return fail(Error::Code::InvalidInput,
                        tr("\"%1\" is not a preset; use one of: %2, or none.")
                            .arg(TextField::quoted(presetChoice),
                                 GuestImportPreset::names().join(QStringLiteral(", "))),
                        QStringLiteral("preset"));
    }
    Reading reading;
    if (preset)
        reading.preset = preset->name();
    for (const QString &name : header) {
        std::optional<GuestColumn> column;
        if (name.trimmed().isEmpty()) {
            column = GuestColumn::Ignore; // a trailing separator in the header
        } else if (preset) {
            // The format's own columns as it means them, the usual variants for one it does not know
            // (a column added by hand), and every other column of the export is not guest data.
            column = preset->columnFor(name);
            if (!column)
                column = recognise(name);
            if (!column)
                column = GuestColumn::Ignore;
            // "Address 2 - Street" after "Address 1 - Street": the first one is the guest's.
            if (*column != GuestColumn::Ignore && !repeatable(*column) && reading.columns.contains(column))
                column = GuestColumn::Ignore;
        } else {
            column = recognise(name);
        }
        reading.columns.append(column);
    }
    return reading;
}

Result<GuestCsvMapping> GuestCsvMapping::fromHeader(const QStringList &header,
                                                    const QHash<QString, QString> &overrides,
                                                    bool ignoreUnknown, const GuestCsvFormat &format)
{
    GuestCsvMapping mapping;
    auto reading = readingOf(header, format.preset);
    if (!reading)
        return std::unexpected(reading.error());
    const auto preset = GuestImportPreset::named(reading->preset);
    if (preset) {
        mapping.m_preset = preset->name();
        mapping.m_idPrefix = preset->idPrefix();
    }
    mapping.m_dateFormat = format.dateFormat.trimmed();
    if (!mapping.m_dateFormat.isEmpty()) {
        if (auto ok = ImportDate::checkFormat(mapping.m_dateFormat); !ok)
            return std::unexpected(ok.error());
    } else if (preset) {
        mapping.m_dateFormat = preset->dateFormat();
    }
    QStringList unknown;
    const auto mapped = CsvColumns::overridesOf(header, overrides);
    if (!mapped)
        return std::unexpected(mapped.error());
    const QHash<QString, QString> &lowerOverrides = *mapped;

    for (qsizetype index = 0; index < header.size(); ++index) {
        const QString &name = header.at(index);
        std::optional<GuestColumn> column;
        if (auto it = lowerOverrides.constFind(name.trimmed().toLower()); it != lowerOverrides.cend()) {
            column = guestColumnFromToken(*it);
            if (!column)
                return std::unexpected(invalid(
                    name, tr("\"%1\" is not a guest field; use one of: %2.").arg(TextField::quoted(*it), [] {
                        QStringList all;
                        for (const auto &t : Tokens)
                            all.append(QString::fromLatin1(t.token));
                        return all.join(QStringLiteral(", "));
                    }())));
        } else {
            column = reading->columns.at(index);
        }
        if (!column && ignoreUnknown)
            column = GuestColumn::Ignore;
        if (column == GuestColumn::Ignore && !name.trimmed().isEmpty())
            mapping.m_ignored.append(name); // unknown, or mapped to "ignore": reported either way
        if (!column) {
            unknown.append(QStringLiteral("\"%1\"").arg(TextField::quoted(name)));
            continue;
        }
        mapping.m_columns.append(*column);
        if (!repeatable(*column) && *column != GuestColumn::Ignore && mapping.m_columns.count(*column) > 1)
            return std::unexpected(
                invalid(name, tr("Two columns are both read as %1.").arg(toToken(*column))));
    }
    // No column known and cells that look like a guest (an e-mail, a phone, a date): the first line
    // is a row, not a header. Say that, not "unknown columns Aram, Petrosyan".
    const bool noneKnown = std::all_of(mapping.m_columns.cbegin(), mapping.m_columns.cend(),
                                       [](GuestColumn c) { return c == GuestColumn::Ignore; });
    const bool looksLikeData = std::any_of(header.cbegin(), header.cend(), [](const QString &cell) {
        const QString text = cell.trimmed();
        return text.contains(u'@')
               || (text.size() >= 6
                   && std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }) >= 4);
    });
    if (!unknown.isEmpty() && noneKnown && looksLikeData && overrides.isEmpty()) {
        return std::unexpected(invalid(
            QString(), tr("The first line looks like a guest, not column names: the file needs a header line "
                          "naming its columns (e.g. given_name,family_name,email,phone).")));
    }
    if (!unknown.isEmpty()) {
        return std::unexpected(
            invalid(QString(), tr("Unknown column(s) %1; map them to a guest field or to \"ignore\" "
                                  "(or ignore every unknown column with --ignore-unknown).")
                                   .arg(unknown.join(QStringLiteral(", ")))));
    }
    const int birthParts = int(mapping.m_columns.contains(GuestColumn::BirthYear))
                           + int(mapping.m_columns.contains(GuestColumn::BirthMonth))
                           + int(mapping.m_columns.contains(GuestColumn::BirthDayOfMonth));
    if (birthParts > 0
        && (mapping.m_columns.contains(GuestColumn::Birthday)
            || !mapping.m_columns.contains(GuestColumn::BirthMonth)
            || !mapping.m_columns.contains(GuestColumn::BirthDayOfMonth)))
        return std::unexpected(invalid(
            QStringLiteral("birthday"),
            tr("A birthday in separate columns needs the month and the day (birth_month, birth_day, and "
               "birth_year when known), and no birthday column beside them.")));
    bool hasName = false;
    for (const GuestColumn column : std::as_const(mapping.m_columns)) {
        hasName = hasName || column == GuestColumn::GivenName || column == GuestColumn::FamilyName
                  || column == GuestColumn::FullName || column == GuestColumn::NativeGivenName
                  || column == GuestColumn::NativeFamilyName || column == GuestColumn::LatinGivenName
                  || column == GuestColumn::LatinFamilyName;
    }
    if (!hasName)
        return std::unexpected(
            invalid(QString(), tr("No column holds the guest's name (e.g. given_name, family_name).")));
    mapping.m_hasNativeGiven = mapping.m_columns.contains(GuestColumn::NativeGivenName);
    mapping.m_hasNativeFamily = mapping.m_columns.contains(GuestColumn::NativeFamilyName);
    return mapping;
}

Status GuestCsvMapping::read(const QStringList &record, Guest &guest, QStringList &notes) const
{
    if (record.size() > m_columns.size()) {
        for (qsizetype i = m_columns.size(); i < record.size(); ++i) {
            if (!record.at(i).trimmed().isEmpty())
                return std::unexpected(invalid(
                    QString(), tr("This row has %1 fields but the header has %2.")
                                   .arg(QString::number(record.size()), QString::number(m_columns.size()))));
        }
    }
    const qsizetype count = std::min(record.size(), m_columns.size());
    QString fullName;
    QString middleName;
    QString birthYear, birthMonth, birthDay; // the three columns of a birthday, as written
    for (qsizetype i = 0; i < count; ++i) {
        // A leading apostrophe before = + - @ is what a CSV export (CsvTable) puts there so a
        // spreadsheet does not run the cell as a formula: the text is what follows it.
        QString cell = record.at(i);
        if (cell.size() > 1 && cell.front() == u'\''
            && (cell.at(1) == u'=' || cell.at(1) == u'+' || cell.at(1) == u'-' || cell.at(1) == u'@'))
            cell.remove(0, 1);
        if (cell.isEmpty())
            continue;
        // One value of a field that holds one: the first of Google's "a ::: b".
        if (!repeatable(m_columns.at(i)) && cell.contains(ValueSeparator))
            cell = cell.left(cell.indexOf(ValueSeparator));
        switch (m_columns.at(i)) {
        case GuestColumn::Ignore: break;
        case GuestColumn::Salutation: guest.salutation = cell; break;
        case GuestColumn::GivenName:
            (m_hasNativeGiven ? guest.latinGivenName : guest.givenName) = cell;
            break;
        case GuestColumn::FamilyName:
            (m_hasNativeFamily ? guest.latinFamilyName : guest.familyName) = cell;
            break;
        case GuestColumn::FullName: fullName = cell.simplified(); break;
        case GuestColumn::MiddleName: middleName = cell.simplified(); break;
        case GuestColumn::NativeGivenName: guest.givenName = cell; break;
        case GuestColumn::NativeFamilyName: guest.familyName = cell; break;
        case GuestColumn::LatinGivenName: guest.latinGivenName = cell; break;
        case GuestColumn::LatinFamilyName: guest.latinFamilyName = cell; break;
        case GuestColumn::Email: appendSplit(guest.emails, cell, true); break;
        case GuestColumn::Phone: appendSplit(guest.phones, cell, false); break;
        case GuestColumn::Tags: {
            // Google's own groups ("* myContacts", "* starred") are not the venue's tags.
            QStringList tags;
            appendSplit(tags, cell, true);
            for (const QString &tag : std::as_const(tags)) {
                if (!tag.startsWith(QLatin1String("* ")))
                    guest.tags.append(tag);
            }
            break;
        }
        case GuestColumn::Language: guest.language = cell; break;
        // A country written as a name in any of the UI's languages or English is stored as its code
        // ("Allemagne", "Германия" → DE); anything else goes on as written for the rules to judge.
        case GuestColumn::Nationality:
            guest.nationality = PlaceNames::countryCode(cell).value_or(cell);
            break;
        case GuestColumn::Company: guest.company = cell; break;
        case GuestColumn::Street: guest.street = cell; break;
        case GuestColumn::AddressLine2: guest.addressLine2 = cell; break;
        case GuestColumn::City: guest.city = cell; break;
        case GuestColumn::State: guest.state = cell; break;
        case GuestColumn::ExternalId:
            if (!cell.trimmed().isEmpty())
                guest.externalId = m_idPrefix + cell.trimmed();
            break;
        case GuestColumn::BirthYear: birthYear = cell.trimmed(); break;
        case GuestColumn::BirthMonth: birthMonth = cell.trimmed(); break;
        case GuestColumn::BirthDayOfMonth: birthDay = cell.trimmed(); break;
        case GuestColumn::PostalCode: guest.postalCode = cell; break;
        case GuestColumn::Country: guest.country = PlaceNames::countryCode(cell).value_or(cell); break;
        case GuestColumn::Birthday:
        case GuestColumn::Anniversary: {
            const QString text = cell.trimmed();
            if (text.isEmpty())
                break;
            const bool birthday = m_columns.at(i) == GuestColumn::Birthday;
            // Outlook writes "0/0/00" for no date.
            if (text == QLatin1String("0/0/00") || text == QLatin1String("0/0/0000"))
                break;
            // A day without a year ("--03-14", as Google and vCard write it) is kept in a note.
            if (const QDate yearless = CalendarDate::fromIso(QStringLiteral("2000") + text.mid(1));
                text.startsWith(QLatin1String("--")) && text.size() == 7 && yearless.isValid()) {
                notes.append(yearlessNote(m_columns.at(i), yearless));
                break;
            }
            auto date = readDate(m_columns.at(i), text);
            if (!date)
                return std::unexpected(date.error());
            (birthday ? guest.birthday : guest.anniversary) = *date;
            break;
        }
        case GuestColumn::Vip: {
            const QString text = cell.trimmed();
            bool ok = false;
            QString number = text;
            // OPERA's codes: "VIP2", "V1".
            if (number.startsWith(QLatin1String("vip"), Qt::CaseInsensitive))
                number = number.mid(3).trimmed();
            else if (number.size() == 2 && number.startsWith(u'V', Qt::CaseInsensitive))
                number = number.mid(1);
            const int level = number.toInt(&ok);
            if (ok) {
                guest.vipLevel = level;
            } else if (const auto flag = parseFlag(text)) {
                guest.vipLevel = *flag ? 1 : 0;
            } else {
                return std::unexpected(
                    invalid(QStringLiteral("vip_level"),
                            tr("\"%1\" is not a VIP level from 0 to 3.").arg(TextField::quoted(text))));
            }
            break;
        }
        case GuestColumn::Source: {
            const QString text = cell.trimmed();
            if (text.isEmpty())
                break;
            const auto source = guestSourceFromToken(text);
            if (!source)
                return std::unexpected(invalid(QStringLiteral("source"),
                                               tr("\"%1\" is not one of walk-in, ota, direct, agent, other.")
                                                   .arg(TextField::quoted(text))));
            guest.source = *source;
            break;
        }
        case GuestColumn::Notes:
            if (!cell.trimmed().isEmpty())
                notes.append(cell);
            break;
        case GuestColumn::BlockedReason: {
            // A reason, or a bare yes/no in a "Blocked" column.
            const auto flag = parseFlag(cell);
            if (flag && !*flag)
                break;
            guest.blocked = true;
            guest.blockedReason = flag ? tr("Blocked in the imported file.") : cell;
            break;
        }
        case GuestColumn::Press:
        case GuestColumn::ConsentEmail:
        case GuestColumn::ConsentSms:
        case GuestColumn::ConsentPhone:
        case GuestColumn::ConsentMarketing: {
            const auto flag = parseFlag(cell);
            if (!flag)
                return std::unexpected(
                    invalid(toToken(m_columns.at(i)),
                            tr("\"%1\" is not yes or no.").arg(TextField::quoted(cell.trimmed()))));
            switch (m_columns.at(i)) {
            case GuestColumn::Press: guest.press = *flag; break;
            case GuestColumn::ConsentEmail: guest.consent.email = *flag; break;
            case GuestColumn::ConsentSms: guest.consent.sms = *flag; break;
            case GuestColumn::ConsentPhone: guest.consent.phone = *flag; break;
            default: guest.consent.marketing = *flag; break;
            }
            break;
        }
        }
    }
    // A full name fills the names the other columns left empty (Thunderbird's "Display Name" beside its
    // first and last names, a contact that has only a name).
    const bool named = !guest.givenName.isEmpty() || !guest.familyName.isEmpty()
                       || !guest.latinGivenName.isEmpty() || !guest.latinFamilyName.isEmpty();
    if (!fullName.isEmpty() && !named) {
        const qsizetype comma = fullName.indexOf(QLatin1Char(','));
        if (comma >= 0) {
            guest.familyName = fullName.left(comma).trimmed();
            guest.givenName = fullName.mid(comma + 1).trimmed();
        } else if (const qsizetype space = fullName.lastIndexOf(QLatin1Char(' ')); space >= 0) {
            guest.givenName = fullName.left(space);
            guest.familyName = fullName.mid(space + 1);
        } else {
            guest.familyName = fullName;
        }
    }
    if (!middleName.isEmpty()) {
        QString &given = m_hasNativeGiven ? guest.latinGivenName : guest.givenName;
        given = given.isEmpty() ? middleName : given + u' ' + middleName;
    }
    if (!birthMonth.isEmpty() || !birthDay.isEmpty() || !birthYear.isEmpty()) {
        bool monthOk = false, dayOk = false, yearOk = false;
        const int month = birthMonth.toInt(&monthOk);
        const int day = birthDay.toInt(&dayOk);
        const int year = birthYear.toInt(&yearOk);
        const QDate date(yearOk ? year : 2000, monthOk ? month : 0, dayOk ? day : 0);
        if (!monthOk || !dayOk || !date.isValid() || (!birthYear.isEmpty() && (!yearOk || year < 1000)))
            return std::unexpected(
                invalid(QStringLiteral("birthday"),
                        tr("Year \"%1\", month \"%2\", day \"%3\" is not a date.")
                            .arg(TextField::quoted(birthYear), TextField::quoted(birthMonth),
                                 TextField::quoted(birthDay))));
        if (birthYear.isEmpty())
            notes.append(yearlessNote(GuestColumn::Birthday, date));
        else
            guest.birthday = date;
    }
    return {};
}

Result<QDate> GuestCsvMapping::readDate(GuestColumn column, const QString &text) const
{
    auto date = ImportDate::read(text, m_dateFormat);
    if (!date) {
        Error error = date.error();
        error.field = toToken(column);
        return std::unexpected(error);
    }
    return date;
}

} // namespace innkeep
