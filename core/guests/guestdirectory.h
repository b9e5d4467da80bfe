// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace innkeep {

class Database;

// One row of the guest list: what the table shows, read in one query per page.
struct GuestDirectoryRow
{
    qint64 id = 0;
    QString uuid;
    QString displayName; // native script
    QString latinName;   // "Family, Given" is left to the view; this is "Given Family"
    QString latinFamilyName;
    QString latinGivenName;
    int vipLevel = 0;
    bool blocked = false;
    QString email; // first e-mail
    QString phone; // first phone, E.164
    QString city;
    QString country;
    QStringList tags;
    int stays = 0; // counted stays (not cancelled, not no-show)
    QDate lastDeparture;
    qint64 createdAt = 0;
};

// What the guest list is narrowed to. Empty/false fields do not narrow.
struct GuestDirectoryFilter
{
    bool vipOnly = false;
    bool returningOnly = false; // two or more counted stays
    bool blockedOnly = false;
    QString tag;  // exact tag
    QString text; // name prefix in any script ("Aram" finds "Արամ")
    friend bool operator==(const GuestDirectoryFilter &, const GuestDirectoryFilter &) = default;
};

// The guest list page's query over active (not archived) guests: filtered and sorted in SQL,
// read a page at a time. Name order walks the guests_by_name index and pages by keyset when
// pages are read in sequence, so the millionth guest costs what the first does.
class GuestDirectory final
{
public:
    enum class Sort { Name, Added };

    explicit GuestDirectory(Database &db) : m_db(db) {}

    void setFilter(const GuestDirectoryFilter &filter);
    [[nodiscard]] const GuestDirectoryFilter &filter() const { return m_filter; }
    void setSort(Sort sort, bool descending);
    [[nodiscard]] Sort sort() const { return m_sort; }
    [[nodiscard]] bool descending() const { return m_descending; }

    // Rows [offset, offset + limit) in the current order.
    [[nodiscard]] Result<QList<GuestDirectoryRow>> page(int offset, int limit);
    // How many guests match the filter.
    [[nodiscard]] Result<qint64> count();
    // Where the guest stands in the current order (0 for the first row); nullopt when the filter
    // leaves them out, or they are archived or unknown. Counted in SQL over the sort's index, so
    // a list can place one new row without reading the rows before it.
    [[nodiscard]] Result<std::optional<qint64>> positionOf(const QString &uuid);
    // Every tag in use, for the tag filter.
    [[nodiscard]] Result<QStringList> tags();

private:
    struct Cursor
    {
        int offset = -1; // the offset the next keyset page starts at
        QString family;
        QString given;
        qint64 id = 0;
    };
    [[nodiscard]] QString whereClause(QVariantList &values) const;

    Database &m_db;
    GuestDirectoryFilter m_filter;
    Sort m_sort = Sort::Name;
    bool m_descending = false;
    Cursor m_cursor;
};

} // namespace innkeep
