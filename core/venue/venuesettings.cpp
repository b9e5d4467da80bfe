// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuesettings.h"

#include "common/currencycode.h"
#include "common/fieldlimits.h"
#include "common/phonenumber.h"
#include "common/textfield.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QLocale>

namespace innkeep {

namespace {

const QString Table = QStringLiteral("venue_settings");

QString systemRegion()
{
    const QString name = QLocale::system().name(); // e.g. "hy_AM"
    const QString region = name.section(QLatin1Char('_'), 1, 1);
    return region.size() == 2 ? region : QStringLiteral("US");
}

} // namespace

QString VenueSettings::value(const QString &key, const QString &fallback) const
{
    QHash<QString, QString> &cache = m_db.settingsCache();
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return it->isNull() ? fallback : *it;
    Statement select(m_db, QStringLiteral("SELECT value FROM venue_settings WHERE key = ?"));
    auto found = select.bind(key).scalar();
    if (!found)
        return fallback;
    const QString value = found->isValid() ? found->toString() : QString();
    cache.insert(key, value);
    return value.isNull() ? fallback : value;
}

Status VenueSettings::setValue(const QString &key, const QString &typed)
{
    auto checked = TextField::lines(key, typed, FieldLimit::SettingValue);
    if (!checked)
        return std::unexpected(checked.error());
    const QString &value = *checked;
    const QString old = this->value(key);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    Statement upsert(
        m_db, QStringLiteral("INSERT INTO venue_settings(key, value, hlc) VALUES (?, ?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value, hlc = excluded.hlc"));
    m_db.settingsCache().remove(key);
    if (auto ok = upsert.bind(key, value, m_db.hlc().next()).exec(); !ok)
        return ok;
    if (auto ok = ChangeLog(m_db).recordUpdate(Table, key, QStringLiteral("value"), old, value); !ok)
        return ok;
    announceAfterCommit(m_db, Kind::Changed, key, {});
    return tx->commit();
}

QString VenueSettings::venueName() const
{
    return value(QStringLiteral("venue_name"));
}

QString VenueSettings::currency() const
{
    return value(QStringLiteral("currency"), QStringLiteral("EUR"));
}

QString VenueSettings::phoneRegion() const
{
    return value(QStringLiteral("phone_region"), systemRegion());
}

int VenueSettings::lapsedMonths() const
{
    bool ok = false;
    const int months = value(QStringLiteral("kpi.lapsed_months")).toInt(&ok);
    return ok && months >= 1 && months <= MaxLapsedMonths ? months : DefaultLapsedMonths;
}

Status VenueSettings::setLapsedMonths(int months)
{
    if (months < 1 || months > MaxLapsedMonths)
        return fail(Error::Code::InvalidInput,
                    tr("A guest is lapsed after 1 to %1 months without a stay, not %2.")
                        .arg(MaxLapsedMonths)
                        .arg(months),
                    QStringLiteral("kpi.lapsed_months"));
    return setValue(QStringLiteral("kpi.lapsed_months"), QString::number(months));
}

Status VenueSettings::setVenueName(const QString &name)
{
    // Line breaks are kept: the name heads letters and printouts, where it may take two lines.
    auto checked = TextField::lines(QStringLiteral("venue_name"), name, FieldLimit::Name);
    if (!checked)
        return std::unexpected(checked.error());
    const QString trimmed = *checked;
    if (trimmed.isEmpty())
        return fail(Error::Code::InvalidInput, tr("Enter the venue's name."), QStringLiteral("venue_name"));
    return setValue(QStringLiteral("venue_name"), trimmed);
}

Status VenueSettings::setCurrency(const QString &code)
{
    auto checked = CurrencyCode::normalised(QStringLiteral("currency"), code);
    if (!checked)
        return std::unexpected(checked.error());
    return setValue(QStringLiteral("currency"), *checked);
}

Status VenueSettings::setPhoneRegion(const QString &region)
{
    const QString upper = region.trimmed().toUpper();
    if (!PhoneNumber::isKnownRegion(upper))
        return fail(Error::Code::InvalidInput,
                    tr("\"%1\" is not a country code such as AM, GE or DE.").arg(TextField::quoted(region)),
                    QStringLiteral("phone_region"));
    return setValue(QStringLiteral("phone_region"), upper);
}

} // namespace innkeep
