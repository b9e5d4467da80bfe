// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "staycsvimport.h"

#include "common/currencycode.h"
#include "common/money.h"
#include "common/textfield.h"
#include "exchange/guestmatch.h"
#include "exchange/importdate.h"
#include "stays/stayservice.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "venue/venuesettings.h"

#include <algorithm>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

// Headers as PMS and channel-manager exports write them, in the languages of the venues we know.
constexpr CsvAlias Aliases[] = {
    {u"arrivaldate", "arrival"},
    {u"checkin", "arrival"},
    {u"checkindate", "arrival"},
    {u"anreise", "arrival"},
    {u"anreisedatum", "arrival"},
    {u"ankunft", "arrival"},
    {u"arrivee", "arrival"},
    {u"arrivée", "arrival"},
    {u"datedarrivee", "arrival"},
    {u"datedarrivée", "arrival"},
    {u"llegada", "arrival"},
    {u"fechadellegada", "arrival"},
    {u"fechallegada", "arrival"},
    {u"entrada", "arrival"},
    {u"заезд", "arrival"},
    {u"датазаезда", "arrival"},
    {u"прибытие", "arrival"},
    {u"датаприбытия", "arrival"},
    {u"departuredate", "departure"},
    {u"checkout", "departure"},
    {u"checkoutdate", "departure"},
    {u"abreise", "departure"},
    {u"abreisedatum", "departure"},
    {u"abfahrt", "departure"},
    {u"depart", "departure"},
    {u"départ", "departure"},
    {u"datededepart", "departure"},
    {u"datededépart", "departure"},
    {u"salida", "departure"},
    {u"fechadesalida", "departure"},
    {u"fechasalida", "departure"},
    {u"выезд", "departure"},
    {u"датавыезда", "departure"},
    {u"отъезд", "departure"},
    {u"roomno", "room"},
    {u"roomnumber", "room"},
    {u"roomnr", "room"},
    {u"zimmer", "room"},
    {u"zimmernr", "room"},
    {u"zimmernummer", "room"},
    {u"chambre", "room"},
    {u"numerodechambre", "room"},
    {u"numérodechambre", "room"},
    {u"habitacion", "room"},
    {u"habitación", "room"},
    {u"номер", "room"},
    {u"номеркомнаты", "room"},
    {u"комната", "room"},
    {u"nightlyrate", "rate"},
    {u"roomrate", "rate"},
    {u"ratepernight", "rate"},
    {u"pricepernight", "rate"},
    {u"price", "rate"},
    {u"preis", "rate"},
    {u"zimmerpreis", "rate"},
    {u"tarif", "rate"},
    {u"prix", "rate"},
    {u"prixparnuit", "rate"},
    {u"tarifa", "rate"},
    {u"precio", "rate"},
    {u"precionoche", "rate"},
    {u"цена", "rate"},
    {u"тариф", "rate"},
    {u"ценазаночь", "rate"},
    {u"total", "revenue"},
    {u"totalamount", "revenue"},
    {u"totalprice", "revenue"},
    {u"umsatz", "revenue"},
    {u"gesamtpreis", "revenue"},
    {u"montant", "revenue"},
    {u"montanttotal", "revenue"},
    {u"importe", "revenue"},
    {u"importetotal", "revenue"},
    {u"сумма", "revenue"},
    {u"итого", "revenue"},
    {u"währung", "currency"},
    {u"waehrung", "currency"},
    {u"devise", "currency"},
    {u"monnaie", "currency"},
    {u"moneda", "currency"},
    {u"валюта", "currency"},
    {u"bookingstatus", "status"},
    {u"reservationstatus", "status"},
    {u"statut", "status"},
    {u"estado", "status"},
    {u"статус", "status"},
    {u"bookingreference", "booking_ref"},
    {u"bookingno", "booking_ref"},
    {u"bookingnumber", "booking_ref"},
    {u"bookingid", "booking_ref"},
    {u"reservation", "booking_ref"},
    {u"reservationno", "booking_ref"},
    {u"reservationnumber", "booking_ref"},
    {u"reservationid", "booking_ref"},
    {u"resno", "booking_ref"},
    {u"confirmation", "booking_ref"},
    {u"confirmationno", "booking_ref"},
    {u"confirmationnumber", "booking_ref"},
    {u"buchungsnummer", "booking_ref"},
    {u"reservierungsnummer", "booking_ref"},
    {u"numerodereservation", "booking_ref"},
    {u"numéroderéservation", "booking_ref"},
    {u"localizador", "booking_ref"},
    {u"numerodereserva", "booking_ref"},
    {u"númerodereserva", "booking_ref"},
    {u"номерброни", "booking_ref"},
    {u"номербронирования", "booking_ref"},
    {u"source", "channel"},
    {u"bookingchannel", "channel"},
    {u"bookingsource", "channel"},
    {u"kanal", "channel"},
    {u"canal", "channel"},
    {u"канал", "channel"},
    {u"источник", "channel"},
    {u"trippurpose", "purpose"},
    {u"zweck", "purpose"},
    {u"reisezweck", "purpose"},
    {u"motif", "purpose"},
    {u"motivo", "purpose"},
    {u"цель", "purpose"},
    {u"partysize", "party_size"},
    {u"guests", "party_size"},
    {u"pax", "party_size"},
    {u"persons", "party_size"},
    {u"numberofguests", "party_size"},
    {u"personen", "party_size"},
    {u"personnes", "party_size"},
    {u"personas", "party_size"},
    {u"гостей", "party_size"},
    {u"erwachsene", "adults"},
    {u"adultes", "adults"},
    {u"adultos", "adults"},
    {u"взрослые", "adults"},
    {u"kinder", "children"},
    {u"enfants", "children"},
    {u"ninos", "children"},
    {u"niños", "children"},
    {u"дети", "children"},
    {u"externalid", "external_id"},
    {u"profileid", "external_id"},
    {u"guestid", "external_id"},
    {u"profilenumber", "external_id"},
    {u"customerid", "external_id"},
    {u"clientid", "external_id"},
    {u"kundennummer", "external_id"},
    {u"gastnummer", "external_id"},
    {u"emailaddress", "email"},
    {u"mail", "email"},
    {u"guestemail", "email"},
    // Innkeep's own CSV export (stays.csv): its ids are that file's, not this one's.
    {u"stayid", "ignore"},
    {u"guestid", "ignore"},
    {u"importerror", "ignore"},
    {u"courriel", "email"},
    {u"correo", "email"},
    {u"correoelectronico", "email"},
    {u"correoelectrónico", "email"},
    {u"почта", "email"},
    {u"электроннаяпочта", "email"},
    {u"fullname", "name"},
    {u"guestname", "name"},
    {u"guest", "name"},
    {u"gast", "name"},
    {u"gastname", "name"},
    {u"nom", "name"},
    {u"nomcomplet", "name"},
    {u"client", "name"},
    {u"huesped", "name"},
    {u"huésped", "name"},
    {u"nombrecompleto", "name"},
    {u"фио", "name"},
    {u"гость", "name"},
    {u"firstname", "given_name"},
    {u"first", "given_name"},
    {u"forename", "given_name"},
    {u"vorname", "given_name"},
    {u"prenom", "given_name"},
    {u"prénom", "given_name"},
    {u"nombre", "given_name"},
    {u"имя", "given_name"},
    {u"lastname", "family_name"},
    {u"surname", "family_name"},
    {u"last", "family_name"},
    {u"nachname", "family_name"},
    {u"nomdefamille", "family_name"},
    {u"apellido", "family_name"},
    {u"apellidos", "family_name"},
    {u"фамилия", "family_name"},
};

struct StatusWord
{
    const char16_t *key; // CsvColumns::canonical() of the word
    StayStatus status;
};

constexpr StatusWord StatusWords[] = {
    {u"booked", StayStatus::Booked},          {u"reserved", StayStatus::Booked},
    {u"confirmed", StayStatus::Booked},       {u"new", StayStatus::Booked},
    {u"gebucht", StayStatus::Booked},         {u"reserviert", StayStatus::Booked},
    {u"bestätigt", StayStatus::Booked},       {u"réservé", StayStatus::Booked},
    {u"reserve", StayStatus::Booked},         {u"confirmé", StayStatus::Booked},
    {u"reservado", StayStatus::Booked},       {u"confirmado", StayStatus::Booked},
    {u"забронировано", StayStatus::Booked},   {u"подтверждено", StayStatus::Booked},
    {u"inhouse", StayStatus::InHouse},        {u"checkedin", StayStatus::InHouse},
    {u"arrived", StayStatus::InHouse},        {u"staying", StayStatus::InHouse},
    {u"angereist", StayStatus::InHouse},      {u"eingecheckt", StayStatus::InHouse},
    {u"arrivé", StayStatus::InHouse},         {u"alojado", StayStatus::InHouse},
    {u"проживает", StayStatus::InHouse},      {u"заселен", StayStatus::InHouse},
    {u"checkedout", StayStatus::CheckedOut},  {u"departed", StayStatus::CheckedOut},
    {u"completed", StayStatus::CheckedOut},   {u"stayed", StayStatus::CheckedOut},
    {u"abgereist", StayStatus::CheckedOut},   {u"ausgecheckt", StayStatus::CheckedOut},
    {u"parti", StayStatus::CheckedOut},       {u"terminé", StayStatus::CheckedOut},
    {u"salido", StayStatus::CheckedOut},      {u"finalizado", StayStatus::CheckedOut},
    {u"выехал", StayStatus::CheckedOut},      {u"выселен", StayStatus::CheckedOut},
    {u"cancelled", StayStatus::Cancelled},    {u"canceled", StayStatus::Cancelled},
    {u"cancellation", StayStatus::Cancelled}, {u"storniert", StayStatus::Cancelled},
    {u"annulé", StayStatus::Cancelled},       {u"annule", StayStatus::Cancelled},
    {u"cancelado", StayStatus::Cancelled},    {u"anulado", StayStatus::Cancelled},
    {u"отменено", StayStatus::Cancelled},     {u"отменен", StayStatus::Cancelled},
    {u"отмена", StayStatus::Cancelled},       {u"noshow", StayStatus::NoShow},
    {u"nichtangereist", StayStatus::NoShow},  {u"nonprésenté", StayStatus::NoShow},
    {u"nopresentado", StayStatus::NoShow},    {u"незаезд", StayStatus::NoShow},
};

Error invalid(const QString &field, const QString &message)
{
    return Error{Error::Code::InvalidInput, message, field, {}, 0};
}

const QHash<QString, QString> &aliasTable()
{
    static const QHash<QString, QString> table = CsvColumns::aliasHash(Aliases);
    return table;
}

Result<QDate> dateIn(const CsvColumns &columns, const QStringList &record, const QString &field,
                     const QString &format)
{
    const QString text = columns.cell(record, field);
    if (text.isEmpty())
        return std::unexpected(invalid(field, field == u"arrival"
                                                  ? StayCsvImport::tr("Enter the arrival date.")
                                                  : StayCsvImport::tr("Enter the departure date.")));
    auto date = ImportDate::read(text, format);
    if (!date) {
        Error error = date.error();
        error.field = field;
        return std::unexpected(error);
    }
    return *date;
}

Result<int> countIn(const CsvColumns &columns, const QStringList &record, const QString &field)
{
    const QString text = columns.cell(record, field);
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int count = text.toInt(&ok);
    if (!ok || count < 0)
        return std::unexpected(invalid(
            field, StayCsvImport::tr("\"%1\" is not a number of people.").arg(TextField::quoted(text))));
    return count;
}

// Every field, in the order the window lists them.
constexpr CsvFieldName FieldNames[] = {
    {"arrival", QT_TRANSLATE_NOOP("StayCsvImport", "Arrival date")},
    {"departure", QT_TRANSLATE_NOOP("StayCsvImport", "Departure date")},
    {"room", QT_TRANSLATE_NOOP("StayCsvImport", "Room")},
    {"rate", QT_TRANSLATE_NOOP("StayCsvImport", "Nightly rate")},
    {"revenue", QT_TRANSLATE_NOOP("StayCsvImport", "Revenue (the stay's total)")},
    {"currency", QT_TRANSLATE_NOOP("StayCsvImport", "Currency")},
    {"status", QT_TRANSLATE_NOOP("StayCsvImport", "Status")},
    {"booking_ref", QT_TRANSLATE_NOOP("StayCsvImport", "Booking reference")},
    {"channel", QT_TRANSLATE_NOOP("StayCsvImport", "Booking channel")},
    {"purpose", QT_TRANSLATE_NOOP("StayCsvImport", "Purpose of the stay")},
    {"party_size", QT_TRANSLATE_NOOP("StayCsvImport", "Party size")},
    {"adults", QT_TRANSLATE_NOOP("StayCsvImport", "Adults")},
    {"children", QT_TRANSLATE_NOOP("StayCsvImport", "Children")},
    {"external_id", QT_TRANSLATE_NOOP("StayCsvImport", "Guest's profile id")},
    {"email", QT_TRANSLATE_NOOP("StayCsvImport", "Guest's e-mail")},
    {"name", QT_TRANSLATE_NOOP("StayCsvImport", "Guest's full name")},
    {"given_name", QT_TRANSLATE_NOOP("StayCsvImport", "Guest's given name")},
    {"family_name", QT_TRANSLATE_NOOP("StayCsvImport", "Guest's family name")},
};

} // namespace

QList<RecordField> StayCsvImport::namedFields()
{
    return CsvColumns::namesOf(FieldNames, "StayCsvImport");
}

QString StayCsvImport::recognise(const QString &header)
{
    return CsvColumns::recognise(header, fields(), aliasTable());
}

Result<std::unique_ptr<BackgroundJob>> StayCsvImport::start(JobRunner &runner, const QString &path,
                                                            const RecordImportChoices &choices, bool dryRun)
{
    return startJob(runner, dryRun ? tr("the check of the stays file") : tr("the stay import"),
                    dryRun ? tr("Checking every row") : tr("Importing stays"), path, choices, dryRun,
                    [](Database &db) { return std::make_unique<StayCsvImport>(db); });
}

QStringList StayCsvImport::fields()
{
    static const QStringList tokens = CsvColumns::tokensOf(FieldNames);
    return tokens;
}

Result<CsvColumns> StayCsvImport::columnsOf(const QStringList &header)
{
    auto columns =
        CsvColumns::fromHeader(header, fields(), aliasTable(), choices().mapping, choices().ignoreUnknown);
    if (!columns)
        return columns;
    for (const QString &needed : {u"arrival"_s, u"departure"_s}) {
        if (!columns->has(needed))
            return std::unexpected(invalid(needed, tr("No column holds the %1 date.").arg(needed)));
    }
    if (!columns->has(u"external_id"_s) && !columns->has(u"email"_s) && !columns->has(u"name"_s)
        && !columns->has(u"family_name"_s))
        return std::unexpected(invalid(
            u"guest"_s, tr("No column says whose stay it is: add the guest's external id, e-mail or name "
                           "(name, or given_name and family_name).")));
    return columns;
}

Status StayCsvImport::begin()
{
    Statement last(db(), u"SELECT coalesce(max(id), 0) FROM stays"_s);
    auto value = last.scalar();
    if (!value)
        return std::unexpected(value.error());
    m_storedBefore = value->toLongLong();
    return {};
}

Result<RecordCsvImport::Outcome> StayCsvImport::storeRow(const CsvColumns &columns, const QStringList &record)
{
    const QString format = choices().dateFormat;
    const auto cell = [&](const QString &field) { return columns.cell(record, field); };
    Stay stay;
    auto arrival = dateIn(columns, record, u"arrival"_s, format);
    if (!arrival)
        return std::unexpected(arrival.error());
    auto departure = dateIn(columns, record, u"departure"_s, format);
    if (!departure)
        return std::unexpected(departure.error());
    stay.arrival = *arrival;
    stay.departure = *departure;
    stay.room = cell(u"room"_s);
    stay.bookingRef = cell(u"booking_ref"_s).simplified();
    stay.channel = cell(u"channel"_s);
    stay.purpose = cell(u"purpose"_s);

    if (const QString currency = cell(u"currency"_s); !currency.isEmpty()) {
        auto code = CurrencyCode::normalised(u"currency"_s, currency);
        if (!code)
            return std::unexpected(code.error());
        stay.currency = *code;
    } else {
        stay.currency = VenueSettings(db()).currency();
    }
    // The currency's own decimals: "120.5" is fine in EUR, not in JPY.
    for (const auto &[field, minor] :
         {std::pair{u"rate"_s, &stay.rateMinor}, std::pair{u"revenue"_s, &stay.revenueMinor}}) {
        if (const QString text = cell(field); !text.isEmpty()) {
            auto money = Money::parse(field, text, stay.currency);
            if (!money)
                return std::unexpected(money.error());
            *minor = money->minor();
        }
    }

    if (const QString text = cell(u"status"_s); !text.isEmpty()) {
        const QString key = CsvColumns::canonical(text);
        const auto word = std::find_if(std::begin(StatusWords), std::end(StatusWords),
                                       [&](const StatusWord &w) { return key == QStringView(w.key); });
        if (word == std::end(StatusWords))
            return std::unexpected(
                invalid(u"status"_s, tr("\"%1\" is not a stay status; use booked, in-house, "
                                        "checked-out, cancelled or no-show.")
                                         .arg(TextField::quoted(text))));
        stay.status = word->status;
    } else {
        // An export of past stays often has no status: a stay that ended is one that took place.
        stay.status = stay.departure < db().clock().today() ? StayStatus::CheckedOut : StayStatus::Booked;
    }

    if (const QString party = cell(u"party_size"_s); !party.isEmpty()) {
        auto count = countIn(columns, record, u"party_size"_s);
        if (!count)
            return std::unexpected(count.error());
        stay.partySize = *count;
    } else if (columns.has(u"adults"_s) || columns.has(u"children"_s)) {
        auto adults = countIn(columns, record, u"adults"_s);
        if (!adults)
            return std::unexpected(adults.error());
        auto children = countIn(columns, record, u"children"_s);
        if (!children)
            return std::unexpected(children.error());
        if (*adults + *children > 0)
            stay.partySize = *adults + *children;
    }

    GuestKeys keys;
    keys.externalId = cell(u"external_id"_s);
    keys.email = cell(u"email"_s);
    if (columns.has(u"given_name"_s) || columns.has(u"family_name"_s)) {
        keys.givenName = cell(u"given_name"_s).simplified();
        keys.familyName = cell(u"family_name"_s).simplified();
    }
    if (keys.familyName.isEmpty() && !cell(u"name"_s).isEmpty())
        keys.setFullName(cell(u"name"_s));
    auto guest = GuestMatch(db()).require(keys);
    if (!guest)
        return std::unexpected(guest.error());
    stay.guestUuid = guest->uuid;

    // Stored before this import began (not an earlier row of this file: two rooms under one
    // booking are two stays).
    QString sql = u"SELECT 1 FROM stays WHERE id <= ? AND guest_id = ? AND "_s;
    QVariantList values{m_storedBefore, guest->id};
    if (!stay.bookingRef.isEmpty()) {
        sql += u"booking_ref = ?"_s;
        values << stay.bookingRef;
    } else {
        sql += u"arrival = ? AND departure = ? AND room = ? COLLATE NOCASE"_s;
        values << stay.arrival.toString(Qt::ISODate) << stay.departure.toString(Qt::ISODate)
               << stay.room.simplified();
    }
    Statement stored(db(), sql + u" LIMIT 1"_s);
    for (const QVariant &value : std::as_const(values))
        stored.bindValue(value);
    auto found = stored.scalar();
    if (!found)
        return std::unexpected(found.error());
    if (found->isValid())
        return Outcome::Skipped;

    auto added = StayService(db()).add(stay);
    if (!added)
        return std::unexpected(added.error());
    return Outcome::Added;
}

} // namespace innkeep
