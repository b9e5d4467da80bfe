// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketstatuswidget.h"

#include "ticketservices.h"
#include "widgets/followrecords.h"
#include "widgets/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>

namespace innkeep::ui {

TicketStatusWidget::TicketStatusWidget(TicketServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_overdue(new QToolButton), m_dueSoon(new QToolButton)
{
    setObjectName(QStringLiteral("ticketCounts"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *b : {m_overdue, m_dueSoon}) {
        b->setAutoRaise(true);
        b->setCursor(Qt::PointingHandCursor);
        layout->addWidget(b);
    }
    m_overdue->setToolTip(tr("Show overdue complaints"));
    m_dueSoon->setToolTip(tr("Show complaints due soon"));
    connect(m_overdue, &QToolButton::clicked, this, &TicketStatusWidget::overdueClicked);
    connect(m_dueSoon, &QToolButton::clicked, this, &TicketStatusWidget::dueSoonClicked);
    followRecords(services.tickets, this, [this] { refresh(); });
    followRecords(services.settings, this, [this] { refresh(); });
    refresh();
}

void TicketStatusWidget::refresh()
{
    if (auto counts = m_services.tickets.counts())
        m_counts = *counts;
    m_overdue->setText(tr("%n overdue", nullptr, m_counts.overdue));
    m_dueSoon->setText(tr("%n due soon", nullptr, m_counts.dueSoon));
    m_overdue->setAccessibleName(m_overdue->text());
    m_dueSoon->setAccessibleName(m_dueSoon->text());
    restyle();
}

void TicketStatusWidget::restyle()
{
    const QPalette p = palette();
    auto style = [&p](QToolButton *b, int n, theme::Tone tone) {
        b->setStyleSheet(n > 0 ? QStringLiteral("QToolButton { color: %1; font-weight: bold; }")
                                     .arg(theme::foreground(p, tone).name())
                               : QString());
    };
    style(m_overdue, m_counts.overdue, theme::Tone::Critical);
    style(m_dueSoon, m_counts.dueSoon, theme::Tone::Warning);
}

void TicketStatusWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

} // namespace innkeep::ui
