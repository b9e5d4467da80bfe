// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QString>

namespace innkeep {

class Database;

// What the first-run form asks for a new venue.
struct NewVenue
{
    QString name;
    QString currency; // ISO 4217
    QString region;   // ISO 3166-1 alpha-2, for national phone numbers
    QString staff;    // the first staff member; none when empty
};

// First-run set-up of a new venue file: name, currency, phone region and the first staff member,
// validated and stored in one transaction (all or nothing). The error names the field at fault.
class VenueSetUp final
{
public:
    explicit VenueSetUp(Database &db) : m_db(db) {}
    [[nodiscard]] Status apply(const NewVenue &venue);

private:
    Database &m_db;
};

} // namespace innkeep
