// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "staytablemodel.h"

#include "roles.h"
#include "widgets/format.h"

#include <QLocale>

namespace innkeep::ui {

void StayTableModel::setStays(const QList<Stay> &stays)
{
    beginResetModel();
    m_rows = stays;
    endResetModel();
}

int StayTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StayTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StayTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stay &s = m_rows.at(index.row());
    if (role == IdRole)
        return s.uuid;
    if (role == GuestUuidRole)
        return s.guestUuid;
    if (role == Qt::TextAlignmentRole
        && (index.column() == Nights || index.column() == Rate || index.column() == Revenue))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Arrival: return Format::date(s.arrival);
    case Departure: return Format::date(s.departure);
    case Nights: return QLocale().toString(s.nights());
    case Room: return s.room;
    case Status: return displayText(s.status);
    case Channel: return Format::channelText(s.channel);
    case Rate: return Format::money(s.rateMinor, s.currency);
    case Revenue: return Format::money(s.revenueMinor, s.currency);
    case Reference: return s.bookingRef;
    case ColumnCount: break;
    }
    return {};
}

QVariant StayTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Arrival: return tr("Arrival");
    case Departure: return tr("Departure");
    case Nights: return tr("Nights");
    case Room: return tr("Room");
    case Status: return tr("Status");
    case Channel: return tr("Channel");
    case Rate: return tr("Rate");
    case Revenue: return tr("Revenue");
    case Reference: return tr("Booking");
    case ColumnCount: break;
    }
    return {};
}

} // namespace innkeep::ui
