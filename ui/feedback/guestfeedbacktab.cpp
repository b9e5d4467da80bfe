// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestfeedbacktab.h"

#include "feedbacklistmodel.h"
#include "models/roles.h"
#include "profile/tableviews.h"
#include "tickets/ticketservices.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace innkeep::ui {

GuestFeedbackTab::GuestFeedbackTab(TicketServices &services, QWidget *parent)
    : ProfileTab(parent), m_services(services), m_model(new FeedbackListModel(services, this)),
      m_view(new QTableView),
      m_empty(new QLabel(tr("No feedback from this guest yet. Record it on the Feedback page."))),
      m_stack(new QStackedWidget)
{
    setupReadOnlyTable(m_view);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Guest's feedback"));
    m_view->hideColumn(FeedbackListModel::Guest);
    m_view->setColumnWidth(FeedbackListModel::Received, 150);
    m_view->setColumnWidth(FeedbackListModel::Attention, 140);
    m_view->setColumnWidth(FeedbackListModel::Channel, 150);
    m_view->setColumnWidth(FeedbackListModel::Text, 320);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT feedbackOpened(index.data(IdRole).toString()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
    });
    connect(m_model, &FeedbackListModel::refreshed, this,
            [this] { m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1); });
}

void GuestFeedbackTab::setGuest(const QString &guestUuid)
{
    FeedbackQuery query;
    query.guestId = -1;
    if (!guestUuid.isEmpty()) {
        if (auto ref = m_services.tickets.guestByUuid(guestUuid); ref && *ref)
            query.guestId = (*ref)->id;
    }
    m_model->setQuery(query);
}

} // namespace innkeep::ui
