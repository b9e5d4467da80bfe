// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// stay add, stay list, stay cancel: a guest's stays, for scripts and tests (KPIs need history).
#include "commandoptions.h"
#include "commandregistry.h"
#include "commands.h"
#include "common/calendardate.h"
#include "common/currencycode.h"
#include "common/money.h"
#include "common/textfield.h"
#include "console.h"
#include "jsonformat.h"
#include "stays/stayservice.h"
#include "ticketconsoleformat.h"

#include <QJsonArray>
#include <QLocale>

namespace innkeep::cli {

using namespace Qt::StringLiterals;

namespace {

// The option a field of StayService's errors was typed in ("departure" -> "--departure").
QString optionOf(const QString &field)
{
    static const QHash<QString, QString> options{
        {u"arrival"_s, u"--arrival"_s}, {u"departure"_s, u"--departure"_s},
        {u"room"_s, u"--room"_s},       {u"rate"_s, u"--rate"_s},
        {u"revenue"_s, u"--rate"_s},    {u"currency"_s, u"--currency"_s},
        {u"channel"_s, u"--channel"_s}, {u"booking_ref"_s, u"--booking-ref"_s},
        {u"status"_s, u"--status"_s}};
    return options.value(field, field);
}

QString statusTokens()
{
    QStringList tokens;
    for (StayStatus status : {StayStatus::Booked, StayStatus::InHouse, StayStatus::CheckedOut,
                              StayStatus::Cancelled, StayStatus::NoShow})
        tokens.append(toToken(status));
    return tokens.join(u", "_s);
}

// The one positional argument of stay cancel (a stay's uuid) and of stay add / list (a guest's uuid),
// as --help shows them.
void addStayIdArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"id"_s, QCoreApplication::translate("StayCommand", "The stay's id."),
                                 u"STAY_ID"_s);
}

void addGuestIdArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"guest"_s, QCoreApplication::translate("StayCommand", "The guest's id."),
                                 u"GUEST_ID"_s);
}

class StayAddCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StayAddCommand)

public:
    using Command::Command;
    QString name() const override { return u"stay add"_s; }
    QString description() const override { return tr("Add a stay to a guest; prints the new stay's id."); }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        addGuestIdArgument(parser);
        addValueOption(parser, u"arrival"_s, tr("Arrival date, YYYY-MM-DD (required)."), tr("date"));
        addValueOption(parser, u"departure"_s,
                       tr("Departure date, YYYY-MM-DD, not before the arrival (required)."), tr("date"));
        addValueOption(parser, u"room"_s, tr("Room."), tr("room"));
        addValueOption(parser, u"rate"_s,
                       tr("Nightly rate in --currency, e.g. 120.00 (the stay's revenue is rate × nights)."),
                       tr("amount"));
        addValueOption(parser, u"currency"_s,
                       tr("ISO 4217 code of the rate (default: the venue's currency)."), tr("code"));
        addValueOption(parser, u"status"_s, tr("One of %1 (default: booked).").arg(statusTokens()),
                       tr("status"));
        addValueOption(parser, u"channel"_s,
                       tr("Booking channel: direct, ota, booking.com … (default: direct)."), tr("channel"));
        addValueOption(parser, u"booking-ref"_s, tr("The booking's reference."), tr("reference"));
    }

    int run(const QCommandLineParser &parser) override
    {
        auto guest = positionalId(parser, expectPositional(parser, 1), u"guest"_s);
        if (!guest)
            return usage(guest.error().toString());
        Stay draft;
        draft.guestUuid = *guest;
        for (const QString &option : {u"arrival"_s, u"departure"_s}) {
            const QString text = parser.value(option).trimmed();
            if (text.isEmpty())
                return usage(TicketConsoleFormat::optionError(
                                 option, tr("required; innkeep-cli stay add --help shows the options."))
                                 .toString());
            const QDate date = CalendarDate::fromIso(text);
            if (!date.isValid())
                return usage(TicketConsoleFormat::optionError(
                                 option, tr("\"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31.")
                                             .arg(TextField::quoted(parser.value(option))))
                                 .toString());
            (option == u"arrival"_s ? draft.arrival : draft.departure) = date;
        }
        if (parser.isSet(u"status"_s)) {
            const auto status = stayStatusFromToken(parser.value(u"status"_s).trimmed().toLower());
            if (!status)
                return usage(
                    TicketConsoleFormat::optionError(
                        u"status"_s, tr("\"%1\" is not one of %2.")
                                         .arg(TextField::quoted(parser.value(u"status"_s)), statusTokens()))
                        .toString());
            draft.status = *status;
        }
        if (parser.isSet(u"currency"_s)) {
            auto currency = CurrencyCode::normalised(u"--currency"_s, parser.value(u"currency"_s));
            if (!currency)
                return usage(currency.error().toString());
            draft.currency = *currency;
        }
        draft.room = parser.value(u"room"_s);
        draft.channel = parser.value(u"channel"_s);
        draft.bookingRef = parser.value(u"booking-ref"_s);

        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        OpenVenue &venue = **opened;
        if (draft.currency.isEmpty())
            draft.currency = venue.settings().currency();
        if (parser.isSet(u"rate"_s)) {
            // The currency's own decimals: "120.5" is fine in EUR, "120.5" in JPY is not.
            auto rate = Money::parse(u"--rate"_s, parser.value(u"rate"_s), draft.currency);
            if (!rate)
                return usage(rate.error().toString());
            draft.rateMinor = rate->minor();
        }
        auto added = venue.stays().add(draft);
        if (!added)
            return refused(added.error());
        printLine(added->uuid);
        return Success;
    }

private:
    // What the stay rules refuse is a bad argument (exit 2, naming the option); an unknown guest or
    // a storage problem is a failure (exit 1).
    int refused(Error error) const
    {
        if (error.code != Error::Code::InvalidInput)
            return fail(error);
        error.field = optionOf(error.field);
        return usage(error.toString());
    }
};

QString stayLine(const Stay &s)
{
    const QLocale locale;
    QStringList parts{s.uuid,
                      QCoreApplication::translate("StayListCommand", "%1 → %2", "arrival, departure")
                          .arg(locale.toString(s.arrival, QLocale::ShortFormat),
                               locale.toString(s.departure, QLocale::ShortFormat)),
                      QCoreApplication::translate("StayListCommand", "%n night(s)", nullptr, s.nights()),
                      displayText(s.status)};
    if (!s.room.isEmpty())
        parts.append(QCoreApplication::translate("StayListCommand", "room %1").arg(s.room));
    if (s.revenueMinor > 0)
        parts.append(TicketConsoleFormat::money(s.revenueMinor, s.currency));
    parts.append(s.channel);
    if (!s.bookingRef.isEmpty())
        parts.append(s.bookingRef);
    return parts.join(u"  "_s);
}

class StayListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StayListCommand)

public:
    using Command::Command;
    QString name() const override { return u"stay list"_s; }
    QString description() const override { return tr("List a guest's stays, newest first."); }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override { addGuestIdArgument(parser); }

    int run(const QCommandLineParser &parser) override
    {
        auto guest = positionalId(parser, expectPositional(parser, 1), u"guest"_s);
        if (!guest)
            return usage(guest.error().toString());
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        OpenVenue &venue = **opened;
        // An unknown guest is an error, not an empty list.
        if (auto known = venue.guests().find(*guest); !known)
            return fail(known.error());
        auto stays = venue.stays().forGuest(*guest);
        if (!stays)
            return fail(stays.error());
        if (json(parser)) {
            QJsonArray array;
            for (const Stay &s : std::as_const(*stays))
                array.append(toJson(s));
            printJson(array);
            return Success;
        }
        for (const Stay &s : std::as_const(*stays))
            printLine(stayLine(s));
        if (stays->isEmpty())
            printLine(tr("No stays."));
        return Success;
    }
};

class StayCancelCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StayCancelCommand)

public:
    using Command::Command;
    QString name() const override { return u"stay cancel"_s; }
    QString description() const override
    {
        return tr("Cancel a stay (it no longer counts towards the guest's history); prints its id.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override { addStayIdArgument(parser); }

    int run(const QCommandLineParser &parser) override
    {
        auto id = positionalId(parser, expectPositional(parser, 1), u"stay"_s);
        if (!id)
            return usage(id.error().toString());
        return writeAndPrintId(parser, [&](OpenVenue &venue) -> Result<QString> {
            auto stay = venue.stays().find(*id);
            if (!stay)
                return std::unexpected(stay.error());
            stay->status = StayStatus::Cancelled;
            return uuidOf(venue.stays().update(*stay));
        });
    }
};

} // namespace

void registerStayCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<StayAddCommand>(clock));
    registry.add(std::make_unique<StayListCommand>(clock));
    registry.add(std::make_unique<StayCancelCommand>(clock));
}

} // namespace innkeep::cli
