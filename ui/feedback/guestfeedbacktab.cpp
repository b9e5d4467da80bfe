// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestfeedbacktab.h"

#include "correctanalysisdialog.h"
#include "feedbacklistmodel.h"
#include "models/roles.h"
#include "profile/tableviews.h"
#include "tickets/ticketservices.h"
#include "widgets/chip.h"
#include "widgets/chipdelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace innkeep::ui {

GuestFeedbackTab::GuestFeedbackTab(TicketServices &services, QWidget *parent)
    : ProfileTab(parent), m_services(services), m_model(new FeedbackListModel(services, this)),
      m_view(new QTableView),
      m_empty(new QLabel(tr("No feedback from this guest yet. Record it on the Feedback page."))),
      m_stack(new QStackedWidget), m_correctAction(new QAction(tr("Correct Analysis…"), this))
{
    setupReadOnlyTable(m_view);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Guest's feedback"));
    m_view->hideColumn(FeedbackListModel::Guest);
    auto *chips = new ChipDelegate(m_view);
    m_view->setItemDelegateForColumn(FeedbackListModel::Sentiment, chips);
    m_view->setItemDelegateForColumn(FeedbackListModel::Topics, chips);
    m_view->verticalHeader()->setDefaultSectionSize(
        std::max(m_view->verticalHeader()->defaultSectionSize(), Chip::height(m_view->font()) + 8));
    m_view->setColumnWidth(FeedbackListModel::Received, 140);
    m_view->setColumnWidth(FeedbackListModel::Attention, 140);
    m_view->setColumnWidth(FeedbackListModel::Sentiment, 100);
    m_view->setColumnWidth(FeedbackListModel::Channel, 150);
    m_view->setColumnWidth(FeedbackListModel::Topics, 210);
    m_view->setColumnWidth(FeedbackListModel::Text, 280);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    m_correctAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_correctAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_correctAction);
    connect(m_correctAction, &QAction::triggered, this, [this] {
        const FeedbackEntry *entry = m_model->entryAt(m_view->currentIndex().row());
        if (!entry)
            return;
        CorrectAnalysisDialog dialog(m_services, *entry, this);
        dialog.exec(); // the row updates through the feedback service's change event
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        m_view->selectRow(index.row());
        QMenu menu(this);
        menu.addAction(m_correctAction);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
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
