// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace innkeep {
class OpenVenue;
}

namespace innkeep::ui {

// The window's side of automatic backups: asks core whether the daily backup is due a few
// minutes after opening and then every hour, and makes the closing one when told the window
// closed. The rule (when one is due, rotation) is core's VenueBackups::backUpIfDue().
class AutomaticBackups final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutomaticBackups)

public:
    static constexpr int FirstCheckMs = 2 * 60 * 1000;
    static constexpr int CheckEveryMs = 60 * 60 * 1000;

    explicit AutomaticBackups(OpenVenue &venue, QObject *parent = nullptr);

    // The daily check now (the timer calls it).
    void checkDaily();
    // The closing backup; the error's message, or empty.
    QString closing();

Q_SIGNALS:
    void backedUp(const QString &path);
    void failed(const QString &message);

private:
    OpenVenue &m_venue;
    QTimer m_timer;
};

} // namespace innkeep::ui
