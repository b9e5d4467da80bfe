// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// guest add, guest show: create a profile; show everything the desk knows about a guest.
#include "alerts/guestalerts.h"
#include "commandregistry.h"
#include "commands.h"
#include "common/calendardate.h"
#include "common/money.h"
#include "common/phonenumber.h"
#include "common/textfield.h"
#include "console.h"
#include "guests/guestservice.h"
#include "jsonformat.h"
#include "preferences/preferenceservice.h"
#include "stays/stayservice.h"

#include <QJsonArray>

namespace innkeep::cli {

namespace {

Error optionError(const QString &option, const QString &message)
{
    return Error{Error::Code::InvalidInput, message, QStringLiteral("--") + option, {}, 0};
}

class GuestAddCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GuestAddCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("guest add"); }
    QString description() const override { return tr("Add a guest profile; prints the new guest's id."); }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        const auto value = [&](const char *name, const QString &help, const QString &valueName) {
            parser.addOption(QCommandLineOption(QString::fromLatin1(name), help, valueName));
        };
        value("given", tr("Given name (Latin form when --native-given is given too)."), tr("name"));
        value("family", tr("Family name (Latin form when --native-family is given too)."), tr("name"));
        value("native-given", tr("Given name in the guest's own script, e.g. Արամ."), tr("name"));
        value("native-family", tr("Family name in the guest's own script."), tr("name"));
        value("salutation", tr("Mr, Ms, Dr …"), tr("text"));
        value("email", tr("An e-mail address (repeat for more)."), tr("address"));
        value("phone", tr("A phone number, national numbers in the venue's region (repeat for more)."),
              tr("number"));
        value("language", tr("Language code, e.g. en, hy, ka."), tr("code"));
        value("nationality", tr("Two-letter country code, e.g. AM."), tr("code"));
        value("birthday", tr("Birthday, YYYY-MM-DD."), tr("date"));
        value("anniversary", tr("Anniversary, YYYY-MM-DD."), tr("date"));
        value("company", tr("Company."), tr("name"));
        value("street", tr("Street address."), tr("text"));
        value("address-line2", tr("Second address line (flat, building, c/o)."), tr("text"));
        value("city", tr("City."), tr("name"));
        value("state", tr("State, province or region of the address."), tr("name"));
        value("postal-code", tr("Postal code."), tr("code"));
        value("country", tr("Two-letter country code of the address."), tr("code"));
        value("external-id", tr("The guest's profile id in another system (PMS, shop), unique."), tr("id"));
        value("vip", tr("VIP level from 0 (none) to 3."), tr("n"));
        value("tag", tr("A tag (repeat for more)."), tr("tag"));
        value("source", tr("Where the guest came from: walk-in, ota, direct, agent, other."), tr("source"));
        value("consent", tr("Channels the guest agreed to, comma-separated: email, sms, phone, marketing."),
              tr("list"));
        value("blocked", tr("Block the guest, giving the reason."), tr("reason"));
        value("note", tr("A first note on the guest's profile."), tr("text"));
        parser.addOption(QCommandLineOption(QStringLiteral("press"), tr("The guest is press.")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("allow-duplicate"),
            tr("Add the guest even when a stored guest shares their e-mail, phone, or a close name with "
               "their "
               "birthday or city (without it the command refuses and names that guest).")));
    }

    Result<Guest> draft(const QCommandLineParser &parser) const
    {
        const auto text = [&](const char *name) { return parser.value(QString::fromLatin1(name)); };
        Guest guest;
        const QString given = text("given");
        const QString family = text("family");
        if (parser.isSet(QStringLiteral("native-given"))) {
            guest.givenName = text("native-given");
            guest.latinGivenName = given;
        } else {
            guest.givenName = given;
        }
        if (parser.isSet(QStringLiteral("native-family"))) {
            guest.familyName = text("native-family");
            guest.latinFamilyName = family;
        } else {
            guest.familyName = family;
        }
        guest.salutation = text("salutation");
        guest.emails = parser.values(QStringLiteral("email"));
        guest.phones = parser.values(QStringLiteral("phone"));
        guest.tags = parser.values(QStringLiteral("tag"));
        guest.language = text("language");
        guest.nationality = text("nationality");
        guest.company = text("company");
        guest.street = text("street");
        guest.addressLine2 = text("address-line2");
        guest.city = text("city");
        guest.state = text("state");
        guest.postalCode = text("postal-code");
        guest.country = text("country");
        guest.externalId = text("external-id");
        guest.press = parser.isSet(QStringLiteral("press"));
        if (parser.isSet(QStringLiteral("blocked"))) {
            guest.blocked = true;
            guest.blockedReason = text("blocked");
        }
        for (const char *name : {"birthday", "anniversary"}) {
            if (!parser.isSet(QString::fromLatin1(name)))
                continue;
            const QDate date = CalendarDate::fromIso(text(name));
            if (!date.isValid())
                return std::unexpected(optionError(
                    QString::fromLatin1(name),
                    tr("\"%1\" is not a date in the form YYYY-MM-DD.").arg(TextField::quoted(text(name)))));
            (qstrcmp(name, "birthday") == 0 ? guest.birthday : guest.anniversary) = date;
        }
        if (parser.isSet(QStringLiteral("vip"))) {
            bool ok = false;
            guest.vipLevel = text("vip").toInt(&ok);
            if (!ok)
                return std::unexpected(
                    optionError(QStringLiteral("vip"),
                                tr("\"%1\" is not a number.").arg(TextField::quoted(text("vip")))));
        }
        if (parser.isSet(QStringLiteral("source"))) {
            const auto source = guestSourceFromToken(text("source"));
            if (!source)
                return std::unexpected(optionError(
                    QStringLiteral("source"), tr("\"%1\" is not one of walk-in, ota, direct, agent, other.")
                                                  .arg(TextField::quoted(text("source")))));
            guest.source = *source;
        }
        for (const QString &channel : text("consent").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString token = channel.trimmed().toLower();
            if (token == QLatin1String("email"))
                guest.consent.email = true;
            else if (token == QLatin1String("sms"))
                guest.consent.sms = true;
            else if (token == QLatin1String("phone"))
                guest.consent.phone = true;
            else if (token == QLatin1String("marketing"))
                guest.consent.marketing = true;
            else
                return std::unexpected(optionError(
                    QStringLiteral("consent"),
                    tr("\"%1\" is not one of email, sms, phone, marketing.").arg(TextField::quoted(token))));
        }
        return guest;
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        auto guest = draft(parser);
        if (!guest)
            return usage(guest.error().toString());
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        // A likely duplicate is refused, naming the stored guest (docs/duplicates.md).
        if (!parser.isSet(QStringLiteral("allow-duplicate"))) {
            auto existing = (*opened)->guests().duplicatesOf(*guest, 3);
            if (!existing)
                return fail(existing.error());
            if (!existing->isEmpty()) {
                const DuplicateCandidate &best = existing->constFirst();
                return fail(
                    Error{Error::Code::Conflict,
                          tr("This guest may already be stored as %1 (id %2: %3). Open that guest "
                             "(innkeep-cli guest show %2), or add --allow-duplicate to add a new one.")
                              .arg(best.guest.name, best.guest.uuid, best.match.text()),
                          QStringLiteral("guest"),
                          {},
                          0});
            }
        }
        // The guest and the first note are one action: both are stored or neither.
        std::optional<QString> note;
        if (parser.isSet(QStringLiteral("note")))
            note = parser.value(QStringLiteral("note"));
        auto added = (*opened)->guests().addWithFirstNote(*guest, note);
        if (!added)
            return fail(added.error());

        if (json(parser))
            printJson(toJson(*added));
        else
            printLine(added->uuid);
        return Success;
    }
};

// "12.50 EUR", "1500 JPY": the currency's own decimals (core's Money), then the code.
QString money(qint64 minor, const QString &currency)
{
    return Money(minor, currency).amountText() + QLatin1Char(' ') + currency;
}

class GuestShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GuestShowCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("guest show"); }
    QString description() const override
    {
        return tr("Show a guest: profile, alerts, preferences, stays with roll-ups, notes.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("uuid"), tr("The guest's id."), QStringLiteral("UUID"));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        const QString uuid = parser.positionalArguments().constFirst().trimmed().toLower();
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        OpenVenue &venue = **opened;

        auto guest = venue.guests().find(uuid);
        if (!guest)
            return fail(guest.error());
        auto notes = venue.guests().notes(uuid);
        if (!notes)
            return fail(notes.error());
        auto preferences = venue.preferences().forGuest(uuid);
        if (!preferences)
            return fail(preferences.error());
        StayService &stays = venue.stays();
        auto stayList = stays.forGuest(uuid);
        if (!stayList)
            return fail(stayList.error());
        auto rollup = stays.rollup(uuid);
        if (!rollup)
            return fail(rollup.error());
        auto alerts = venue.alerts().forGuest(uuid);
        if (!alerts)
            return fail(alerts.error());

        if (json(parser)) {
            QJsonArray prefs, stayArray, alertArray, noteArray;
            for (const Preference &p : std::as_const(*preferences))
                prefs.append(toJson(p));
            for (const Stay &s : std::as_const(*stayList))
                stayArray.append(toJson(s));
            for (const GuestAlert &a : std::as_const(*alerts))
                alertArray.append(toJson(a));
            for (const GuestNote &n : std::as_const(*notes))
                noteArray.append(toJson(n));
            printJson(QJsonObject{{QStringLiteral("guest"), toJson(*guest)},
                                  {QStringLiteral("alerts"), alertArray},
                                  {QStringLiteral("preferences"), prefs},
                                  {QStringLiteral("stays"), stayArray},
                                  {QStringLiteral("rollup"), toJson(*rollup)},
                                  {QStringLiteral("notes"), noteArray}});
            return Success;
        }
        printText(*guest, *alerts, *preferences, *stayList, *rollup, *notes);
        return Success;
    }

    void printText(const Guest &guest, const QList<GuestAlert> &alerts, const QList<Preference> &preferences,
                   const QList<Stay> &stays, const GuestRollup &rollup, const QList<GuestNote> &notes) const
    {
        QString heading = guest.displayName();
        if (guest.latinName() != heading)
            heading += QStringLiteral(" (%1)").arg(guest.latinName());
        if (guest.isVip())
            heading += tr("  VIP %1").arg(guest.vipLevel);
        if (guest.isArchived())
            heading += tr("  [archived]");
        printLine(heading);
        const auto field = [](const QString &label, const QString &value) {
            if (!value.isEmpty())
                printLine(QStringLiteral("  %1: %2").arg(label, value));
        };
        field(tr("Id"), guest.uuid);
        QStringList phones;
        for (const QString &phone : guest.phones)
            phones.append(PhoneNumber::international(phone));
        field(tr("E-mail"), guest.emails.join(QStringLiteral(", ")));
        field(tr("Phone"), phones.join(QStringLiteral(", ")));
        field(tr("Language"), guest.language);
        field(tr("Nationality"), guest.nationality);
        field(tr("Birthday"), guest.birthday.toString(Qt::ISODate));
        field(tr("Company"), guest.company);
        field(tr("City"), guest.city);
        field(tr("Tags"), guest.tags.join(QStringLiteral(", ")));
        if (guest.blocked)
            field(tr("Blocked"), guest.blockedReason);

        if (!alerts.isEmpty()) {
            printLine(tr("Alerts:"));
            for (const GuestAlert &alert : alerts)
                printLine(QStringLiteral("  %1 %2").arg(
                    alert.level == GuestAlert::Level::Critical ? QStringLiteral("!!") : QStringLiteral("! "),
                    alert.text));
        }
        if (!preferences.isEmpty()) {
            printLine(tr("Preferences:"));
            for (const Preference &p : preferences) {
                // One arg() call: a value holding "%1" is printed as typed.
                printLine(QStringLiteral("  [%1] %2%3  (%4, %5, ×%6)")
                              .arg(toToken(p.category), p.value, p.critical ? tr(" — critical") : QString(),
                                   toToken(p.source), p.observedOn.toString(Qt::ISODate),
                                   QString::number(p.timesConfirmed)));
            }
        }
        QStringList spend;
        for (auto it = rollup.spendByCurrency.cbegin(); it != rollup.spendByCurrency.cend(); ++it)
            spend.append(money(it.value(), it.key()));
        printLine(tr("Stays: %1, nights: %2, spend: %3, last stay: %4")
                      .arg(QString::number(rollup.stays), QString::number(rollup.nights),
                           spend.isEmpty() ? QStringLiteral("0") : spend.join(QStringLiteral(", ")),
                           rollup.inHouse ? tr("in house now")
                           : rollup.daysSinceLastStay
                               ? tr("%n day(s) ago", nullptr, *rollup.daysSinceLastStay)
                               : tr("never")));
        for (const Stay &s : stays) {
            printLine(QStringLiteral("  %1 → %2  %3  %4  %5  %6  %7")
                          .arg(s.arrival.toString(Qt::ISODate), s.departure.toString(Qt::ISODate),
                               tr("room %1").arg(s.room), toToken(s.status),
                               money(s.revenueMinor, s.currency), s.channel, s.bookingRef));
        }
        if (!notes.isEmpty()) {
            printLine(tr("Notes:"));
            for (const GuestNote &n : notes) {
                printLine(
                    QStringLiteral("  %1 %2: %3")
                        .arg(QDateTime::fromMSecsSinceEpoch(n.createdAt).toLocalTime().toString(Qt::ISODate),
                             n.author, n.body));
            }
        }
    }
};

} // namespace

void registerGuestCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<GuestAddCommand>(clock));
    registry.add(std::make_unique<GuestShowCommand>(clock));
}

} // namespace innkeep::cli
