// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpitilegrid.h"

#include "kpitext.h"
#include "kpitile.h"

#include <QGridLayout>
#include <QResizeEvent>

namespace innkeep::ui {

KpiTileGrid::KpiTileGrid(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(10);
    QWidget *previous = nullptr;
    for (const auto &kpi : KpiBoard::all()) {
        auto *tile = new KpiTile(kpi, this);
        connect(tile, &KpiTile::drillDownRequested, this, &KpiTileGrid::drillDownRequested);
        if (previous)
            setTabOrder(previous, tile);
        previous = tile;
        m_tiles.append(tile);
    }
    arrange(4);
}

KpiTile *KpiTileGrid::tile(const QString &kpiKey) const
{
    for (KpiTile *tile : m_tiles)
        if (tile->kpi().key() == kpiKey)
            return tile;
    return nullptr;
}

void KpiTileGrid::showFigures(const InsightsFigures &figures)
{
    for (KpiTile *tile : std::as_const(m_tiles)) {
        if (const KpiReading *reading = figures.board.reading(tile->kpi().key()))
            tile->setReading(*reading, figures.sparklines.value(tile->kpi().key()), figures.board.currency);
    }
}

void KpiTileGrid::arrange(int columns)
{
    columns = std::max(1, columns);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (KpiTile *tile : std::as_const(m_tiles))
        m_grid->removeWidget(tile);
    for (qsizetype i = 0; i < m_tiles.size(); ++i)
        m_grid->addWidget(m_tiles.at(i), int(i / columns), int(i % columns));
    // Every column of the row takes an equal share, also the ones no tile reaches yet (few KPIs
    // in the catalogue): a tile stays tile-sized instead of spreading over the page.
    for (int c = 0; c < std::max(columns, m_grid->columnCount()); ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void KpiTileGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int spacing = m_grid->horizontalSpacing();
    // As many columns as the widest tile's text allows: Armenian and Georgian captions need more
    // than TileWidth, and a grid wider than the page would be cut off at its right edge.
    int tileWidth = TileWidth;
    for (const KpiTile *tile : std::as_const(m_tiles))
        tileWidth = std::max(tileWidth, tile->minimumSizeHint().width());
    arrange((event->size().width() + spacing) / (tileWidth + spacing));
}

QStringList KpiTileGrid::tableHeader() const
{
    return {tr("KPI"),
            tr("Key"),
            tr("Value"),
            tr("Counted"),
            tr("Previous period"),
            tr("Change vs previous"),
            tr("Year before"),
            tr("Change vs year before"),
            tr("Formula")};
}

QList<QStringList> KpiTileGrid::tableRows() const
{
    QList<QStringList> rows;
    for (const KpiTile *tile : m_tiles) {
        const KpiReading &r = tile->reading();
        const Kpi &kpi = tile->kpi();
        const QLocale locale;
        const QString value = r.current.provisional && r.current.value
                                  ? tr("%1 (provisional)").arg(tile->valueText())
                                  : tile->valueText();
        rows.append({kpi.title(), kpi.key(), value, locale.toString(r.current.count),
                     KpiText::value(kpi.unit(), r.previous, tile->currency()),
                     KpiText::change(kpi, r.current, r.previous, tile->currency()).words,
                     KpiText::value(kpi.unit(), r.yearBefore, tile->currency()),
                     KpiText::change(kpi, r.current, r.yearBefore, tile->currency()).words, kpi.formula()});
    }
    return rows;
}

} // namespace innkeep::ui
