// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QRandomGenerator>

#include <optional>

namespace innkeep {

class Clock;

// Where a connection's new row ids come from: UUIDv7 with the time from the Database's Clock and
// the random bits from a generator seeded once. Production seeds it from the system's secure
// source; a test passes a seed (Database::open) and, with a ManualClock, gets the same ids, so an
// export can be compared with a golden file byte for byte. Safe to call from several threads (an
// import prepares guests on a thread pool).
class IdSource final
{
    Q_DISABLE_COPY_MOVE(IdSource)

public:
    IdSource(const Clock &clock, std::optional<quint64> seed);

    [[nodiscard]] QString newUuid();
    // A seed for another connection's IdSource when this one is seeded (so a worker's ids repeat
    // too), none otherwise.
    [[nodiscard]] std::optional<quint64> seedForAnother();

private:
    const Clock &m_clock;
    QMutex m_mutex;
    QRandomGenerator m_random;
    bool m_seeded;
};

} // namespace innkeep
