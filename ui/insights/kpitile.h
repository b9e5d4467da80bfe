// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpiboard.h"

#include <QFrame>

#include <memory>

class QLabel;

namespace innkeep::ui {

class KpiSparkline;

// One KPI on the Insights page: title, value, what it was counted over, the change against the
// previous period and the same period a year before (▲/▼, green when it went the KPI's good way,
// red when not, grey when either side has no figure) and a 12-month sparkline. Hover or F1 shows
// the formula and the population; it takes the keyboard focus, and Enter, Space or a click asks for
// the records behind the number (drillDownRequested).
class KpiTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTile)

public:
    explicit KpiTile(std::shared_ptr<const Kpi> kpi, QWidget *parent = nullptr);

    void setReading(const KpiReading &reading, const QList<KpiPoint> &months, const QString &currency);
    [[nodiscard]] const Kpi &kpi() const { return *m_kpi; }
    [[nodiscard]] const KpiReading &reading() const { return m_reading; }
    [[nodiscard]] const QString &currency() const { return m_currency; }
    // What the tile shows, as text (tests, the CSV export, the accessible name).
    [[nodiscard]] QString valueText() const;
    [[nodiscard]] QString countText() const;
    [[nodiscard]] QString previousText() const;
    [[nodiscard]] QString yearBeforeText() const;
    // The formula and population, as the tooltip and F1 show them.
    [[nodiscard]] QString helpText() const;
    [[nodiscard]] KpiSparkline *sparkline() const { return m_sparkline; }
    // Shows helpText() as a tooltip at the tile (F1).
    void showHelp();

Q_SIGNALS:
    void drillDownRequested(const QString &kpiKey);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showChange(QLabel *label, const KpiValue &before);
    void restyle();

    std::shared_ptr<const Kpi> m_kpi;
    KpiReading m_reading;
    QString m_currency;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_count;
    QLabel *m_previousCaption;
    QLabel *m_previous;
    QLabel *m_yearCaption;
    QLabel *m_year;
    KpiSparkline *m_sparkline;
};

} // namespace innkeep::ui
