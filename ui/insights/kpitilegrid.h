// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insightsfigures.h"

#include <QList>
#include <QWidget>

class QGridLayout;

namespace innkeep::ui {

class KpiTile;

// One KpiTile per KPI of the board's catalogue (KpiBoard::all(), whatever it holds), in rows as
// many columns wide as fit, in catalogue order, which is also the Tab order.
class KpiTileGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTileGrid)

public:
    explicit KpiTileGrid(QWidget *parent = nullptr);

    void showFigures(const InsightsFigures &figures);
    [[nodiscard]] const QList<KpiTile *> &tiles() const { return m_tiles; }
    [[nodiscard]] KpiTile *tile(const QString &kpiKey) const;
    // The tiles as a table (KPI, value, counted, previous, year before, changes, formula).
    [[nodiscard]] QStringList tableHeader() const;
    [[nodiscard]] QList<QStringList> tableRows() const;
    static constexpr int TileWidth = 230;

Q_SIGNALS:
    void drillDownRequested(const QString &kpiKey);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int columns);

    QGridLayout *m_grid;
    QList<KpiTile *> m_tiles;
    int m_columns = 0;
};

} // namespace innkeep::ui
