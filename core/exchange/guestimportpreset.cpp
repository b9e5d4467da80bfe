// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestimportpreset.h"

#include "exchange/csvcolumns.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace innkeep {

namespace {

using C = GuestColumn;

// A run of digits in a key stands for any number: "E-mail 2 - Value" and "E-mail 1 - Value" are one
// kind of column ("email#value").
QString numbered(const QString &key)
{
    QString out;
    out.reserve(key.size());
    bool inDigits = false;
    for (const QChar c : key) {
        if (c.isDigit()) {
            if (!inDigits)
                out.append(u'#');
            inDigits = true;
        } else {
            out.append(c);
            inDigits = false;
        }
    }
    return out;
}

} // namespace

const QList<GuestImportPreset> &GuestImportPreset::all()
{
    static const QList<GuestImportPreset> presets = [] {
        QList<GuestImportPreset> list;
        GuestImportPreset p;

        // Google Contacts: the export of contacts.google.com since 2020 ("First Name", "Labels",
        // "E-mail 1 - Value") and the older "Google CSV" ("Given Name", "Group Membership"). A cell holds
        // several values separated by " ::: ".
        p = {};
        p.m_name = QStringLiteral("google");
        p.m_label = QT_TR_NOOP("Google Contacts");
        p.m_signatures = {{u"phoneticfirstname"_s, u"labels"_s},
                          {u"givenname"_s, u"familyname"_s, u"groupmembership"_s}};
        p.m_dateFormat = QStringLiteral("YYYY-MM-DD");
        p.m_columns = {
            {u"name", C::FullName},
            {u"firstname", C::GivenName},
            {u"givenname", C::GivenName},
            {u"middlename", C::MiddleName},
            {u"additionalname", C::MiddleName},
            {u"lastname", C::FamilyName},
            {u"familyname", C::FamilyName},
            {u"nameprefix", C::Salutation},
            {u"organizationname", C::Company},
            {u"organization#name", C::Company},
            {u"birthday", C::Birthday},
            {u"notes", C::Notes},
            {u"language", C::Language},
            {u"labels", C::Tags},
            {u"groupmembership", C::Tags},
            {u"email#value", C::Email},
            {u"phone#value", C::Phone},
            {u"address#street", C::Street},
            {u"address#extendedaddress", C::AddressLine2},
            {u"address#city", C::City},
            {u"address#region", C::State},
            {u"address#postalcode", C::PostalCode},
            {u"address#country", C::Country},
        };
        list.append(p);

        // Outlook (Windows): File ▸ Open & Export ▸ Import/Export ▸ "Comma Separated Values". Dates are
        // written in the computer's own format, and "0/0/00" when there is none.
        p = {};
        p.m_name = QStringLiteral("outlook");
        p.m_label = QT_TR_NOOP("Microsoft Outlook");
        p.m_signatures = {{u"emailaddress"_s, u"homestreet"_s, u"businessstreet"_s},
                          {u"emaildisplayname"_s, u"mobilephone"_s}};
        p.m_columns = {
            {u"title", C::Salutation},
            {u"firstname", C::GivenName},
            {u"middlename", C::MiddleName},
            {u"lastname", C::FamilyName},
            {u"emailaddress", C::Email},
            {u"email#address", C::Email},
            {u"mobilephone", C::Phone},
            {u"homephone", C::Phone},
            {u"homephone#", C::Phone},
            {u"primaryphone", C::Phone},
            {u"businessphone", C::Phone},
            {u"businessphone#", C::Phone},
            {u"otherphone", C::Phone},
            {u"company", C::Company},
            {u"homestreet", C::Street},
            {u"homestreet#", C::AddressLine2},
            {u"homecity", C::City},
            {u"homestate", C::State},
            {u"homepostalcode", C::PostalCode},
            {u"homecountryregion", C::Country},
            {u"homecountry", C::Country},
            {u"birthday", C::Birthday},
            {u"anniversary", C::Anniversary},
            {u"notes", C::Notes},
            {u"categories", C::Tags},
            {u"language", C::Language},
        };
        list.append(p);

        // Thunderbird: Address Book ▸ Export ▸ "Comma Separated". The birthday is three columns.
        p = {};
        p.m_name = QStringLiteral("thunderbird");
        p.m_label = QT_TR_NOOP("Mozilla Thunderbird");
        p.m_signatures = {{u"primaryemail"_s, u"secondaryemail"_s, u"displayname"_s}};
        p.m_columns = {
            {u"firstname", C::GivenName},
            {u"lastname", C::FamilyName},
            {u"displayname", C::FullName},
            {u"primaryemail", C::Email},
            {u"secondaryemail", C::Email},
            {u"mobilenumber", C::Phone},
            {u"homephone", C::Phone},
            {u"workphone", C::Phone},
            {u"homeaddress", C::Street},
            {u"homeaddress#", C::AddressLine2},
            {u"homecity", C::City},
            {u"homestate", C::State},
            {u"homezipcode", C::PostalCode},
            {u"homecountry", C::Country},
            {u"organization", C::Company},
            {u"birthyear", C::BirthYear},
            {u"birthmonth", C::BirthMonth},
            {u"birthday", C::BirthDayOfMonth},
            {u"notes", C::Notes},
        };
        list.append(p);

        // LinkedIn: Settings ▸ Data privacy ▸ "Get a copy of your data" ▸ Connections.csv, which starts
        // with a few lines of notes before its header.
        p = {};
        p.m_name = QStringLiteral("linkedin");
        p.m_label = QT_TR_NOOP("LinkedIn connections");
        p.m_signatures = {{u"firstname"_s, u"lastname"_s, u"connectedon"_s}};
        p.m_columns = {
            {u"firstname", C::GivenName},
            {u"lastname", C::FamilyName},
            {u"emailaddress", C::Email},
            {u"company", C::Company},
        };
        list.append(p);

        // QloApps (the open-source hotel booking system): Customers ▸ Customers ▸ Export. "Newsletter" is
        // the guest's agreement to marketing mail.
        p = {};
        p.m_name = QStringLiteral("qloapps-customers");
        p.m_label = QT_TR_NOOP("QloApps customers");
        p.m_signatures = {{u"id"_s, u"socialtitle"_s, u"firstname"_s, u"lastname"_s, u"email"_s}};
        p.m_idPrefix = QStringLiteral("qloapps:");
        p.m_dateFormat = QStringLiteral("YYYY-MM-DD");
        p.m_columns = {
            {u"id", C::ExternalId},       {u"socialtitle", C::Salutation},
            {u"firstname", C::GivenName}, {u"lastname", C::FamilyName},
            {u"email", C::Email},         {u"birthday", C::Birthday},
            {u"company", C::Company},     {u"newsletter", C::ConsentMarketing},
        };
        list.append(p);

        // QloApps: Customers ▸ Addresses ▸ Export. Its "ID" is the address's, not the customer's: a
        // customer id column is used when the export has one.
        p = {};
        p.m_name = QStringLiteral("qloapps-addresses");
        p.m_label = QT_TR_NOOP("QloApps addresses");
        p.m_signatures = {{u"id"_s, u"firstname"_s, u"lastname"_s, u"address"_s, u"postcode"_s, u"city"_s}};
        p.m_idPrefix = QStringLiteral("qloapps:");
        p.m_columns = {
            {u"customerid", C::ExternalId},
            {u"idcustomer", C::ExternalId},
            {u"firstname", C::GivenName},
            {u"lastname", C::FamilyName},
            {u"company", C::Company},
            {u"address", C::Street},
            {u"address#", C::AddressLine2},
            {u"postcode", C::PostalCode},
            {u"zippostalcode", C::PostalCode},
            {u"city", C::City},
            {u"state", C::State},
            {u"country", C::Country},
            {u"phone", C::Phone},
            {u"homephone", C::Phone},
            {u"mobilephone", C::Phone},
        };
        list.append(p);

        // A property-management system's guest-profile export as most of them write it ("Profile ID",
        // "Address Line 1", "State/Province", "Marketing Opt-In").
        p = {};
        p.m_name = QStringLiteral("pms");
        p.m_label = QT_TR_NOOP("Hotel PMS guest profiles");
        p.m_signatures = {{u"profileid"_s, u"firstname"_s, u"lastname"_s},
                          {u"guestprofileid"_s, u"lastname"_s}};
        p.m_idPrefix = QStringLiteral("pms:");
        p.m_columns = {
            {u"profileid", C::ExternalId},
            {u"guestprofileid", C::ExternalId},
            {u"title", C::Salutation},
            {u"firstname", C::GivenName},
            {u"middlename", C::MiddleName},
            {u"lastname", C::FamilyName},
            {u"email", C::Email},
            {u"emailaddress", C::Email},
            {u"mobile", C::Phone},
            {u"phone", C::Phone},
            {u"addressline2", C::AddressLine2},
            {u"addressline#", C::Street},
            {u"city", C::City},
            {u"stateprovince", C::State},
            {u"postalcode", C::PostalCode},
            {u"country", C::Country},
            {u"nationality", C::Nationality},
            {u"dateofbirth", C::Birthday},
            {u"language", C::Language},
            {u"vip", C::Vip},
            {u"company", C::Company},
            {u"notes", C::Notes},
            {u"marketingoptin", C::ConsentMarketing},
            {u"emailoptin", C::ConsentEmail},
        };
        list.append(p);

        // OPERA PMS profile extracts: '|'-separated, dates MM/DD/YYYY, the profile's NAME_ID.
        p = {};
        p.m_name = QStringLiteral("opera");
        p.m_label = QT_TR_NOOP("OPERA profiles");
        p.m_signatures = {{u"nameid"_s, u"last"_s}, {u"nameid"_s, u"lastname"_s}};
        p.m_idPrefix = QStringLiteral("opera:");
        p.m_dateFormat = QStringLiteral("MM/DD/YYYY");
        p.m_columns = {
            {u"nameid", C::ExternalId},
            {u"title", C::Salutation},
            {u"first", C::GivenName},
            {u"firstname", C::GivenName},
            {u"middle", C::MiddleName},
            {u"last", C::FamilyName},
            {u"lastname", C::FamilyName},
            {u"address2", C::AddressLine2},
            {u"address#", C::Street},
            {u"city", C::City},
            {u"state", C::State},
            {u"zipcode", C::PostalCode},
            {u"zip", C::PostalCode},
            {u"country", C::Country},
            {u"nationality", C::Nationality},
            {u"language", C::Language},
            {u"birthdate", C::Birthday},
            {u"email", C::Email},
            {u"phone", C::Phone},
            {u"mobile", C::Phone},
            {u"vipstatus", C::Vip},
            {u"vip", C::Vip},
            {u"company", C::Company},
            {u"comments", C::Notes},
            {u"mailinglist", C::ConsentMarketing},
        };
        list.append(p);
        return list;
    }();
    return presets;
}

QStringList GuestImportPreset::names()
{
    QStringList out;
    for (const GuestImportPreset &preset : all())
        out.append(preset.m_name);
    return out;
}

std::optional<GuestImportPreset> GuestImportPreset::named(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    for (const GuestImportPreset &preset : all()) {
        if (preset.m_name == wanted)
            return preset;
    }
    return std::nullopt;
}

std::optional<GuestImportPreset> GuestImportPreset::recognise(const QStringList &header)
{
    QStringList keys;
    for (const QString &name : header)
        keys.append(CsvColumns::canonical(name));
    for (const GuestImportPreset &preset : all()) {
        for (const QStringList &signature : preset.m_signatures) {
            if (std::all_of(signature.cbegin(), signature.cend(),
                            [&keys](const QString &key) { return keys.contains(key); }))
                return preset;
        }
    }
    return std::nullopt;
}

QString GuestImportPreset::displayName() const
{
    return tr(m_label);
}

std::optional<GuestColumn> GuestImportPreset::columnFor(const QString &header) const
{
    const QString key = CsvColumns::canonical(header);
    const QString anyNumber = numbered(key);
    // The exact key first ("homestreet" is the street, "homestreet#" its second line).
    for (const Column &column : m_columns) {
        if (key == QStringView(column.key))
            return column.column;
    }
    for (const Column &column : m_columns) {
        if (anyNumber == QStringView(column.key))
            return column.column;
    }
    return std::nullopt;
}

} // namespace innkeep
