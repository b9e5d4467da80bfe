// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/insightseries.h"

#include <QAbstractTableModel>
#include <QPalette>

namespace innkeep::ui {

// The retention cohorts as a table: one row per first-stay month, column 0 the cohort's guests,
// column k (1..12) the share that came back within k months, heat-coloured; blank while unknown.
class CohortModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CohortModel)

public:
    explicit CohortModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setCohorts(const QList<CohortRow> &cohorts, const QPalette &palette);
    [[nodiscard]] const QList<CohortRow> &cohorts() const { return m_cohorts; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<CohortRow> m_cohorts;
    QPalette m_palette;
};

} // namespace innkeep::ui
