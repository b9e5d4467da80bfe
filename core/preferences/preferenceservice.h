// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "preferences/preference.h"
#include "storage/recordevents.h"

#include <QCoreApplication>
#include <QList>

namespace innkeep {

class Database;

// A guest's preferences. Recording one the guest already has (same category, same value
// ignoring case) confirms it: the count goes up and the date moves on; nothing is duplicated.
class PreferenceService final : public RecordEvents
{
    Q_DECLARE_TR_FUNCTIONS(PreferenceService)

public:
    explicit PreferenceService(Database &db) : m_db(db) {}

    // What a guest's preferences are unique by within a category (preferences.value_key): the
    // value with spaces tidied, case folded.
    [[nodiscard]] static QString valueKey(const QString &value);

    // Adds `draft` to the guest, or confirms the matching preference. `draft.guestUuid` names the guest.
    [[nodiscard]] Result<Preference> record(Preference draft);
    // Changes category, value, detail, source, date or critical flag of a stored preference.
    [[nodiscard]] Result<Preference> update(Preference edited);
    [[nodiscard]] Status remove(const QString &uuid);

    [[nodiscard]] Result<Preference> find(const QString &uuid);
    // Critical first, then by category and value.
    [[nodiscard]] Result<QList<Preference>> forGuest(const QString &guestUuid);

private:
    Database &m_db;
};

} // namespace innkeep
