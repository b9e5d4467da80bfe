// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightscharts.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace innkeep::ui {

InsightsCharts::InsightsCharts(QWidget *parent) : QWidget(parent), m_empty(new QLabel)
{
    setObjectName(QStringLiteral("insightsCharts"));
    m_empty->setText(tr("No data for this period"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
}

void InsightsCharts::showSeries(const innkeep::InsightSeries &series, const innkeep::TopicSummary &topics,
                                const QMap<QString, QString> &categoryLabels)
{
    Q_UNUSED(topics);
    Q_UNUSED(categoryLabels);
    const QLocale locale;
    Table months{tr("Rating, NPS and sentiment"), {tr("Month"), tr("Rating (0-10)"), tr("NPS")}, {}};
    for (const MonthFigures &month : series.months) {
        QStringList row{tr("%1 %2", "month, year")
                            .arg(locale.standaloneMonthName(month.month.from.month()),
                                 QString::number(month.month.from.year()))};
        for (const QString &key : {QStringLiteral("rating_average_10"), QStringLiteral("nps")}) {
            const KpiValue value = month.kpis.value(key);
            row << (value.value ? locale.toString(*value.value, 'f', 1) : QString());
        }
        months.rows << row;
    }
    m_tables = {months};
}

QList<InsightsCharts::Table> InsightsCharts::tables() const
{
    return m_tables;
}

} // namespace innkeep::ui
