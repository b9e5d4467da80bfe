// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automaticbackups.h"

#include "house/openvenue.h"

namespace innkeep::ui {

AutomaticBackups::AutomaticBackups(OpenVenue &venue, QObject *parent) : QObject(parent), m_venue(venue)
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    m_timer.setInterval(FirstCheckMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timer.setInterval(CheckEveryMs);
        checkDaily();
    });
    m_timer.start();
}

void AutomaticBackups::checkDaily()
{
    auto outcome = m_venue.backups().backUpIfDue(VenueBackups::Occasion::Daily);
    if (!outcome)
        Q_EMIT failed(outcome.error().message);
    else if (outcome->made)
        Q_EMIT backedUp(outcome->made->summary.path);
}

QString AutomaticBackups::closing()
{
    m_timer.stop();
    auto outcome = m_venue.backups().backUpIfDue(VenueBackups::Occasion::Closing);
    if (!outcome)
        return outcome.error().message;
    if (outcome->made)
        Q_EMIT backedUp(outcome->made->summary.path);
    return {};
}

} // namespace innkeep::ui
