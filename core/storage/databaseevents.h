// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <algorithm>
#include <QObject>
#include <QString>

namespace innkeep {

// What a committed user action changed, for pages and models to update the rows they show.
struct ChangeEvent
{
    enum class Entity { Guest, Preference, Stay, Ticket, Feedback, Settings, Staff };
    enum class Kind { Added, Changed, Removed };

    Entity entity = Entity::Guest;
    Kind kind = Kind::Changed;
    QString uuid;       // the changed record
    QString guestUuid;  // the guest it belongs to, when there is one

    friend bool operator==(const ChangeEvent &, const ChangeEvent &) = default;
};

// Notifications are queued while a transaction is open and sent only once the outermost
// transaction commits, so nobody hears about a change that was rolled back.
class DatabaseEvents final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseEvents)

public:
    explicit DatabaseEvents(QObject *parent = nullptr) : QObject(parent) {}

    void queue(ChangeEvent event);
    void flush();
    void discard() { m_pending.clear(); }
    // Savepoint support: how many are queued now, and forget those queued after that.
    [[nodiscard]] qsizetype mark() const { return m_pending.size(); }
    void truncate(qsizetype mark) { m_pending.resize(std::min(mark, m_pending.size())); }

Q_SIGNALS:
    void changed(const innkeep::ChangeEvent &event);
    // Many rows changed at once (an import, a demo fill): reload rather than patch.
    void reset();

private:
    QList<ChangeEvent> m_pending;
};

} // namespace innkeep

Q_DECLARE_METATYPE(innkeep::ChangeEvent)
