// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include "common/money.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHash>

#include <algorithm>

namespace innkeep::ui {

QString Format::stayNumber(int n, const QLocale &locale)
{
    if (locale.language() == QLocale::English) {
        const int lastTwo = n % 100;
        const int last = n % 10;
        QString suffix = QStringLiteral("th");
        if (lastTwo < 11 || lastTwo > 13) {
            if (last == 1)
                suffix = QStringLiteral("st");
            else if (last == 2)
                suffix = QStringLiteral("nd");
            else if (last == 3)
                suffix = QStringLiteral("rd");
        }
        return locale.toString(n) + suffix + QStringLiteral(" stay");
    }
    return tr("Stay %1").arg(locale.toString(n));
}

QString Format::money(qint64 minor, const QString &currency, const QLocale &locale)
{
    // The symbol a locale of that currency uses ("€", "֏", "₾"); the code when none does.
    static QHash<QString, QString> symbols;
    if (symbols.isEmpty()) {
        const auto all =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &l : all) {
            const QString code = l.currencySymbol(QLocale::CurrencyIsoCode);
            if (!code.isEmpty() && !symbols.contains(code))
                symbols.insert(code, l.currencySymbol(QLocale::CurrencySymbol));
        }
        symbols.insert(QStringLiteral("USD"), QStringLiteral("$"));
        symbols.insert(QStringLiteral("EUR"), QStringLiteral("€"));
        symbols.insert(QStringLiteral("GBP"), QStringLiteral("£"));
    }
    QString symbol = symbols.value(currency, currency);
    // A sign the font cannot draw ("֏" in many fonts) would show as a box: write the code instead.
    const QFontMetrics metrics(QGuiApplication::font());
    for (const QChar c : std::as_const(symbol)) {
        if (c.unicode() > 0x7f && !metrics.inFont(c)) {
            symbol = currency + QChar(0x00a0);
            break;
        }
    }
    return Money(minor, currency).toString(locale, symbol);
}

QString Format::amountText(qint64 minor, const QString &currency, const QLocale &locale)
{
    return Money(minor, currency).amountText(locale);
}

std::optional<qint64> Format::parseAmount(const QString &text, const QString &currency, const QLocale &locale)
{
    if (text.trimmed().isEmpty())
        return qint64(0);
    const auto money = Money::parseLocal(QString(), text, currency, locale);
    if (!money)
        return std::nullopt;
    return money->minor();
}

QString Format::date(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
}

QString Format::dateTime(qint64 utcMs, const QLocale &locale)
{
    return locale.toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime(), QLocale::ShortFormat);
}

QString Format::dateRange(const QDate &from, const QDate &to, const QLocale &locale)
{
    // The year only when it is not this one: "15 Jun – 18 Jun", "12 Jun 2024 – 15 Jun 2024".
    const int thisYear = QDate::currentDate().year();
    auto shortDate = [&](const QDate &d) {
        return locale.toString(d,
                               d.year() == thisYear ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
    };
    return shortDate(from) + QStringLiteral(" – ") + shortDate(to);
}

QString Format::vipText(int level)
{
    return level > 0 ? tr("VIP %1").arg(level) : QString();
}

QString Format::fieldName(const QString &table, const QString &field)
{
    // Merging two profiles (GuestMerge) and its undo.
    if (table == QLatin1String("guest_merges"))
        return field == QLatin1String("*") ? tr("Merged with another profile of this guest")
                                           : tr("Merge undone");
    if (field == QLatin1String("merged_into"))
        return tr("Merged into another profile");
    if (field == QLatin1String("guest_uuid"))
        return table == QLatin1String("stays")         ? tr("Stay moved between profiles")
               : table == QLatin1String("tickets")     ? tr("Complaint moved between profiles")
               : table == QLatin1String("feedback")    ? tr("Feedback moved between profiles")
               : table == QLatin1String("guest_notes") ? tr("Note moved between profiles")
                                                       : tr("Moved between profiles");
    if (field == QLatin1String("*"))
        return table == QLatin1String("preferences")   ? tr("Preference added")
               : table == QLatin1String("stays")       ? tr("Stay added")
               : table == QLatin1String("guest_notes") ? tr("Note added")
                                                       : tr("Created");
    if (field == QLatin1String("-"))
        return table == QLatin1String("preferences") ? tr("Preference removed") : tr("Removed");
    static const QHash<QString, const char *> names = {
        {QStringLiteral("salutation"), QT_TR_NOOP("Salutation")},
        {QStringLiteral("given_name"), QT_TR_NOOP("Given name")},
        {QStringLiteral("family_name"), QT_TR_NOOP("Family name")},
        {QStringLiteral("latin_given_name"), QT_TR_NOOP("Given name (Latin)")},
        {QStringLiteral("latin_family_name"), QT_TR_NOOP("Family name (Latin)")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("nationality"), QT_TR_NOOP("Nationality")},
        {QStringLiteral("birthday"), QT_TR_NOOP("Birthday")},
        {QStringLiteral("anniversary"), QT_TR_NOOP("Anniversary")},
        {QStringLiteral("company"), QT_TR_NOOP("Company")},
        {QStringLiteral("street"), QT_TR_NOOP("Street")},
        {QStringLiteral("address_line2"), QT_TR_NOOP("Address line 2")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("state"), QT_TR_NOOP("State or region")},
        {QStringLiteral("external_id"), QT_TR_NOOP("Id in the imported system")},
        {QStringLiteral("postal_code"), QT_TR_NOOP("Postal code")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("vip_level"), QT_TR_NOOP("VIP level")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("blocked"), QT_TR_NOOP("Blocked")},
        {QStringLiteral("blocked_reason"), QT_TR_NOOP("Reason blocked")},
        {QStringLiteral("press"), QT_TR_NOOP("Press")},
        {QStringLiteral("consent_email"), QT_TR_NOOP("E-mail consent")},
        {QStringLiteral("consent_sms"), QT_TR_NOOP("SMS consent")},
        {QStringLiteral("consent_phone"), QT_TR_NOOP("Phone consent")},
        {QStringLiteral("consent_marketing"), QT_TR_NOOP("Marketing consent")},
        {QStringLiteral("emails"), QT_TR_NOOP("E-mails")},
        {QStringLiteral("phones"), QT_TR_NOOP("Phones")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("archived_at"), QT_TR_NOOP("Archived")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("value"), QT_TR_NOOP("Preference")},
        {QStringLiteral("detail"), QT_TR_NOOP("Detail")},
        {QStringLiteral("observed_on"), QT_TR_NOOP("Observed on")},
        {QStringLiteral("times_confirmed"), QT_TR_NOOP("Times confirmed")},
        {QStringLiteral("critical"), QT_TR_NOOP("Critical")},
        {QStringLiteral("arrival"), QT_TR_NOOP("Arrival")},
        {QStringLiteral("departure"), QT_TR_NOOP("Departure")},
        {QStringLiteral("room"), QT_TR_NOOP("Room")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("rate_minor"), QT_TR_NOOP("Rate")},
        {QStringLiteral("revenue_minor"), QT_TR_NOOP("Revenue")},
        {QStringLiteral("booking_ref"), QT_TR_NOOP("Booking reference")},
        {QStringLiteral("party_size"), QT_TR_NOOP("Guests in the party")},
        {QStringLiteral("purpose"), QT_TR_NOOP("Purpose of the stay")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("currency"), QT_TR_NOOP("Currency")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("severity"), QT_TR_NOOP("Severity")},
        {QStringLiteral("department"), QT_TR_NOOP("Department")},
        {QStringLiteral("assignee"), QT_TR_NOOP("Assigned to")},
        {QStringLiteral("resolution_summary"), QT_TR_NOOP("Resolution")},
        {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("rating"), QT_TR_NOOP("Rating")},
        {QStringLiteral("rating_scale"), QT_TR_NOOP("Rating scale")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("response"), QT_TR_NOOP("Reply")},
        {QStringLiteral("sentiment_label"), QT_TR_NOOP("Sentiment")},
        {QStringLiteral("label"), QT_TR_NOOP("Sentiment")},
        {QStringLiteral("corrected_label"), QT_TR_NOOP("Sentiment set by staff")},
        {QStringLiteral("public"), QT_TR_NOOP("Public")},
        {QStringLiteral("site"), QT_TR_NOOP("Site")},
        {QStringLiteral("received_at"), QT_TR_NOOP("Received")},
        {QStringLiteral("topics"), QT_TR_NOOP("Topics")},
    };
    if (const auto it = names.constFind(field); it != names.constEnd())
        return tr(it.value());
    QString readable = field;
    readable.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!readable.isEmpty())
        readable[0] = readable[0].toUpper();
    return readable;
}

QList<std::pair<QString, QString>> Format::channels()
{
    return {{QStringLiteral("direct"), tr("Direct")},   {QStringLiteral("booking.com"), tr("Booking.com")},
            {QStringLiteral("expedia"), tr("Expedia")}, {QStringLiteral("walk-in"), tr("Walk-in")},
            {QStringLiteral("phone"), tr("Phone")},     {QStringLiteral("agent"), tr("Travel agent")}};
}

QString Format::channelText(const QString &token)
{
    for (const auto &[key, label] : channels()) {
        if (key == token)
            return label;
    }
    return token;
}

} // namespace innkeep::ui
