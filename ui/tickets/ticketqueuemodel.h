// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "models/rowpatch.h"
#include "ticketdisplaytext.h"
#include "tickets/ticketquery.h"

#include <QAbstractTableModel>
#include <QList>

namespace innkeep::ui {

class TicketServices;

// The ticket queue, most urgent first: a page at a time from TicketRepository::queue as the
// view scrolls (canFetchMore/fetchMore); filters go into the TicketQuery, never a proxy.
// tick() re-reads every loaded row's SLA clock (pure arithmetic, no SQL) and repaints only
// the SLA column. A ticket or guest that changes re-reads the loaded rows in queue order and
// patches them (RowPatch): the selected ticket stays selected while others come, go or move.
class TicketQueueModel final : public RowPatch::Patchable<QAbstractTableModel>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketQueueModel)

public:
    enum Column { Sla, Severity, Status, Guest, Room, Category, Description, Assignee, Logged, ColumnCount };
    static constexpr int PageSize = 100;
    // Role answering the row's SlaDisplay::Light as an int (tests, delegates).
    static constexpr int SlaLightRole = Qt::UserRole + 50;

    explicit TicketQueueModel(TicketServices &services, QObject *parent = nullptr);

    // guestId < 0 in the query shows no rows (a profile tab before its guest is known).
    void setQuery(const TicketQuery &query);
    [[nodiscard]] const TicketQuery &query() const { return m_query; }
    [[nodiscard]] const ComplaintTicket *ticketAt(int row) const;
    [[nodiscard]] int rowOf(const QString &uuid) const;
    [[nodiscard]] SlaDisplay slaAt(int row) const;
    void reload();
    // Brings the loaded rows up to date without a reset (a ticket changed, came or went); the
    // row of `changedUuid` is read afresh even if it looks the same (two edits in one millisecond).
    void refresh(const QString &changedUuid = {});
    // During refresh(): a view's current row that moves to a neighbour because its own row left
    // is not the receptionist's choice (a page keeps showing what it showed).
    [[nodiscard]] bool isRefreshing() const { return m_refreshing; }
    void tick();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Sorts by a column in SQL (TicketQuery::sortBy), urgency breaking ties; the SLA column is urgency.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void failed(const innkeep::Error &error);
    // The loaded rows were brought up to date without a reset (refresh()): what a page did on
    // modelReset for a changed ticket (its detail, the empty state) it does here.
    void refreshed();

private:
    // data() before tooltips are made plain (PlainText::toolTip): names and notes are user text.
    [[nodiscard]] QVariant cell(const QModelIndex &index, int role) const;
    struct Row
    {
        ComplaintTicket ticket;
        QList<StatusChange> history;
        SlaDisplay sla;
    };
    void evaluate(Row &row, qint64 nowMs) const;
    // Tickets [offset, offset + limit) of the queue as rows; `known` lends the status history of
    // rows whose ticket has not changed since they were read.
    [[nodiscard]] Result<QList<Row>> readRows(int offset, int limit, const QList<Row> &known = {});

    TicketServices &m_services;
    TicketQuery m_query;
    TicketLabels m_labels;
    QList<Row> m_rows;
    bool m_atEnd = false;
    bool m_refreshing = false;
};

} // namespace innkeep::ui
