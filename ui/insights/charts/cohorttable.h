// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/insightscharts.h"
#include "insights/insightseries.h"

#include <QTableView>

namespace innkeep::ui {

class CohortModel;

// The retention cohort table (first-stay month × months since). Clicking a share lists the guests
// of that cohort that came back within those months; clicking the guest count, the whole cohort.
// Enter on a cell does the same from the keyboard.
class CohortTable final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CohortTable)

public:
    explicit CohortTable(QWidget *parent = nullptr);

    void showCohorts(const QList<CohortRow> &cohorts);
    [[nodiscard]] bool hasData() const;
    [[nodiscard]] InsightsCharts::Table table(const QString &title) const;
    [[nodiscard]] CohortModel *cohortModel() const { return m_model; }

Q_SIGNALS:
    void drillDown(const innkeep::ui::InsightsDrill &drill);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void drill(const QModelIndex &index);

    CohortModel *m_model;
};

} // namespace innkeep::ui
