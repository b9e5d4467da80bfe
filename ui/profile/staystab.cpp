// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "staystab.h"

#include "appservices.h"
#include "models/staytablemodel.h"
#include "tableviews.h"

#include <QTableView>
#include <QVBoxLayout>

namespace innkeep::ui {

StaysTab::StaysTab(AppServices &services, QWidget *parent)
    : ProfileTab(parent), m_services(services), m_model(new StayTableModel(this)), m_view(new QTableView(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Stays"));
    setupReadOnlyTable(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
}

void StaysTab::setGuest(const QString &guestUuid)
{
    auto stays = m_services.stays.forGuest(guestUuid);
    m_model->setStays(stays ? *stays : QList<Stay>());
    m_view->resizeColumnsToContents();
}

} // namespace innkeep::ui
