// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace innkeep::ui {

ChartPanel::ChartPanel(const QString &title, QWidget *chart, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title)), m_chart(chart), m_legend(new QLabel), m_page(new QWidget),
      m_empty(new QLabel)
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
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setVisible(false);
    auto *page = new QVBoxLayout(m_page);
    page->setContentsMargins(0, 0, 0, 0);
    page->setSpacing(2);
    // A chart takes the height it is given; a table of fixed height sits at the top.
    const bool fixed = m_chart->sizePolicy().verticalPolicy() == QSizePolicy::Fixed;
    page->addWidget(m_chart, fixed ? 0 : 1, fixed ? Qt::AlignTop : Qt::Alignment());
    if (fixed)
        page->addStretch(1);
    page->addWidget(m_legend);
    setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_page, 1);
    layout->addWidget(m_empty);
    setEmpty(true);
}

void ChartPanel::setEmpty(bool empty)
{
    m_page->setHidden(empty);
    m_empty->setHidden(!empty);
}

void ChartPanel::setLegend(const QString &text)
{
    m_legend->setText(text);
    m_legend->setVisible(!text.isEmpty());
}

bool ChartPanel::isEmpty() const
{
    return m_page->isHidden();
}

QString ChartPanel::title() const
{
    return m_title->text();
}

} // namespace innkeep::ui
