// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuesettingkeys.h"

#include "common/fieldlimits.h"
#include "common/textfield.h"
#include "feedback/feedbackrepository.h"
#include "house/openvenue.h"
#include "house/retentionreview.h"
#include "loyalty/earnrules.h"
#include "messages/campaign.h"
#include "storage/statement.h"

#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace innkeep {

namespace {

const QString SmtpUrl = QStringLiteral("smtp.url");
const QString SmtpUser = QStringLiteral("smtp.user");
const QString SmtpPassword = QStringLiteral("smtp.password");
const QString SmtpFrom = QStringLiteral("smtp.from");
const QString SecretPrefix = QStringLiteral("secret.");

Error refused(const QString &key, const QString &message)
{
    return Error{Error::Code::InvalidInput, message, key, {}, 0};
}

bool isLoyaltyNumber(const QString &key)
{
    return key == EarnRules::PerNightKey || key == EarnRules::PerCurrencyUnitKey
           || key == EarnRules::PerStayKey || key == EarnRules::BirthdayBonusKey
           || key == EarnRules::ReferralBonusKey;
}

struct Range
{
    int min;
    int max;
    int fallback;
};

// The reminders' settings (docs/reminders.md): their limits and defaults.
std::optional<Range> reminderRange(const QString &key)
{
    if (key == QLatin1String("reminders.follow_up_hours"))
        return Range{1, 720, 24};
    if (key == QLatin1String("reminders.win_back_months"))
        return Range{1, 120, 12};
    if (key == QLatin1String("reminders.greeting_days"))
        return Range{0, 7, 0};
    if (key == QLatin1String("reminders.look_back_days"))
        return Range{1, 365, 30};
    return std::nullopt;
}

} // namespace

QList<VenueSettingKey> VenueSettingKeys::keys()
{
    return {
        {QStringLiteral("venue_name"), tr("The venue's name, as messages sign it ({venue}).")},
        {QStringLiteral("currency"), tr("ISO 4217 code of the venue's money, e.g. EUR, AMD, GEL.")},
        {QStringLiteral("phone_region"),
         tr("Country code (ISO 3166) for phone numbers written without +, e.g. AM.")},
        {QStringLiteral("kpi.lapsed_months"),
         tr("Months without a stay after which a guest counts as lapsed (1–120).")},
        {QStringLiteral("feedback.attention_threshold"),
         tr("Feedback rated at or under this (0–1 of the scale) needs attention.")},
        {QStringLiteral("feedback.sentiment_threshold"),
         tr("Feedback whose sentiment is at or under this (-1–1) needs attention.")},
        {QStringLiteral("privacy.retention_years"),
         tr("Years without a stay after which a guest is proposed for erasure (0: no rule).")},
        {QStringLiteral("backup.folder"), tr("Where backups go (an absolute path; empty: beside the file).")},
        {QStringLiteral("backup.automatic"), tr("Daily and closing backups: on or off.")},
        {EarnRules::PerNightKey, tr("Loyalty points per night of a checked-out stay.")},
        {EarnRules::PerCurrencyUnitKey,
         tr("Loyalty points per whole unit of revenue in the venue's currency.")},
        {EarnRules::PerStayKey, tr("Loyalty points per checked-out stay.")},
        {EarnRules::BirthdayBonusKey, tr("Bonus points for a stay over the guest's birthday.")},
        {EarnRules::ReferralBonusKey, tr("Bonus points for bringing a new guest who stays.")},
        {EarnRules::ExpiryMonthsKey, tr("Months after which earned points expire (0: never, up to 120).")},
        {EarnRules::EarnFromKey,
         tr("The day the programme starts: stays that left before it earn nothing (YYYY-MM-DD).")},
        {Campaign::MinDaysBetweenKey,
         tr("Days after a message to a guest before a campaign writes to them again (0–365, default 30).")},
        {QStringLiteral("reminders.follow_up_hours"),
         tr("Hours after a ticket is resolved without a follow-up before To do asks for one (1–720, default "
            "24).")},
        {QStringLiteral("reminders.win_back_months"),
         tr("Months without a stay after which a loyal guest appears in To do to win back (1–120, default "
            "12).")},
        {QStringLiteral("reminders.greeting_days"), tr("Days before a loyal guest's birthday that To do "
                                                       "proposes a greeting (0–7, default 0: on the day).")},
        {QStringLiteral("reminders.look_back_days"),
         tr("How far back To do looks for follow-ups still owed (1–365 days, default 30).")},
        {SmtpUrl, tr("The mail server, e.g. smtp://127.0.0.1:2525 or smtps://mail.example.com.")},
        {SmtpUser, tr("The user name to log in to the mail server (empty: no login).")},
        {SmtpPassword, tr("The mail server's password (kept on this device only).")},
        {SmtpFrom, tr("The sender address of messages, e.g. \"Hotel Ararat <desk@ararat.am>\".")},
    };
}

bool VenueSettingKeys::isKnown(const QString &key)
{
    const QList<VenueSettingKey> all = keys();
    return std::any_of(all.cbegin(), all.cend(),
                       [&key](const VenueSettingKey &known) { return known.key == key; });
}

Result<QString> VenueSettingKeys::get(const QString &key)
{
    if (!isKnown(key))
        return std::unexpected(refused(
            key,
            tr("There is no setting %1; innkeep-cli settings get lists them.").arg(TextField::quoted(key))));
    VenueSettings &settings = m_venue.settings();
    if (key == SmtpPassword) {
        auto stored = secret(key);
        if (!stored)
            return stored;
        return stored->isEmpty() ? QString() : QStringLiteral("********");
    }
    if (key == QLatin1String("venue_name"))
        return settings.venueName();
    if (key == QLatin1String("currency"))
        return settings.currency();
    if (key == QLatin1String("phone_region"))
        return settings.phoneRegion();
    if (key == QLatin1String("kpi.lapsed_months"))
        return QString::number(settings.lapsedMonths());
    if (key == QLatin1String("feedback.attention_threshold")) {
        const QString stored = settings.value(key);
        return stored.isEmpty() ? QString::number(FeedbackRepository::DefaultThreshold) : stored;
    }
    if (key == QLatin1String("feedback.sentiment_threshold")) {
        auto threshold = m_venue.feedback().sentimentThreshold();
        if (!threshold)
            return std::unexpected(threshold.error());
        return QString::number(*threshold);
    }
    if (key == QLatin1String("privacy.retention_years"))
        return QString::number(RetentionReview(m_venue).years());
    if (key == QLatin1String("backup.folder"))
        return m_venue.backups().folder();
    if (key == QLatin1String("backup.automatic"))
        return m_venue.backups().automatic() ? QStringLiteral("on") : QStringLiteral("off");
    if (key == Campaign::MinDaysBetweenKey)
        return settings.value(key, QString::number(Campaign::DefaultMinDaysBetween));
    if (const auto range = reminderRange(key))
        return settings.value(key, QString::number(range->fallback));
    if (isLoyaltyNumber(key) || key == EarnRules::ExpiryMonthsKey)
        return settings.value(key, QStringLiteral("0"));
    return settings.value(key);
}

Status VenueSettingKeys::set(const QString &key, const QString &value)
{
    if (!isKnown(key))
        return std::unexpected(refused(
            key,
            tr("There is no setting %1; innkeep-cli settings get lists them.").arg(TextField::quoted(key))));
    VenueSettings &settings = m_venue.settings();
    const QString trimmed = value.trimmed();
    auto wholeNumber = [&](qint64 min, qint64 max) -> Result<qint64> {
        bool ok = false;
        const qint64 number = trimmed.toLongLong(&ok);
        if (!ok || number < min || number > max)
            return std::unexpected(refused(
                key, tr("%1 is a whole number from %2 to %3; \"%4\" is not.")
                         .arg(key, QString::number(min), QString::number(max), TextField::quoted(value))));
        return number;
    };
    auto decimal = [&](double min, double max) -> Result<double> {
        bool ok = false;
        const double number = trimmed.toDouble(&ok);
        if (!ok || number < min || number > max)
            return std::unexpected(refused(
                key, tr("%1 is a number from %2 to %3; \"%4\" is not.")
                         .arg(key, QString::number(min), QString::number(max), TextField::quoted(value))));
        return number;
    };

    if (key == QLatin1String("venue_name"))
        return settings.setVenueName(value);
    if (key == QLatin1String("currency"))
        return settings.setCurrency(trimmed);
    if (key == QLatin1String("phone_region"))
        return settings.setPhoneRegion(trimmed);
    if (key == QLatin1String("kpi.lapsed_months")) {
        auto months = wholeNumber(1, VenueSettings::MaxLapsedMonths);
        return months ? settings.setLapsedMonths(int(*months)) : std::unexpected(months.error());
    }
    if (key == QLatin1String("feedback.attention_threshold")) {
        auto threshold = decimal(0, 1);
        return threshold ? m_venue.feedback().setAttentionThreshold(*threshold)
                         : std::unexpected(threshold.error());
    }
    if (key == QLatin1String("feedback.sentiment_threshold")) {
        auto threshold = decimal(-1, 1);
        return threshold ? m_venue.feedback().setSentimentThreshold(*threshold)
                         : std::unexpected(threshold.error());
    }
    if (key == QLatin1String("privacy.retention_years")) {
        auto years = wholeNumber(0, RetentionReview::MaxYears);
        return years ? RetentionReview(m_venue).setYears(int(*years)) : std::unexpected(years.error());
    }
    if (key == QLatin1String("backup.folder"))
        return m_venue.backups().setFolder(trimmed);
    if (key == QLatin1String("backup.automatic")) {
        const QString word = trimmed.toLower();
        if (word != QLatin1String("on") && word != QLatin1String("off"))
            return std::unexpected(refused(key, tr("backup.automatic is on or off.")));
        return m_venue.backups().setAutomatic(word == QLatin1String("on"));
    }
    if (isLoyaltyNumber(key)) {
        auto points = wholeNumber(0, EarnRules::MaxPoints);
        return points ? settings.setValue(key, QString::number(*points)) : std::unexpected(points.error());
    }
    if (key == EarnRules::ExpiryMonthsKey) {
        auto months = wholeNumber(0, EarnRules::MaxExpiryMonths);
        return months ? settings.setValue(key, QString::number(*months)) : std::unexpected(months.error());
    }
    if (const auto range = reminderRange(key)) {
        auto number = wholeNumber(range->min, range->max);
        return number ? settings.setValue(key, QString::number(*number)) : std::unexpected(number.error());
    }
    if (key == Campaign::MinDaysBetweenKey) {
        auto days = wholeNumber(0, 365);
        return days ? settings.setValue(key, QString::number(*days)) : std::unexpected(days.error());
    }
    if (key == EarnRules::EarnFromKey) {
        const QDate day = QDate::fromString(trimmed, Qt::ISODate);
        if (!trimmed.isEmpty() && !day.isValid())
            return std::unexpected(refused(
                key, tr("%1 is a date, YYYY-MM-DD; \"%2\" is not.").arg(key, TextField::quoted(value))));
        return settings.setValue(key, trimmed);
    }
    if (key == SmtpUrl) {
        const QUrl url(trimmed, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!trimmed.isEmpty()
            && (!url.isValid() || url.host().isEmpty()
                || (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps"))))
            return std::unexpected(
                refused(key, tr("smtp.url is smtp://HOST[:PORT] or smtps://HOST[:PORT]; \"%1\" is not.")
                                 .arg(TextField::quoted(value))));
        return settings.setValue(key, trimmed);
    }
    if (key == SmtpFrom) {
        if (!trimmed.isEmpty() && !trimmed.contains(QLatin1Char('@')))
            return std::unexpected(refused(
                key, tr("smtp.from is an e-mail address; \"%1\" is not.").arg(TextField::quoted(value))));
        return settings.setValue(key, trimmed);
    }
    if (key == SmtpPassword)
        return setSecret(key, value);
    return settings.setValue(key, trimmed);
}

Result<QString> VenueSettingKeys::secret(const QString &key)
{
    Statement select(m_venue.database(), QStringLiteral("SELECT value FROM local_meta WHERE key = ?"));
    auto stored = select.bind(SecretPrefix + key).scalar();
    if (!stored)
        return std::unexpected(stored.error());
    return stored->isValid() ? stored->toString() : QString();
}

Status VenueSettingKeys::setSecret(const QString &key, const QString &value)
{
    if (value.size() > FieldLimit::SettingValue)
        return std::unexpected(refused(key, tr("%1 is too long.").arg(key)));
    if (value.isEmpty()) {
        Statement remove(m_venue.database(), QStringLiteral("DELETE FROM local_meta WHERE key = ?"));
        return remove.bind(SecretPrefix + key).exec();
    }
    Statement upsert(m_venue.database(),
                     QStringLiteral("INSERT INTO local_meta(key, value) VALUES (?, ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    return upsert.bind(SecretPrefix + key, value).exec();
}

} // namespace innkeep
