// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace innkeep {

class Database;
struct RecordAnnouncement;

// The signals a service sends about the records it owns (GuestService about guests,
// TicketService about tickets …), with the record's id and the guest it belongs to (the guest's
// own id for a guest; empty when there is none). A service announces a change when the outermost
// transaction commits, never for one rolled back; the ChangeWatcher announces, on the same
// signals, what another connection (a worker, the CLI, sync) committed to the file. The venue's
// long-lived instance of a service (OpenVenue's) speaks for every instance of its class on the
// same connection (AfterCommit::setVoice).
class RecordEvents : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Added, Changed, Removed };

    // Sends the signal for `kind` now.
    void announce(Kind kind, const QString &uuid, const QString &guestUuid);
    // Sends manyChanged() now: too many records changed at once to name them (an import).
    void announceMany() { Q_EMIT manyChanged(); }

Q_SIGNALS:
    void added(const QString &uuid, const QString &guestUuid);
    void changed(const QString &uuid, const QString &guestUuid);
    void removed(const QString &uuid, const QString &guestUuid);
    // Reload rather than patch.
    void manyChanged();

protected:
    explicit RecordEvents(QObject *parent = nullptr) : QObject(parent) {}
    // announce() once the outermost transaction open on `db` commits; dropped if it rolls back.
    // Outside a transaction it is sent at once.
    void announceAfterCommit(Database &db, Kind kind, const QString &uuid, const QString &guestUuid);
    // announceMany() once the outermost transaction commits (a rule that changes many records).
    void announceManyAfterCommit(Database &db);

private:
    // `announcement`, spoken by this class's voice on `db`, now or at the outermost commit.
    void sendAfterCommit(Database &db, RecordAnnouncement announcement);
};

// One announcement of a service: a record's signal, or manyChanged(). Queued until a commit
// (AfterCommit) or collected from the change log (ChangeWatcher), then sent.
struct RecordAnnouncement
{
    QPointer<RecordEvents> source; // a service that is gone by then announces nothing
    RecordEvents::Kind kind = RecordEvents::Kind::Changed;
    QString uuid;
    QString guestUuid;
    bool many = false; // manyChanged() rather than one record's signal

    void send() const;
    friend bool operator==(const RecordAnnouncement &, const RecordAnnouncement &) = default;
};

} // namespace innkeep
