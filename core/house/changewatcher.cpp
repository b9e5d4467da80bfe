// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changewatcher.h"

#include "storage/aftercommit.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/readsnapshot.h"
#include "storage/statement.h"

#include <QList>

namespace innkeep {

ChangeWatcher::ChangeWatcher(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::look);
    m_db.afterCommit().listen(this, [this](bool bulk) { ownCommit(bulk); });
    look(); // where the log stands now: what the pages read when they open
}

ChangeWatcher::~ChangeWatcher()
{
    m_db.afterCommit().stopListening(this);
}

ChangeWatcher::Meaning ChangeWatcher::rowItself(const ChangeEntry &e)
{
    const auto kind = e.field == u'*'   ? RecordEvents::Kind::Added
                      : e.field == u'-' ? RecordEvents::Kind::Removed
                                        : RecordEvents::Kind::Changed;
    return Meaning{kind, e.rowUuid, e.guestUuid};
}

void ChangeWatcher::route(const QString &table, RecordEvents &service,
                          std::function<std::optional<Meaning>(const ChangeEntry &)> meaning)
{
    m_routes.insert(table, Route{&service, meaning ? std::move(meaning) : &ChangeWatcher::rowItself});
}

void ChangeWatcher::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void ChangeWatcher::stop()
{
    m_timer.stop();
}

void ChangeWatcher::look()
{
    auto ok = checkNow();
    if (!ok && !m_failing)
        Q_EMIT failed(ok.error());
    m_failing = !ok;
}

void ChangeWatcher::ownCommit(bool bulk)
{
    if (bulk) {
        // An import or the demo on this connection: its rows are in the log, unannounced.
        m_ownBulk = true;
        look();
        return;
    }
    if (m_lastId < 0 || m_ownBulk) {
        m_ownCommit = true;
        return; // not looked yet, or a bulk write still to announce
    }
    // Its services announced this commit. When nobody else committed since the last look (the
    // usual case), every newer entry is this connection's: move past them now, so the next look
    // names only what others write from here on. Otherwise the entries are mixed, and the next
    // look announces all of them (ours a second time: a page re-reads a record it already has).
    ReadSnapshot snapshot(m_db);
    auto version = dataVersion();
    if (!version || *version != m_dataVersion) {
        m_ownCommit = true;
        return;
    }
    if (auto last = ChangeLog(m_db).lastId())
        m_lastId = *last;
    else
        m_ownCommit = true;
}

Result<qint64> ChangeWatcher::dataVersion()
{
    auto version = Statement(m_db, QStringLiteral("PRAGMA data_version")).scalar();
    if (!version)
        return std::unexpected(version.error());
    return version->toLongLong();
}

Status ChangeWatcher::checkNow()
{
    if (m_db.transactionDepth() > 0)
        return {}; // mid-write: look next time
    QList<Announcement> announcements;
    {
        // data_version and the log read from one view, so a commit between them is not half seen.
        ReadSnapshot snapshot(m_db);
        auto version = dataVersion();
        if (!version)
            return std::unexpected(version.error());
        const bool othersWrote = m_lastId >= 0 && *version != m_dataVersion;
        const bool ownBulk = std::exchange(m_ownBulk, false);
        const bool unannounced = othersWrote || ownBulk;
        // (An own commit whose entries could not be skipped at once: see ownCommit().)
        const bool ownOnly = std::exchange(m_ownCommit, false) && !unannounced;
        m_dataVersion = *version;
        if (m_lastId < 0 || ownOnly) {
            // The first look (the pages have just read everything), or only this connection
            // wrote and its services announced each change themselves: skip to the newest entry.
            auto last = ChangeLog(m_db).lastId();
            if (!last)
                return std::unexpected(last.error());
            m_lastId = *last;
            return {};
        }
        if (!unannounced)
            return {};
        // A bulk write here asked for one reload per service, however few rows it wrote.
        auto found = announcementsSince(m_lastId, ownBulk);
        if (!found)
            return std::unexpected(found.error());
        announcements = std::move(*found);
    }
    // Sent after the read view has ended, so a listener may read anew or even write.
    for (const Announcement &a : std::as_const(announcements))
        a.send();
    return {};
}

Result<QList<ChangeWatcher::Announcement>> ChangeWatcher::announcementsSince(qint64 lastId, bool many)
{
    auto entries = ChangeLog(m_db).since(lastId, ManyThreshold + 1);
    if (!entries)
        return std::unexpected(entries.error());
    QList<Announcement> announcements;
    if (many || entries->size() > ManyThreshold) {
        // Too many to name: each service whose records are among them reloads once.
        Statement tables(m_db, QStringLiteral("SELECT DISTINCT table_name FROM change_log WHERE id > ?"));
        if (auto ok = tables.bind(lastId).exec(); !ok)
            return std::unexpected(ok.error());
        while (tables.next()) {
            const QString table = tables.text(0);
            for (auto route = m_routes.constFind(table); route != m_routes.cend() && route.key() == table;
                 ++route) {
                const Announcement many{route->service, RecordEvents::Kind::Changed, {}, {}, true};
                if (!announcements.contains(many))
                    announcements.append(many);
            }
        }
        if (auto ok = tables.walked(); !ok)
            return std::unexpected(ok.error());
        auto last = ChangeLog(m_db).lastId();
        if (!last)
            return std::unexpected(last.error());
        m_lastId = *last;
        return announcements;
    }
    if (!entries->isEmpty())
        m_lastId = entries->constLast().id;
    for (const ChangeEntry &e : std::as_const(*entries)) {
        for (auto route = m_routes.constFind(e.table); route != m_routes.cend() && route.key() == e.table;
             ++route) {
            const auto meaning = route->meaning(e);
            if (!meaning)
                continue;
            const Announcement one{route->service, meaning->kind, meaning->uuid, meaning->guestUuid,
                                   meaning->many};
            if (!announcements.contains(one))
                announcements.append(one);
        }
    }
    return announcements;
}

} // namespace innkeep
