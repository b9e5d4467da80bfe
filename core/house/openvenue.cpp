// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "openvenue.h"

#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/databaserestore.h"
#include "tickets/ticketrepository.h"

namespace innkeep {

using namespace Qt::StringLiterals;

Result<std::unique_ptr<OpenVenue>> OpenVenue::open(const QString &path, const Clock &clock, Mode mode)
{
    auto database = Database::open(path, clock, mode);
    if (!database)
        return std::unexpected(database.error());
    return std::make_unique<OpenVenue>(std::move(*database));
}

QString OpenVenue::defaultPath()
{
    return Database::defaultPath();
}

QStringList OpenVenue::restoreCandidates(const QString &path)
{
    return DatabaseRestore::candidates(path);
}

Result<QString> OpenVenue::restore(const QString &path, const QString &copyPath, const Clock &clock,
                                   DatabaseRestore::Replacing replacing)
{
    return DatabaseRestore::restore(path, copyPath, clock.nowMs(), replacing);
}

OpenVenue::OpenVenue(std::unique_ptr<Database> database, QObject *parent) : OpenVenue(*database, parent)
{
    m_owned = std::move(database);
}

OpenVenue::OpenVenue(Database &database, QObject *parent)
    : QObject(parent), m_database(database), m_guests(m_database), m_preferences(m_database),
      m_stays(m_database), m_tickets(m_database), m_ticketSettings(m_database), m_teaching(m_database),
      m_feedback(m_database, nullptr, &m_teaching), m_staff(m_database), m_merges(m_database),
      m_settings(m_database), m_alerts(m_database), m_search(m_database), m_watcher(m_database),
      m_jobs(m_database), m_reanalysis(m_database, m_jobs, m_feedback), m_tiers(m_database),
      m_points(m_database), m_segments(m_database), m_reminders(m_database)
{
    for (RecordEvents *service : voices())
        m_database.afterCommit().setVoice(typeid(*service), service);
    routeChanges();
}

OpenVenue::~OpenVenue()
{
    for (RecordEvents *service : voices()) {
        if (m_database.afterCommit().voiceOf(service) == service)
            m_database.afterCommit().setVoice(typeid(*service), nullptr);
    }
}

QList<RecordEvents *> OpenVenue::voices()
{
    return {&m_guests, &m_preferences, &m_stays, &m_tickets, &m_ticketSettings, &m_feedback, &m_staff,
            &m_merges, &m_settings,    &m_tiers, &m_points,  &m_segments,       &m_reminders};
}

void OpenVenue::routeChanges()
{
    using Meaning = ChangeWatcher::Meaning;
    using Kind = RecordEvents::Kind;
    m_watcher.route(u"guests"_s, m_guests, [](const ChangeEntry &e) -> std::optional<Meaning> {
        // Archiving takes a guest off the lists; restoring puts them back (as GuestService says).
        if (e.field == u"archived_at")
            return Meaning{e.newValue.isNull() ? Kind::Added : Kind::Removed, e.rowUuid, e.rowUuid};
        Meaning m = ChangeWatcher::rowItself(e);
        m.guestUuid = e.rowUuid;
        return m;
    });
    // A contact, tag or note changes the guest it belongs to.
    const auto guestChanged = [](const ChangeEntry &e) -> std::optional<Meaning> {
        if (e.guestUuid.isEmpty())
            return std::nullopt;
        return Meaning{Kind::Changed, e.guestUuid, e.guestUuid};
    };
    for (const QString &table : {u"guest_contacts"_s, u"guest_tags"_s, u"guest_notes"_s})
        m_watcher.route(table, m_guests, guestChanged);
    m_watcher.route(u"preferences"_s, m_preferences);
    m_watcher.route(u"stays"_s, m_stays);
    // A ticket's events, compensations and follow-ups always change the ticket's row too.
    m_watcher.route(TicketRepository::TicketsTable, m_tickets);
    for (const QString &table : {u"ticket_categories"_s, u"departments"_s, u"sla_policies"_s})
        m_watcher.route(table, m_ticketSettings);
    m_watcher.route(FeedbackRepository::FeedbackTable, m_feedback);
    // A staff correction's topics are logged against the entry (its uuid).
    m_watcher.route(FeedbackRepository::TopicsTable, m_feedback);
    // A correction another program made (innkeep-cli) teaches this venue's analyser here too: the
    // lessons are learned again on next use (and, once the window asked for background analysis,
    // the uncorrected entries are re-analysed). Announces nothing itself.
    const auto taught = [this](const ChangeEntry &e) -> std::optional<Meaning> {
        if (e.table == FeedbackRepository::TopicsTable || e.field == u"corrected_label")
            m_teaching.forget();
        return std::nullopt;
    };
    m_watcher.route(FeedbackRepository::FeedbackTable, m_feedback, taught);
    m_watcher.route(FeedbackRepository::TopicsTable, m_feedback, taught);
    m_watcher.route(u"staff"_s, m_staff);
    // A merge or its undo, logged against the kept guest.
    m_watcher.route(u"guest_merges"_s, m_merges, [](const ChangeEntry &e) -> std::optional<Meaning> {
        return Meaning{e.field == u"*" ? Kind::Added : Kind::Changed, e.rowUuid, e.guestUuid};
    });
    m_watcher.route(u"venue_settings"_s, m_settings);
    m_watcher.route(u"segments"_s, m_segments);
    m_watcher.route(u"reminder_actions"_s, m_reminders);
    m_watcher.route(u"loyalty_tiers"_s, m_tiers);
    // A guest's tier changes and points entries change that guest's standing.
    m_watcher.route(u"loyalty_tier_changes"_s, m_tiers, [](const ChangeEntry &e) -> std::optional<Meaning> {
        return Meaning{Kind::Changed, e.guestUuid, e.guestUuid};
    });
    m_watcher.route(u"loyalty_points"_s, m_points, [](const ChangeEntry &e) -> std::optional<Meaning> {
        return Meaning{Kind::Added, e.rowUuid, e.guestUuid};
    });
    // The attention thresholds decide which feedback needs attention: all of it may change.
    m_watcher.route(u"venue_settings"_s, m_feedback, [](const ChangeEntry &e) -> std::optional<Meaning> {
        if (e.rowUuid != FeedbackRepository::ThresholdKey
            && e.rowUuid != FeedbackRepository::SentimentThresholdKey)
            return std::nullopt;
        return Meaning{Kind::Changed, {}, {}, true};
    });
}

Result<LoyaltyUpkeepReport> OpenVenue::bringLoyaltyUpToDate()
{
    return LoyaltyUpkeep(m_tiers, m_points).run();
}

Result<bool> OpenVenue::analyseFeedbackInBackground()
{
    m_teaching.whenTaught([this] { m_reanalysis.scheduleUncorrected(); });
    return m_reanalysis.startOutdated();
}

const QString &OpenVenue::path() const
{
    return m_database.path();
}

bool OpenVenue::isReadOnly() const
{
    return m_database.isReadOnly();
}

const QString &OpenVenue::readOnlyReason() const
{
    return m_database.readOnlyReason();
}

bool OpenVenue::isDamaged() const
{
    return m_database.isDamaged();
}

const QString &OpenVenue::migrationBackup() const
{
    return m_database.migrationBackup();
}

const Clock &OpenVenue::clock() const
{
    return m_database.clock();
}

void OpenVenue::setStaffOnDuty(const QString &name)
{
    m_database.setStaff(name);
}

const QString &OpenVenue::staffOnDuty() const
{
    return m_database.staff();
}

void OpenVenue::setBusyWait(int plainMs, int longWriteMs)
{
    m_database.setBusyWait(plainMs, longWriteMs);
}

void OpenVenue::setActivity(const QString &activity)
{
    m_database.setActivity(activity);
}

void OpenVenue::setWaitNote(std::function<void(const QString &)> note)
{
    m_database.setWaitNote(std::move(note));
}

int OpenVenue::schemaVersion() const
{
    return m_database.schemaVersion();
}

} // namespace innkeep
