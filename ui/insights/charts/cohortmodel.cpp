// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortmodel.h"

#include "chartlook.h"

#include <QLocale>

#include <cmath>

namespace innkeep::ui {

void CohortModel::setCohorts(const QList<CohortRow> &cohorts, const QPalette &palette)
{
    beginResetModel();
    m_cohorts = cohorts;
    m_palette = palette;
    endResetModel();
}

int CohortModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cohorts.size());
}

int CohortModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 13;
}

QVariant CohortModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cohorts.size())
        return {};
    const CohortRow &cohort = m_cohorts.at(index.row());
    const int k = index.column();
    const std::optional<double> share =
        k > 0 && k <= cohort.returned.size() ? cohort.returned.at(k - 1) : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        if (k == 0)
            return QLocale().toString(cohort.guests);
        return share && cohort.guests > 0 ? chartlook::percent(*share) : QString();
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (k > 0 && share && cohort.guests > 0)
            return chartlook::heat(m_palette, *share);
        return {};
    case Qt::ForegroundRole:
        if (k > 0 && share && cohort.guests > 0)
            return chartlook::textOn(chartlook::heat(m_palette, *share));
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QLocale locale;
        const QString month = chartlook::monthName(cohort.firstMonth);
        if (k == 0)
            return tr("First stay in %1 — guests: %2").arg(month, locale.toString(cohort.guests));
        if (cohort.guests == 0)
            return tr("First stay in %1 — no guests").arg(month);
        const QString within =
            k == 1 ? tr("back within 1 month") : tr("back within %1 months").arg(locale.toString(k));
        if (!share)
            return tr("First stay in %1, %2: not known yet").arg(month, within);
        const double value = share.value_or(0.0);
        const int back = int(std::lround(value * cohort.guests));
        return tr("First stay in %1, %2: %3 (%4 of %5 guests)")
            .arg(month, within, chartlook::percent(value), locale.toString(back),
                 locale.toString(cohort.guests));
    }
    default: break;
    }
    return {};
}

QVariant CohortModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_cohorts.size())
            return chartlook::monthName(m_cohorts.at(section).firstMonth);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole)
        return section == 0 ? tr("Guests") : QLocale().toString(section);
    if (role == Qt::ToolTipRole)
        return section == 0 ? tr("Guests whose first stay arrived in that month")
                            : tr("Share of the guests back within %1 months of their first stay's departure")
                                  .arg(QLocale().toString(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace innkeep::ui
