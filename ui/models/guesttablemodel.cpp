// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guesttablemodel.h"

#include "common/phonenumber.h"
#include "guests/guestservice.h"
#include "roles.h"
#include "stays/stayservice.h"
#include "widgets/followrecords.h"
#include "widgets/format.h"
#include "widgets/plaintext.h"

#include <QDateTime>
#include <QFont>

namespace innkeep::ui {

GuestTableModel::GuestTableModel(GuestDirectory directory, GuestService &guests, StayService &stays,
                                 QObject *parent)
    : QAbstractTableModel(parent), m_directory(std::move(directory))
{
    followRecords(
        guests, this,
        [this](RecordEvents::Kind kind, const QString &, const QString &guest) {
            onGuestChanged(kind, guest);
        },
        [this] { reload(); });
    // A stay changes its guest's stay count and last stay.
    followRecords(
        stays, this,
        [this](RecordEvents::Kind, const QString &, const QString &guest) {
            onGuestChanged(RecordEvents::Kind::Changed, guest);
        },
        [this] { reload(); });
}

void GuestTableModel::setFilter(const GuestDirectoryFilter &filter)
{
    if (filter == m_directory.filter())
        return;
    m_directory.setFilter(filter);
    reload();
}

void GuestTableModel::setHeldBack(bool held)
{
    m_heldBack = held;
    if (!held && m_stale)
        reload();
}

void GuestTableModel::reload()
{
    if (m_heldBack) {
        m_stale = true;
        return;
    }
    m_stale = false;
    beginResetModel();
    m_directory.setSort(m_directory.sort(), m_directory.descending()); // forget the keyset cursor
    m_rows.clear();
    m_atEnd = false;
    m_total = -1;
    // The first page arrives with the reset, so a view never shows an empty flash.
    std::optional<Error> error;
    if (auto page = m_directory.page(0, PageSize)) {
        m_rows = *page;
        m_atEnd = page->size() < PageSize;
    } else {
        m_atEnd = true;
        error = page.error();
    }
    endResetModel();
    if (error)
        Q_EMIT failed(*error);
    Q_EMIT totalCountChanged();
}

qint64 GuestTableModel::totalCount()
{
    if (m_total < 0) {
        auto n = m_directory.count();
        if (!n) {
            Q_EMIT failed(n.error());
            return 0;
        }
        m_total = *n;
    }
    return m_total;
}

QString GuestTableModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).uuid : QString();
}

int GuestTableModel::rowOf(const QString &uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).uuid == uuid)
            return i;
    }
    return -1;
}

int GuestTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GuestTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuestTableModel::data(const QModelIndex &index, int role) const
{
    const QVariant value = cell(index, role);
    if (role == Qt::ToolTipRole && value.isValid())
        return PlainText::toolTip(value.toString());
    return value;
}

QVariant GuestTableModel::cell(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GuestDirectoryRow &row = m_rows.at(index.row());
    if (role == IdRole || role == GuestUuidRole)
        return row.uuid;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Name:
            return row.latinFamilyName.isEmpty()
                       ? row.latinName
                       : row.latinFamilyName + QStringLiteral(", ") + row.latinGivenName;
        case NativeName: return row.displayName == row.latinName ? QString() : row.displayName;
        case Vip: return Format::vipText(row.vipLevel);
        case Stays: return row.stays;
        case LastStay: return Format::date(row.lastDeparture);
        case Email: return row.email;
        case Phone: return row.phone.isEmpty() ? QString() : PhoneNumber::international(row.phone);
        case City: return row.city;
        case Tags: return row.tags.join(QStringLiteral(", "));
        case Added: return Format::date(QDateTime::fromMSecsSinceEpoch(row.createdAt).toLocalTime().date());
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::FontRole && index.column() == Name && row.blocked) {
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Stays)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant GuestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Name");
    case NativeName: return tr("Native name");
    case Vip: return tr("VIP");
    case Stays: return tr("Stays");
    case LastStay: return tr("Last stay");
    case Email: return tr("E-mail");
    case Phone: return tr("Phone");
    case City: return tr("City");
    case Tags: return tr("Tags");
    case Added: return tr("Added");
    case ColumnCount: break;
    }
    return {};
}

bool GuestTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void GuestTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    auto page = m_directory.page(int(m_rows.size()), PageSize);
    if (!page) {
        m_atEnd = true;
        Q_EMIT failed(page.error());
        return;
    }
    if (page->size() < PageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

void GuestTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const auto sort = column == Added ? GuestDirectory::Sort::Added : GuestDirectory::Sort::Name;
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_directory.sort() && descending == m_directory.descending() && !m_rows.isEmpty())
        return;
    m_directory.setSort(sort, descending);
    reload();
}

void GuestTableModel::onGuestChanged(RecordEvents::Kind kind, const QString &guestUuid)
{
    if (m_heldBack || (m_rows.isEmpty() && !m_atEnd)) {
        reload(); // not shown yet: marked stale, read when shown
        return;
    }
    // Where the guest stands now, counted in SQL: a row inside the loaded window is inserted,
    // moved, repainted or removed on its own; outside it, only the count changes.
    const int old = rowOf(guestUuid);
    auto position = m_directory.positionOf(guestUuid);
    if (!position) {
        Q_EMIT failed(position.error());
        return;
    }
    const int others = int(m_rows.size()) - (old >= 0 ? 1 : 0);
    // The window keeps its size: the first rowCount() guests (one more when it reached the end).
    const bool inWindow =
        position->has_value() && (**position < others || (**position == others && (m_atEnd || old >= 0)));
    std::optional<GuestDirectoryRow> fresh;
    if (inWindow) {
        auto page = m_directory.page(int(**position), 1);
        if (!page || page->isEmpty() || page->constFirst().uuid != guestUuid) {
            reload(); // changed again meanwhile: read afresh
            return;
        }
        fresh = page->constFirst();
    }
    m_directory.setSort(m_directory.sort(), m_directory.descending()); // the keyset cursor moved
    const int at = inWindow ? int(**position) : -1;
    if (old >= 0 && !inWindow) {
        beginRemoveRows({}, old, old);
        m_rows.removeAt(old);
        endRemoveRows();
    } else if (old < 0 && inWindow) {
        beginInsertRows({}, at, at);
        m_rows.insert(at, *fresh);
        endInsertRows();
    } else if (old >= 0) {
        if (at != old) {
            beginMoveRows({}, old, old, {}, at > old ? at + 1 : at);
            m_rows.move(old, at);
            endMoveRows();
        }
        m_rows[at] = *fresh;
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
    if (kind != RecordEvents::Kind::Changed || (old >= 0) != inWindow || old < 0) {
        m_total = -1; // a guest came, went, or may have joined or left the filter
        Q_EMIT totalCountChanged();
    }
}

} // namespace innkeep::ui
