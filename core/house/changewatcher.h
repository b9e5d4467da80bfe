// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "storage/recordevents.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace innkeep {

class Database;
struct ChangeEntry;

// Hears what other connections commit to the open file — a worker thread's import, innkeep-cli
// while the window is open, later sync — and announces it on the services' own signals, so an
// open page updates the rows that changed without a restart. It polls PRAGMA data_version (a
// cheap in-memory read; it changes only when another connection commits), then reads the change
// log after the last entry it saw and tells each record's service what happened to it. Bulk
// writes on this connection (AfterCommit::noteBulkWrite) are read the same way at once.
class ChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

public:
    // What one change-log entry means to its service: which record, and what happened to it.
    struct Meaning
    {
        RecordEvents::Kind kind = RecordEvents::Kind::Changed;
        QString uuid;
        QString guestUuid;
        bool many = false; // a change that touches many records: manyChanged()
    };
    // The logged row itself: "*" added, "-" removed, a field changed.
    [[nodiscard]] static Meaning rowItself(const ChangeEntry &entry);

    explicit ChangeWatcher(Database &db, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    // Entries of `table` are announced by `service`, meaning rowItself() unless `meaning` says
    // otherwise (nothing: not worth announcing). A table may have several routes; tables without
    // one are ignored.
    void route(const QString &table, RecordEvents &service,
               std::function<std::optional<Meaning>(const ChangeEntry &)> meaning = {});

    // Looks every `intervalMs` from now on (the window); checkNow() looks once (tests, a job's end).
    void start(int intervalMs = DefaultIntervalMs);
    void stop();
    [[nodiscard]] Status checkNow();

    // Beyond this many entries since the last look, each service concerned sends manyChanged().
    static constexpr int ManyThreshold = 200;
    static constexpr int DefaultIntervalMs = 500;

Q_SIGNALS:
    // A look failed (the file went away, a disk error): said once per failure, not every tick.
    void failed(const innkeep::Error &error);

private:
    struct Route
    {
        RecordEvents *service = nullptr;
        std::function<std::optional<Meaning>(const ChangeEntry &)> meaning;
    };
    using Announcement = RecordAnnouncement;
    void look();
    void ownCommit(bool bulk);
    [[nodiscard]] Result<QList<Announcement>> announcementsSince(qint64 lastId, bool many);
    [[nodiscard]] Result<qint64> dataVersion();

    Database &m_db;
    QMultiHash<QString, Route> m_routes;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    qint64 m_lastId = -1;     // the newest change-log entry announced (or made here)
    bool m_ownCommit = false; // this connection committed since the last look
    bool m_ownBulk = false;   // … and wrote rows its services did not announce
    bool m_failing = false;
};

} // namespace innkeep
