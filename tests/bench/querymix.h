// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QList>
#include <QString>

namespace innkeep {
class Database;
}

namespace innkeep::bench {

// One thing a receptionist types into the search field, and which kind of thing it is.
struct SearchCase
{
    QString text;
    QString kind; // latin-name, latin-of-native, native-script, email, phone4, room
};

// The kinds, in the order the mix cycles through them.
[[nodiscard]] const QStringList &searchKinds();

// `perKind` strings of each kind, drawn from the guests, contacts and stays in `db` with a
// generator seeded by `seed`: 1–4-letter prefixes of Latin names and of the Latin spellings of
// Armenian/Georgian/Cyrillic names, 1–4-letter native-script prefixes, a 3–6-character start of
// a word of an e-mail address, the last four digits of a phone number, a room number.
[[nodiscard]] Result<QList<SearchCase>> buildQueryMix(Database &db, quint32 seed, int perKind);

} // namespace innkeep::bench
