// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace innkeep::ui {

ChartPanel::ChartPanel(const QString &title, QWidget *chart, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title)), m_chart(chart), m_empty(new QLabel),
      m_stack(new QStackedWidget)
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_empty->setText(tr("No data for this period"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_empty);
    setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    setEmpty(true);
}

void ChartPanel::setEmpty(bool empty)
{
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_chart);
}

bool ChartPanel::isEmpty() const
{
    return m_stack->currentWidget() == m_empty;
}

QString ChartPanel::title() const
{
    return m_title->text();
}

} // namespace innkeep::ui
