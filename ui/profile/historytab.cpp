// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historytab.h"

#include "appservices.h"
#include "models/historymodel.h"
#include "tableviews.h"
#include "tickets/ticketdisplaytext.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace innkeep::ui {

HistoryTab::HistoryTab(AppServices &services, QWidget *parent)
    : ProfileTab(parent), m_services(services), m_model(new HistoryModel(this)), m_view(new QTableView(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Change history"));
    setupReadOnlyTable(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
}

void HistoryTab::setGuest(const QString &guestUuid)
{
    auto entries = m_services.openVenue.guestHistory().forGuest(guestUuid);
    TicketLabels labels;
    labels.load(m_services.openVenue.ticketSettings());
    m_model->setEntries(entries ? *entries : QList<ChangeEntry>(),
                        HistoryWording(std::move(labels), m_services.venue.currency()));
    m_view->resizeColumnsToContents();
    const int em = m_view->fontMetrics().averageCharWidth();
    for (int c : {HistoryModel::Before, HistoryModel::After})
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 40 * em));
}

} // namespace innkeep::ui
