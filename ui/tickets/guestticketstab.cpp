// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestticketstab.h"

#include "models/roles.h"
#include "profile/tableviews.h"
#include "ticketqueuemodel.h"
#include "ticketservices.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace innkeep::ui {

GuestTicketsTab::GuestTicketsTab(TicketServices &services, QWidget *parent)
    : ProfileTab(parent), m_services(services), m_model(new TicketQueueModel(services, this)),
      m_view(new QTableView), m_empty(new QLabel), m_stack(new QStackedWidget)
{
    setupReadOnlyTable(m_view);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Guest's complaints"));
    m_view->hideColumn(TicketQueueModel::Guest);
    m_view->setColumnWidth(TicketQueueModel::Sla, 200);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(
        tr("No complaints from this guest. Press %1 to log one.")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C).toString(QKeySequence::NativeText)));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    auto open = [this](const QModelIndex &index) { Q_EMIT ticketOpened(index.data(IdRole).toString()); };
    connect(m_view, &QTableView::activated, this, open);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
    });
    connect(m_model, &TicketQueueModel::refreshed, this,
            [this] { m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1); });
}

void GuestTicketsTab::setGuest(const QString &guestUuid)
{
    TicketQuery query;
    query.statuses = {TicketStatus::New,          TicketStatus::Acknowledged,      TicketStatus::InProgress,
                      TicketStatus::WaitingGuest, TicketStatus::WaitingDepartment, TicketStatus::Resolved,
                      TicketStatus::Closed};
    query.guestId = -1; // nobody, until the guest is found
    if (!guestUuid.isEmpty()) {
        if (auto ref = m_services.tickets.guestByUuid(guestUuid); ref && *ref)
            query.guestId = (*ref)->id;
    }
    m_model->setQuery(query);
}

} // namespace innkeep::ui
