// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automaticbackups.h"

#include "house/openvenue.h"
#include "jobs/jobrunner.h"

#include <QApplication>
#include <QEventLoop>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWidget>

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

// A job still running is waited for (~BackgroundJob).
AutomaticBackups::~AutomaticBackups() = default;

bool AutomaticBackups::isRunning() const
{
    return m_job && m_job->isRunning();
}

bool AutomaticBackups::start(bool closing)
{
    const auto occasion = closing ? VenueBackups::Occasion::Closing : VenueBackups::Occasion::Daily;
    auto job = m_venue.jobs().start<VenueBackups::Outcome>(
        closing ? tr("the closing backup") : tr("the daily backup"), JobAccess::Reads,
        [occasion](JobContext &context) { return VenueBackups(context.db()).backUpIfDue(occasion); });
    if (!job) {
        m_lastError = job.error().message;
        Q_EMIT failed(m_lastError);
        return false;
    }
    m_job = std::move(*job);
    connect(m_job.get(), &BackgroundJob::finished, this, &AutomaticBackups::finish);
    return true;
}

void AutomaticBackups::finish()
{
    auto outcome = m_job->result<VenueBackups::Outcome>();
    if (!outcome) {
        m_lastError = outcome.error().message;
        Q_EMIT failed(m_lastError);
    } else if (outcome->made) {
        Q_EMIT backedUp(outcome->made->summary.path);
    }
}

void AutomaticBackups::checkDaily()
{
    if (isRunning() || m_venue.isReadOnly())
        return;
    m_lastError.clear();
    start(false);
}

QString AutomaticBackups::closing()
{
    m_timer.stop();
    if (m_venue.isReadOnly())
        return {};
    // A daily backup still running finishes first; the closing one then sees it and makes
    // another only when something changed since.
    if (isRunning())
        m_job->waitForFinished();
    m_lastError.clear();
    if (!start(true))
        return m_lastError;
    // Most files take under a second; a large one tens of seconds. Say so when it takes long.
    QWidget note;
    note.setWindowTitle(QApplication::applicationDisplayName());
    auto *layout = new QVBoxLayout(&note);
    auto *text = new QLabel(tr("Backing up the venue before closing…"), &note);
    auto *busy = new QProgressBar(&note);
    busy->setRange(0, 0);
    layout->addWidget(text);
    layout->addWidget(busy);
    QTimer::singleShot(700, &note, [&note, this] {
        if (isRunning())
            note.show();
    });
    if (isRunning()) {
        QEventLoop loop;
        connect(m_job.get(), &BackgroundJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_lastError;
}

} // namespace innkeep::ui
