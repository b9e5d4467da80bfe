// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

namespace innkeep {
class BackgroundJob;
class OpenVenue;
} // namespace innkeep

namespace innkeep::ui {

// The window's side of automatic backups: asks core whether the daily backup is due a few
// minutes after opening and then every hour, and makes the closing one when told the window
// closed. Each runs as a reading background job on its own connection: a large file takes tens of
// seconds to copy and check, and the desk keeps working meanwhile. The rule (when one is due,
// rotation) is core's VenueBackups::backUpIfDue().
class AutomaticBackups final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutomaticBackups)

public:
    static constexpr int FirstCheckMs = 2 * 60 * 1000;
    static constexpr int CheckEveryMs = 60 * 60 * 1000;

    explicit AutomaticBackups(OpenVenue &venue, QObject *parent = nullptr);
    ~AutomaticBackups() override;

    // Starts the daily check now, unless one is running (the timer calls it).
    void checkDaily();
    // The closing backup, waited for (a window says so while it runs); the error's message, or
    // empty.
    QString closing();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void backedUp(const QString &path);
    void failed(const QString &message);

private:
    // Starts the job for `closing` or the daily check; false when it could not start.
    bool start(bool closing);
    void finish();

    OpenVenue &m_venue;
    QTimer m_timer;
    std::unique_ptr<BackgroundJob> m_job;
    QString m_lastError;
};

} // namespace innkeep::ui
