// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseevents.h"

namespace innkeep {

namespace {
// Beyond this many changes in one action, one reset is cheaper for every listener than a stream.
constexpr qsizetype ResetThreshold = 200;
}

void DatabaseEvents::queue(ChangeEvent event)
{
    if (m_pending.size() > ResetThreshold)
        return;
    if (!m_pending.contains(event))
        m_pending.append(std::move(event));
}

void DatabaseEvents::flush()
{
    const QList<ChangeEvent> pending = std::exchange(m_pending, {});
    if (pending.size() > ResetThreshold) {
        Q_EMIT reset();
        return;
    }
    for (const ChangeEvent &event : pending)
        Q_EMIT changed(event);
}

} // namespace innkeep
