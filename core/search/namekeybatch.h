// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace innkeep {

class Database;

// The name keys of new guests, gathered over a whole import and written in key order at the
// end: keys arrive in random order, and inserting them sorted fills the search_names B-tree a
// page after another instead of touching a random page for every key. Keys are kept as UTF-8
// in one buffer (about 30 bytes a key), and sorted bytewise, which is SQLite's BINARY order.
class NameKeyBatch final
{
public:
    void add(qint64 guestId, const QStringList &keys);
    [[nodiscard]] std::size_t size() const { return m_entries.size(); }
    // Inserts every key gathered so far inside the caller's transaction, then starts empty.
    [[nodiscard]] Status write(Database &db);

private:
    struct Entry
    {
        quint64 head; // the key's first 8 bytes, big-endian: most comparisons end here
        qint64 guestId;
        qsizetype offset;
        qsizetype length;
    };
    QByteArray m_text;
    std::vector<Entry> m_entries;
};

} // namespace innkeep
