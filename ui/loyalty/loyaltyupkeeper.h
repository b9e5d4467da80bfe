// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace innkeep {
class OpenVenue;
}

namespace innkeep::ui {

// The window's side of the loyalty programme: brings it up to date (OpenVenue::bringLoyaltyUpToDate —
// points for stays checked out, expiries, tier changes) soon after the venue opens, a few seconds after
// stays change (from here or another program), and just after midnight, when points expire and rolling
// windows move. The rules are core's; this only decides when.
class LoyaltyUpkeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoyaltyUpkeeper)

public:
    static constexpr int AfterOpenMs = 1500;
    static constexpr int AfterChangeMs = 4000;

    explicit LoyaltyUpkeeper(OpenVenue &venue, QObject *parent = nullptr);

    // Runs now (the timers call it); false, with failed() sent, when the upkeep could not be written.
    bool runNow();

Q_SIGNALS:
    void failed(const QString &message);

private:
    void scheduleMidnight();

    OpenVenue &m_venue;
    QTimer m_soon;
    QTimer m_midnight;
};

} // namespace innkeep::ui
