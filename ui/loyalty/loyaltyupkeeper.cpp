// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loyaltyupkeeper.h"

#include "house/openvenue.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace innkeep::ui {

LoyaltyUpkeeper::LoyaltyUpkeeper(OpenVenue &venue, QObject *parent) : QObject(parent), m_venue(venue)
{
    m_soon.setSingleShot(true);
    m_midnight.setSingleShot(true);
    connect(&m_soon, &QTimer::timeout, this, &LoyaltyUpkeeper::runNow);
    connect(&m_midnight, &QTimer::timeout, this, [this] {
        runNow();
        scheduleMidnight();
    });
    const auto later = [this] {
        if (!m_soon.isActive())
            m_soon.start(AfterChangeMs);
    };
    connect(&venue.stays(), &RecordEvents::added, this, later);
    connect(&venue.stays(), &RecordEvents::changed, this, later);
    connect(&venue.stays(), &RecordEvents::manyChanged, this, later);
    connect(&venue.guests(), &RecordEvents::manyChanged, this, later);
    connect(&venue.settings(), &RecordEvents::changed, this, later);
    connect(&venue.loyaltyTiers(), &RecordEvents::added, this, later);
    connect(&venue.loyaltyTiers(), &RecordEvents::removed, this, later);
    m_soon.start(AfterOpenMs);
    scheduleMidnight();
}

bool LoyaltyUpkeeper::runNow()
{
    m_soon.stop();
    if (m_venue.isReadOnly())
        return true;
    auto report = m_venue.bringLoyaltyUpToDate();
    if (!report) {
        Q_EMIT failed(report.error().message);
        return false;
    }
    return true;
}

void LoyaltyUpkeeper::scheduleMidnight()
{
    const QDateTime now = m_venue.clock().now().toLocalTime();
    const QDateTime next(now.date().addDays(1), QTime(0, 0, 30), now.timeZone());
    m_midnight.start(int(std::clamp<qint64>(now.msecsTo(next), 1000, 25LL * 3600 * 1000)));
}

} // namespace innkeep::ui
