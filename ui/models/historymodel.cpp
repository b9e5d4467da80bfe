// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.h"

#include "roles.h"
#include "widgets/format.h"
#include "widgets/plaintext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace innkeep::ui {

namespace {

// Whole-row inserts and deletes carry the row as JSON: show its most telling value.
QString summary(const ChangeEntry &entry, const QVariant &value)
{
    // Internal ids (the profile a row moved to) and raw instants are not the user's words.
    if (entry.field == QLatin1String("guest_uuid") || entry.field == QLatin1String("merged_into")
        || entry.table == QLatin1String("guest_merges"))
        return {};
    if (entry.field == QLatin1String("archived_at") || entry.field.endsWith(QLatin1String("_at")))
        return value.isNull() || value.toString().isEmpty() ? QString()
                                                            : Format::dateTime(value.toLongLong());
    const QString text = value.toString();
    if (entry.field != QLatin1String("*") && entry.field != QLatin1String("-"))
        return text;
    const QJsonObject row = QJsonDocument::fromJson(text.toUtf8()).object();
    if (entry.table == QLatin1String("stays")) {
        const QDate arrival = QDate::fromString(row.value(QLatin1String("arrival")).toString(), Qt::ISODate);
        const QDate departure =
            QDate::fromString(row.value(QLatin1String("departure")).toString(), Qt::ISODate);
        const QString room = row.value(QLatin1String("room")).toString();
        const QString dates = arrival.isValid() ? Format::dateRange(arrival, departure) : QString();
        return room.isEmpty() ? dates : HistoryModel::tr("%1, room %2").arg(dates, room);
    }
    for (const char *key : {"value", "body", "room", "given_name"}) {
        const QString v = row.value(QLatin1String(key)).toVariant().toString();
        if (!v.isEmpty()) {
            if (QLatin1String(key) == QLatin1String("given_name"))
                return v + QLatin1Char(' ') + row.value(QLatin1String("family_name")).toString();
            return v;
        }
    }
    return {};
}

} // namespace

void HistoryModel::setEntries(const QList<ChangeEntry> &entries)
{
    beginResetModel();
    m_rows = entries;
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const QVariant value = cell(index, role);
    if (role == Qt::ToolTipRole && value.isValid())
        return PlainText::toolTip(value.toString());
    return value;
}

QVariant HistoryModel::cell(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeEntry &e = m_rows.at(index.row());
    if (role == IdRole)
        return e.rowUuid;
    if (role == GuestUuidRole)
        return e.guestUuid;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case When: return Format::dateTime(e.atMs());
    case Who: return e.staff.isEmpty() ? tr("(no staff member)") : e.staff;
    case What: return Format::fieldName(e.table, e.field);
    case Before: return e.field == QLatin1String("*") ? QString() : summary(e, e.oldValue);
    case After: return e.field == QLatin1String("-") ? QString() : summary(e, e.newValue);
    case ColumnCount: break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When: return tr("When");
    case Who: return tr("Who");
    case What: return tr("What");
    case Before: return tr("Before");
    case After: return tr("After");
    case ColumnCount: break;
    }
    return {};
}

} // namespace innkeep::ui
