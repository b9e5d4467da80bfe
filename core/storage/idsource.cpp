// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idsource.h"

#include "common/clock.h"
#include "common/uuid.h"

namespace innkeep {

namespace {

QRandomGenerator generatorFor(std::optional<quint64> seed)
{
    if (!seed)
        return QRandomGenerator::securelySeeded();
    const quint32 words[2] = {quint32(*seed), quint32(*seed >> 32)};
    return QRandomGenerator(words, 2);
}

} // namespace

IdSource::IdSource(const Clock &clock, std::optional<quint64> seed)
    : m_clock(clock), m_random(generatorFor(seed)), m_seeded(seed.has_value())
{}

QString IdSource::newUuid()
{
    const qint64 ms = m_clock.nowMs();
    QMutexLocker lock(&m_mutex);
    return uuidV7(ms, m_random);
}

std::optional<quint64> IdSource::seedForAnother()
{
    if (!m_seeded)
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    return m_random.generate64();
}

} // namespace innkeep
