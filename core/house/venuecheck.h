// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace innkeep {

class OpenVenue;

// What `innkeep-cli check` reports about an open venue's file: SQLite's integrity check (plus
// damage found when the file was opened), the schema compared with the migrations, and the rows
// in each ordinary table (leaving out SQLite's own and virtual tables' shadow tables).
struct VenueCheckReport
{
    QStringList problems; // empty when intact
    QStringList drift;    // empty when the schema matches the migrations
    QMap<QString, qint64> counts;

    [[nodiscard]] bool healthy() const { return problems.isEmpty() && drift.isEmpty(); }
};

class VenueCheck final
{
public:
    // Reads only; an error means the file could not be read at all.
    [[nodiscard]] static Result<VenueCheckReport> of(OpenVenue &venue);
};

} // namespace innkeep
