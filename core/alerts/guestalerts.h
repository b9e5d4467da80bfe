// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/guestalert.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QList>

namespace innkeep {

class Database;

// The alerts shown on the arrivals list and as the profile's banner, most serious first:
// blocked, critical preferences, open complaints, last stay's unresolved complaint,
// birthday or anniversary during the current or next stay.
class GuestAlerts final
{
    Q_DECLARE_TR_FUNCTIONS(GuestAlerts)

public:
    explicit GuestAlerts(Database &db) : m_db(db) {}
    [[nodiscard]] Result<QList<GuestAlert>> forGuest(const QString &guestUuid);

private:
    Database &m_db;
};

} // namespace innkeep
