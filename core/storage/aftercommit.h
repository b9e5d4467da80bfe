// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/recordevents.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

#include <algorithm>
#include <functional>
#include <typeindex>

namespace innkeep {

// What the open transaction of one connection will announce when it commits: the services'
// record events, queued while it is open and sent only once the outermost transaction commits,
// so nobody hears about a change that was rolled back. Knows no feature: each announcement
// carries the service that sends it.
class AfterCommit final
{
public:
    using Announcement = RecordAnnouncement;
    // Beyond this many in one action, each service sends one manyChanged() instead.
    static constexpr qsizetype ManyThreshold = 200;

    void queue(Announcement announcement);

    // One voice per kind of service: `voice` (the venue's long-lived instance, OpenVenue's) speaks
    // for every instance of its class on this connection, so a change made through a short-lived
    // one (a service calling another, a command) still reaches the pages. Null to stop.
    void setVoice(std::type_index service, RecordEvents *voice);
    [[nodiscard]] RecordEvents *voiceOf(RecordEvents *speaker) const;
    // The action wrote rows no service announced one by one (an import, the demo): whoever
    // listens (listen()) works out what changed from the change log.
    void noteBulkWrite() { m_bulk = true; }
    // `listener` is called after every outermost commit, with whether it was a bulk write
    // (ChangeWatcher), until `owner` stops listening.
    void listen(const void *owner, std::function<void(bool bulk)> listener);
    void stopListening(const void *owner);

    // The outermost transaction committed: send everything queued.
    void run();
    void discard();
    // Savepoint support: how many are queued now, and forget those queued after that.
    [[nodiscard]] qsizetype mark() const { return m_pending.size(); }
    void truncate(qsizetype mark) { m_pending.resize(std::min(mark, m_pending.size())); }

private:
    QList<Announcement> m_pending;
    QHash<std::type_index, QPointer<RecordEvents>> m_voices;
    QList<std::pair<const void *, std::function<void(bool)>>> m_listeners;
    bool m_bulk = false;
};

} // namespace innkeep
