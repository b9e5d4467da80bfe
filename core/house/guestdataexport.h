// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace innkeep {

class OpenVenue;

// Everything the file holds about one guest, for their right of access (GDPR art. 15) and to take
// it elsewhere (art. 20): the profile with contacts, tags, notes, preferences and stays; the
// complaints about them with timelines, compensation and follow-ups; their feedback with its
// analysis; merges; the profiles merged into them; and every change-log entry that names them.
// One JSON object (format "innkeep-guest-data", version 1); keys are the database's column names
// as in the full export (docs/json-export.md), flags true/false, times UTC epoch milliseconds.
class GuestDataExport final
{
    Q_DECLARE_TR_FUNCTIONS(GuestDataExport)

public:
    static constexpr int FormatVersion = 1;

    [[nodiscard]] static Result<QJsonObject> collect(OpenVenue &venue, const QString &guestUuid);
    // collect() written to `path` (ExportDestination's rules; private; complete or not at all).
    [[nodiscard]] static Result<QJsonObject> write(OpenVenue &venue, const QString &guestUuid,
                                                   const QString &path);
};

} // namespace innkeep
