// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aftercommit.h"

namespace innkeep {

void AfterCommit::queue(Announcement announcement)
{
    if (m_pending.size() > ManyThreshold) {
        // Only which services spoke matters now: run() sends each one manyChanged().
        const auto sameSource = [&](const Announcement &a) { return a.source == announcement.source; };
        if (std::none_of(m_pending.cbegin(), m_pending.cend(), sameSource))
            m_pending.append(std::move(announcement));
        return;
    }
    if (!m_pending.contains(announcement))
        m_pending.append(std::move(announcement));
}

void AfterCommit::setVoice(std::type_index service, RecordEvents *voice)
{
    if (voice)
        m_voices.insert(service, voice);
    else
        m_voices.remove(service);
}

RecordEvents *AfterCommit::voiceOf(RecordEvents *speaker) const
{
    const QPointer<RecordEvents> voice = m_voices.value(std::type_index(typeid(*speaker)));
    return voice ? voice.data() : speaker;
}

void AfterCommit::run()
{
    const QList<Announcement> pending = std::exchange(m_pending, {});
    const bool bulk = std::exchange(m_bulk, false);
    if (pending.size() > ManyThreshold) {
        QList<RecordEvents *> sources;
        for (const Announcement &a : pending) {
            if (a.source && !sources.contains(a.source.data()))
                sources.append(a.source.data());
        }
        for (RecordEvents *source : sources)
            source->announceMany();
    } else {
        for (const Announcement &a : pending)
            a.send();
    }
    const auto listeners = m_listeners; // a listener may stop listening
    for (const auto &[owner, listener] : listeners)
        listener(bulk);
}

void AfterCommit::listen(const void *owner, std::function<void(bool bulk)> listener)
{
    m_listeners.append({owner, std::move(listener)});
}

void AfterCommit::stopListening(const void *owner)
{
    m_listeners.removeIf([owner](const auto &entry) { return entry.first == owner; });
}

void AfterCommit::discard()
{
    m_pending.clear();
    m_bulk = false;
}

} // namespace innkeep
