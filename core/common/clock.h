// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QtGlobal>

namespace innkeep {

// The one source of "now" in core. Tests inject a ManualClock so SLA and retention rules
// can be checked at any instant without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    // UTC milliseconds since the epoch.
    [[nodiscard]] virtual qint64 nowMs() const = 0;

    [[nodiscard]] QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs()); }
    // The venue's calendar date (local time of this machine).
    [[nodiscard]] QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 ms = 0) : m_ms(ms) {}
    explicit ManualClock(const QDateTime &at) : m_ms(at.toMSecsSinceEpoch()) {}
    [[nodiscard]] qint64 nowMs() const override { return m_ms; }
    void set(qint64 ms) { m_ms = ms; }
    void set(const QDateTime &at) { m_ms = at.toMSecsSinceEpoch(); }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms;
};

} // namespace innkeep
