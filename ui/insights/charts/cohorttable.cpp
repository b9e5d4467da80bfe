// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohorttable.h"

#include "chartlook.h"
#include "cohortmodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>

namespace innkeep::ui {

CohortTable::CohortTable(QWidget *parent) : QTableView(parent), m_model(new CohortModel(this))
{
    setModel(m_model);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setShowGrid(true);
    setCornerButtonEnabled(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(44);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Retention cohorts"));
    connect(this, &QTableView::clicked, this, &CohortTable::drill);
}

void CohortTable::showCohorts(const QList<CohortRow> &cohorts)
{
    m_model->setCohorts(cohorts, palette());
    // All twelve rows in view without an inner scroll bar: the page scrolls.
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < m_model->rowCount(); ++row)
        height += verticalHeader()->sectionSizeHint(row);
    setFixedHeight(std::max(120, height));
}

bool CohortTable::hasData() const
{
    for (const CohortRow &row : m_model->cohorts())
        if (row.guests > 0)
            return true;
    return false;
}

InsightsCharts::Table CohortTable::table(const QString &title) const
{
    InsightsCharts::Table table{title, {tr("First stay")}, {}};
    for (int column = 0; column < m_model->columnCount(); ++column)
        table.header << (column == 0   ? tr("Guests")
                         : column == 1 ? tr("Back within 1 month")
                                       : tr("Back within %1 months").arg(QLocale().toString(column)));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList cells{m_model->headerData(row, Qt::Vertical).toString()};
        for (int column = 0; column < m_model->columnCount(); ++column)
            cells << m_model->index(row, column).data().toString();
        table.rows << cells;
    }
    return table;
}

void CohortTable::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        drill(currentIndex());
        return;
    }
    QTableView::keyPressEvent(event);
}

void CohortTable::drill(const QModelIndex &index)
{
    if (!index.isValid() || index.row() >= m_model->cohorts().size())
        return;
    const CohortRow &cohort = m_model->cohorts().at(index.row());
    if (cohort.guests == 0 || (index.column() > 0 && !index.data().isValid()))
        return;
    if (index.column() > 0 && index.data().toString().isEmpty())
        return;
    InsightsDrill drill;
    drill.kind = InsightsDrill::Kind::Cohort;
    drill.cohortMonth = cohort.firstMonth;
    drill.withinMonths = index.column();
    drill.period = KpiPeriod::month(cohort.firstMonth);
    Q_EMIT drillDown(drill);
}

} // namespace innkeep::ui
