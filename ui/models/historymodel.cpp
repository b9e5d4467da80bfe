// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.h"

#include "roles.h"
#include "widgets/format.h"
#include "widgets/plaintext.h"

namespace innkeep::ui {

void HistoryModel::setEntries(const QList<ChangeEntry> &entries, const HistoryWording &wording)
{
    beginResetModel();
    m_rows.clear();
    for (const ChangeEntry &entry : entries) {
        if (auto line = wording.line(entry))
            m_rows.append({entry, std::move(*line)});
    }
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
    const ChangeEntry &e = m_rows.at(index.row()).entry;
    const HistoryLine &line = m_rows.at(index.row()).line;
    if (role == IdRole)
        return e.rowUuid;
    if (role == GuestUuidRole)
        return e.guestUuid;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case When: return Format::dateTime(e.atMs());
    case Who: return e.staff.isEmpty() ? tr("(no staff member)") : e.staff;
    case What: return line.what;
    case Before: return line.before;
    case After: return line.after;
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
