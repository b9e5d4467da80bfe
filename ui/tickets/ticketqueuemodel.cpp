// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketqueuemodel.h"

#include "models/roles.h"
#include "ticketservices.h"
#include "widgets/followrecords.h"
#include "widgets/format.h"
#include "widgets/plaintext.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QScopedValueRollback>

#include <algorithm>

namespace innkeep::ui {

TicketQueueModel::TicketQueueModel(TicketServices &services, QObject *parent)
    : Patchable(parent), m_services(services)
{
    m_labels.load(m_services.settings);
    // Where a changed ticket sorts (urgency, filters) is SQL's business: read the loaded rows
    // again in queue order and patch them.
    followRecords(
        services.tickets, this,
        [this](RecordEvents::Kind, const QString &uuid, const QString &) { refresh(uuid); },
        [this] { reload(); });
    followRecords(services.settings, this, [this] {
        // Category and department names: every row's text, none of the order.
        m_labels.load(m_services.settings);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    });
    followRecords(
        services.guests, this,
        [this](RecordEvents::Kind kind, const QString &, const QString &guestUuid) {
            // A renamed guest: only the queue's rows of that guest show it.
            const bool shown = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                           [&](const Row &row) { return row.ticket.guestUuid == guestUuid; });
            if (kind == RecordEvents::Kind::Changed && shown)
                refresh();
        },
        [this] { reload(); });
}

void TicketQueueModel::sort(int column, Qt::SortOrder order)
{
    using By = TicketQuery::SortBy;
    static constexpr By byColumn[] = {By::Urgency,  By::Severity,    By::Status,   By::Guest, By::Room,
                                      By::Category, By::Description, By::Assignee, By::Logged};
    static_assert(std::size(byColumn) == ColumnCount);
    if (column < 0 || column >= ColumnCount)
        return;
    TicketQuery query = m_query;
    query.sortBy = byColumn[column];
    query.descending = order == Qt::DescendingOrder;
    if (query.sortBy == m_query.sortBy && query.descending == m_query.descending)
        return;
    setQuery(query);
}

void TicketQueueModel::setQuery(const TicketQuery &query)
{
    m_query = query;
    reload();
}

void TicketQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_labels.load(m_services.settings);
    endResetModel();
}

const ComplaintTicket *TicketQueueModel::ticketAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).ticket : nullptr;
}

int TicketQueueModel::rowOf(const QString &uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).ticket.uuid == uuid)
            return i;
    }
    return -1;
}

SlaDisplay TicketQueueModel::slaAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).sla : SlaDisplay{};
}

void TicketQueueModel::evaluate(Row &row, qint64 nowMs) const
{
    const ComplaintTicket &t = row.ticket;
    row.sla = TicketDisplayText::sla(SlaClock::evaluate(t.sla, t.createdAt, row.history, nowMs));
}

void TicketQueueModel::tick()
{
    if (m_rows.isEmpty())
        return;
    const qint64 now = m_services.openVenue.clock().nowMs();
    for (Row &row : m_rows)
        evaluate(row, now);
    Q_EMIT dataChanged(index(0, Sla), index(int(m_rows.size()) - 1, Sla));
}

int TicketQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketQueueModel::data(const QModelIndex &index, int role) const
{
    const QVariant value = cell(index, role);
    if (role == Qt::ToolTipRole && value.isValid())
        return PlainText::toolTip(value.toString());
    return value;
}

QVariant TicketQueueModel::cell(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ComplaintTicket &t = row.ticket;
    switch (role) {
    case IdRole: return t.uuid;
    case GuestUuidRole: return t.guestUuid;
    case KindRole: return QStringLiteral("ticket");
    case SlaLightRole: return int(row.sla.light);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        switch (Column(index.column())) {
        case Sla:
            if (role == Qt::ToolTipRole && !row.sla.target.isEmpty())
                return tr("%1 (target: %2)").arg(row.sla.text(), row.sla.target);
            return row.sla.text();
        case Severity: return ticketSeverityLabel(t.severity);
        case Status:
            return role == Qt::DisplayRole ? TicketDisplayText::shortStatus(t.status)
                                           : ticketStatusLabel(t.status);
        case Guest: return t.guestName.isEmpty() ? tr("Guest not known") : t.guestName;
        case Room: return t.room;
        case Category: return m_labels.category(t.category);
        case Description:
            return role == Qt::DisplayRole ? t.description.section(QLatin1Char('\n'), 0, 0) : t.description;
        case Assignee:
            if (t.assignee.isEmpty())
                return t.department.isEmpty() ? QString() : m_labels.department(t.department);
            return t.department.isEmpty() ? t.assignee
                                          : tr("%1 (%2)").arg(t.assignee, m_labels.department(t.department));
        case Logged: return Format::dateTime(t.createdAt);
        case ColumnCount: break;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Sla) {
            if (auto tone = row.sla.tone())
                return theme::foreground(QApplication::palette(), *tone);
        }
        if (index.column() == Severity && t.severity == TicketSeverity::Critical)
            return theme::foreground(QApplication::palette(), theme::Tone::Critical);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Sla) {
            if (auto tone = row.sla.tone())
                return theme::background(QApplication::palette(), *tone);
        }
        return {};
    case Qt::FontRole:
        if ((index.column() == Sla && row.sla.light == SlaDisplay::Light::Overdue)
            || (index.column() == Severity && t.severity >= TicketSeverity::High)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant TicketQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Sla: return tr("SLA");
    case Severity: return tr("Severity");
    case Status: return tr("Status");
    case Guest: return tr("Guest");
    case Room: return tr("Room");
    case Category: return tr("Category");
    case Description: return tr("Complaint");
    case Assignee: return tr("Assigned to");
    case Logged: return tr("Logged");
    case ColumnCount: break;
    }
    return {};
}

bool TicketQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

Result<QList<TicketQueueModel::Row>> TicketQueueModel::readRows(int offset, int limit,
                                                                const QList<Row> &known)
{
    TicketQuery page = m_query;
    page.offset = offset;
    page.limit = limit;
    const qint64 now = m_services.openVenue.clock().nowMs();
    auto tickets = m_services.tickets.queue(page, now);
    if (!tickets)
        return std::unexpected(tickets.error());
    QList<Row> rows;
    rows.reserve(tickets->size());
    for (const ComplaintTicket &t : std::as_const(*tickets)) {
        const auto same = std::find_if(known.cbegin(), known.cend(), [&](const Row &row) {
            return row.ticket.uuid == t.uuid && row.ticket.updatedAt == t.updatedAt;
        });
        Row row{t, {}, {}};
        if (same != known.cend())
            row.history = same->history;
        else if (auto history = m_services.tickets.statusHistory(t.id))
            row.history = *history;
        evaluate(row, now);
        rows.append(row);
    }
    return rows;
}

void TicketQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    if (m_query.guestId < 0) { // a guest tab with no guest (yet): nothing to show
        m_atEnd = true;
        return;
    }
    auto rows = readRows(int(m_rows.size()), PageSize);
    if (!rows) {
        m_atEnd = true;
        Q_EMIT failed(rows.error());
        return;
    }
    if (rows->size() < PageSize)
        m_atEnd = true;
    if (rows->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(*rows);
    endInsertRows();
}

void TicketQueueModel::refresh(const QString &changedUuid)
{
    if (m_query.guestId < 0)
        return;
    if (m_rows.isEmpty() && !m_atEnd)
        return; // nothing read yet: the view's first fetchMore reads it all
    // The window the view has loaded, and when it reached the end, a page more for a ticket that
    // came at the end.
    const int loaded = std::max(int(m_rows.size()), int(PageSize));
    const int limit = m_atEnd ? loaded + PageSize : loaded;
    QList<Row> known = m_rows;
    known.removeIf([&](const Row &row) { return row.ticket.uuid == changedUuid; });
    auto fresh = readRows(0, limit, known);
    if (!fresh) {
        Q_EMIT failed(fresh.error());
        return;
    }
    // A ticket pushed past the window leaves it; the next fetchMore reads it again.
    m_atEnd = fresh->size() < limit;
    const QScopedValueRollback refreshing(m_refreshing, true);
    RowPatch::apply(
        *this, m_rows, *fresh, [](const Row &row) { return row.ticket.uuid; },
        [&](const Row &a, const Row &b) {
            return a.ticket.uuid != changedUuid && a.ticket.updatedAt == b.ticket.updatedAt
                   && a.ticket.status == b.ticket.status && a.ticket.guestName == b.ticket.guestName
                   && a.sla.text() == b.sla.text() && a.sla.light == b.sla.light;
        });
    Q_EMIT refreshed();
}

} // namespace innkeep::ui
