// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "storage/recordevents.h"

#include <QCoreApplication>
#include <QString>

namespace innkeep {

class Database;

// The venue's own settings, stored in the database so they travel with sync:
// name, currency, default phone region. Writes are change-logged like any other.
class VenueSettings final : public RecordEvents
{
    Q_DECLARE_TR_FUNCTIONS(VenueSettings)

public:
    explicit VenueSettings(Database &db) : m_db(db) {}

    [[nodiscard]] QString venueName() const;
    // ISO 4217, "EUR" until set.
    [[nodiscard]] QString currency() const;
    // ISO 3166-1 alpha-2 used to read national phone numbers; from the system locale until set.
    [[nodiscard]] QString phoneRegion() const;

    // After how many months without a stay a guest counts as lapsed (KPI lapsed_rate): setting
    // kpi.lapsed_months, 1 to 120, 18 until set (or when the stored value is not such a number).
    static constexpr int DefaultLapsedMonths = 18;
    static constexpr int MaxLapsedMonths = 120;
    [[nodiscard]] int lapsedMonths() const;

    [[nodiscard]] Status setVenueName(const QString &name);
    // InvalidInput naming "kpi.lapsed_months" outside 1..120.
    [[nodiscard]] Status setLapsedMonths(int months);
    [[nodiscard]] Status setCurrency(const QString &code);
    [[nodiscard]] Status setPhoneRegion(const QString &region);

    // Raw access for settings other areas own (e.g. SLA thresholds); `fallback` when unset.
    [[nodiscard]] QString value(const QString &key, const QString &fallback = {}) const;
    [[nodiscard]] Status setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace innkeep
