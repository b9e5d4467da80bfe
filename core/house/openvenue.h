// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/guestalerts.h"
#include "feedback/feedbackreanalysis.h"
#include "feedback/feedbackservice.h"
#include "guests/duplicatefinder.h"
#include "guests/guestdirectory.h"
#include "guests/guesthistory.h"
#include "guests/guestmerge.h"
#include "guests/guestservice.h"
#include "house/changewatcher.h"
#include "house/venuebackups.h"
#include "insights/feedbacktopicsummary.h"
#include "insights/feedbacktrends.h"
#include "jobs/jobrunner.h"
#include "loyalty/loyaltytiers.h"
#include "loyalty/loyaltyupkeep.h"
#include "loyalty/pointsledger.h"
#include "preferences/preferenceservice.h"
#include "reminders/reminderservice.h"
#include "search/guestsearch.h"
#include "segments/segmentservice.h"
#include "staff/staffservice.h"
#include "stays/stayservice.h"
#include "storage/database.h"
#include "storage/databaserestore.h"
#include "tickets/ticketservice.h"
#include "tickets/ticketsettingsservice.h"
#include "venue/venuesettings.h"
#include "venue/venuesetup.h"

#include <QObject>

#include <functional>
#include <memory>

namespace innkeep {

// The composition root: one venue's file, open, with the one long-lived instance of each
// service over it and the ChangeWatcher that announces what other programs commit. The window
// and innkeep-cli each build one and reach the venue only through it; every service's signals
// come from here, so a page hears about a change however it was made.
class OpenVenue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenVenue)

public:
    using Mode = Database::Mode;

    // Opens the venue's file (see Database::open: refused files are never changed; a damaged or
    // read-only file opens read-only and says why). The error names the file and the reason.
    [[nodiscard]] static Result<std::unique_ptr<OpenVenue>> open(const QString &path, const Clock &clock,
                                                                 Mode mode = Mode::OpenExisting);
    // Where a venue's file lives when none is named.
    [[nodiscard]] static QString defaultPath();
    // Putting a copy in place of the file (see DatabaseRestore); call with the file closed.
    // The copies beside `path` that could replace it, newest first.
    [[nodiscard]] static QStringList restoreCandidates(const QString &path);
    // Replaces `path` with a checked copy of `copyPath`; returns where the file was moved.
    [[nodiscard]] static Result<QString>
    restore(const QString &path, const QString &copyPath, const Clock &clock,
            DatabaseRestore::Replacing replacing = DatabaseRestore::Replacing::Damaged);

    explicit OpenVenue(std::unique_ptr<Database> database, QObject *parent = nullptr);
    // Over a Database that someone else owns and keeps open longer than this (a test's file).
    explicit OpenVenue(Database &database, QObject *parent = nullptr);
    ~OpenVenue() override;

    [[nodiscard]] GuestService &guests() { return m_guests; }
    [[nodiscard]] PreferenceService &preferences() { return m_preferences; }
    [[nodiscard]] StayService &stays() { return m_stays; }
    [[nodiscard]] TicketService &tickets() { return m_tickets; }
    [[nodiscard]] TicketSettingsService &ticketSettings() { return m_ticketSettings; }
    [[nodiscard]] FeedbackService &feedback() { return m_feedback; }
    // What this venue taught the analyser (corrections, rated feedback), learned on first use.
    [[nodiscard]] FeedbackTeaching &feedbackTeaching() { return m_teaching; }
    [[nodiscard]] StaffService &staff() { return m_staff; }
    // Merging two profiles of one guest, and undoing it.
    [[nodiscard]] GuestMerge &guestMerges() { return m_merges; }
    [[nodiscard]] VenueSettings &settings() { return m_settings; }
    // The loyalty programme: its tiers and each guest's, and the points ledger.
    [[nodiscard]] LoyaltyTiers &loyaltyTiers() { return m_tiers; }
    [[nodiscard]] PointsLedger &points() { return m_points; }
    // Saved guest segments (their rules, counts and members).
    [[nodiscard]] SegmentService &segments() { return m_segments; }
    // What staff did with the day's reminders (done, snoozed).
    [[nodiscard]] ReminderService &reminders() { return m_reminders; }
    // Points for stays checked out since, expiries due, tiers changed (LoyaltyUpkeep); idempotent.
    [[nodiscard]] Result<LoyaltyUpkeepReport> bringLoyaltyUpToDate();
    [[nodiscard]] GuestAlerts &alerts() { return m_alerts; }
    [[nodiscard]] GuestSearch &search() { return m_search; }
    [[nodiscard]] ChangeWatcher &watcher() { return m_watcher; }
    // Long work (imports, exports) on worker connections to this file.
    [[nodiscard]] JobRunner &jobs() { return m_jobs; }
    // The window calls this once after opening: feedback analysed by an older analyser (or never)
    // is analysed in a background job now, and from then on every staff correction re-analyses the
    // uncorrected entries with the new lessons a few seconds later (debounced). Returns whether a
    // job started. innkeep-cli does not call it (a command changes only what it says).
    [[nodiscard]] Result<bool> analyseFeedbackInBackground();
    // Those background jobs (started(), finished(); the running job's progress).
    [[nodiscard]] FeedbackReanalysis &feedbackReanalysis() { return m_reanalysis; }

    // Read-only query objects over the venue, built on request (each holds no more than the
    // connection): the guest list's pages and a guest's change history.
    [[nodiscard]] GuestDirectory guestDirectory() { return GuestDirectory(m_database); }
    [[nodiscard]] GuestHistory guestHistory() { return GuestHistory(m_database); }
    // Guests who may be one: for a profile being entered, or every pair in the file.
    [[nodiscard]] DuplicateFinder duplicateFinder() { return DuplicateFinder(m_database); }
    // Feedback insights: the topic summary over a period and the trends per week or month.
    [[nodiscard]] FeedbackTopicSummary feedbackTopics() { return FeedbackTopicSummary(m_database); }
    [[nodiscard]] FeedbackTrends feedbackTrends() { return FeedbackTrends(m_database); }
    // This file's backups: making one, listing them, the automatic ones and where they go.
    [[nodiscard]] VenueBackups backups() { return VenueBackups(m_database); }
    // First-run set-up of a new venue (name, currency, region, first staff member): one call.
    [[nodiscard]] VenueSetUp venueSetUp() { return VenueSetUp(m_database); }

    // The file itself.
    [[nodiscard]] const QString &path() const;
    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] const QString &readOnlyReason() const;
    [[nodiscard]] bool isDamaged() const;
    [[nodiscard]] const QString &migrationBackup() const;
    [[nodiscard]] const Clock &clock() const;
    // The staff member on duty, to whom every change made from here is attributed.
    void setStaffOnDuty(const QString &name);
    [[nodiscard]] const QString &staffOnDuty() const;
    // How long a write waits for another program's lock (plain and long writes), and the name
    // this program gives itself in the lock it holds (shown to the other programs).
    void setBusyWait(int plainMs, int longWriteMs);
    void setActivity(const QString &activity);
    // Said (once per wait) while a write waits for another program's lock.
    void setWaitNote(std::function<void(const QString &)> note);
    [[nodiscard]] int schemaVersion() const;

    // The connection, for core code that runs over it (jobs, exports) and for tests.
    [[nodiscard]] Database &database() { return m_database; }

private:
    void routeChanges();
    // The services whose signals speak for their class on this connection.
    [[nodiscard]] QList<RecordEvents *> voices();

    std::unique_ptr<Database> m_owned;
    Database &m_database;
    GuestService m_guests;
    PreferenceService m_preferences;
    StayService m_stays;
    TicketService m_tickets;
    TicketSettingsService m_ticketSettings;
    FeedbackTeaching m_teaching;
    FeedbackService m_feedback;
    StaffService m_staff;
    GuestMerge m_merges;
    VenueSettings m_settings;
    GuestAlerts m_alerts;
    GuestSearch m_search;
    ChangeWatcher m_watcher;
    JobRunner m_jobs;
    FeedbackReanalysis m_reanalysis;
    LoyaltyTiers m_tiers;
    PointsLedger m_points;
    SegmentService m_segments;
    ReminderService m_reminders;
};

} // namespace innkeep
