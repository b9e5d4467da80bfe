// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencemodel.h"

#include "roles.h"
#include "widgets/format.h"

#include <QFont>
#include <QLocale>

namespace innkeep::ui {

void PreferenceModel::setPreferences(const QList<Preference> &preferences)
{
    beginResetModel();
    m_rows = preferences;
    endResetModel();
}

int PreferenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreferenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreferenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Preference &p = m_rows.at(index.row());
    if (role == IdRole)
        return p.uuid;
    if (role == GuestUuidRole)
        return p.guestUuid;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Critical: return p.critical ? tr("Critical") : QString();
        case Category: return displayText(p.category);
        case Value: return p.value;
        case Detail: return p.detail;
        case Source: return displayText(p.source);
        case Observed: return Format::date(p.observedOn);
        case Confirmed: return QLocale().toString(p.timesConfirmed);
        case ColumnCount: break;
        }
    }
    if (role == Qt::FontRole && p.critical && (index.column() == Critical || index.column() == Value)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant PreferenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Critical: return tr("Critical");
    case Category: return tr("Category");
    case Value: return tr("Preference");
    case Detail: return tr("Detail");
    case Source: return tr("Source");
    case Observed: return tr("Observed");
    case Confirmed: return tr("Confirmed");
    case ColumnCount: break;
    }
    return {};
}

} // namespace innkeep::ui
