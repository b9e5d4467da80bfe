// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "insightsfigures.h"

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;

namespace innkeep::ui {

class AppServices;
class DrillDownDialog;
class InsightsCharts;
class InsightsComputation;
class KpiTileGrid;
class MessageBar;
struct DrillDown;
struct InsightsDrill;

// Insights: the KPI tiles and the charts for a period (this month, last month — the default —,
// the last 30 days, this quarter, this year, or two dates) and the channel, nationality,
// language, source and VIP filters. Everything is computed in one reading job off the GUI thread
// (InsightsComputation) when the page is first shown, when a filter changes and a moment after the
// venue's records change; meanwhile the page says "Computing…" and keeps the figures it has. A
// tile or a chart's bar opens the records behind the number (DrillDownDialog).
class InsightsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightsPage)

public:
    explicit InsightsPage(AppServices &services, QWidget *parent = nullptr);
    ~InsightsPage() override;

    // The period and filter the controls say now (the period is invalid while the dates are).
    [[nodiscard]] KpiPeriod period() const;
    [[nodiscard]] KpiFilter filter() const;
    // Computes again now (a running computation is superseded).
    void refresh();
    [[nodiscard]] bool isComputing() const;
    // The figures on screen (none before the first computation ended).
    [[nodiscard]] const std::optional<InsightsFigures> &figures() const { return m_figures; }
    // From showing the page to the tiles painted with the figures, for the last such showing.
    [[nodiscard]] qint64 showToPaintMs() const { return m_showToPaintMs; }

    // The records behind a tile's KPI for the period on screen.
    void drillKpi(const QString &kpiKey);
    // The records behind a chart's bar, point, cell or slice.
    void drillChart(const InsightsDrill &drill);
    // Asks for a folder, then exportTablesTo() it.
    void exportTables();
    [[nodiscard]] QPushButton *pdfButton() const { return m_pdf; }
    // Every table on the page as CSV files in `folder` (0600): kpis.csv, then one file per chart
    // table. Returns the files written.
    [[nodiscard]] Result<QStringList> exportTablesTo(const QString &folder);
    // Asks for a file, then savePdfReportTo() it.
    void savePdfReport();
    // The Insights report (innkeep_reports, as `innkeep-cli report --pdf`) for the page's period,
    // the whole venue (the report takes no filters), written 0600 and only when complete.
    [[nodiscard]] Status savePdfReportTo(const QString &path);

    [[nodiscard]] QComboBox *periodBox() const { return m_period; }
    [[nodiscard]] QDateEdit *fromEdit() const { return m_from; }
    [[nodiscard]] QDateEdit *toEdit() const { return m_to; }
    [[nodiscard]] QComboBox *channelBox() const { return m_channel; }
    [[nodiscard]] QComboBox *nationalityBox() const { return m_nationality; }
    [[nodiscard]] QComboBox *languageBox() const { return m_language; }
    [[nodiscard]] QComboBox *sourceBox() const { return m_source; }
    [[nodiscard]] QCheckBox *vipBox() const { return m_vip; }
    [[nodiscard]] QLabel *computingLabel() const { return m_computing; }
    [[nodiscard]] KpiTileGrid *tiles() const { return m_tiles; }
    [[nodiscard]] InsightsCharts *charts() const { return m_charts; }
    [[nodiscard]] DrillDownDialog *drillDownDialog() const { return m_drill; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }

Q_SIGNALS:
    void guestOpened(const QString &guestUuid);
    void ticketOpened(const QString &ticketUuid, const QString &guestUuid);
    void feedbackOpened(const QString &feedbackUuid, const QString &guestUuid);
    // New figures are on screen (tests and the benchmark wait for it).
    void figuresShown();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void periodChosen();
    void filtersChanged();
    void recordsChanged();
    void showFigures(const InsightsFigures &figures);
    void showFailure(const Error &error);
    void fillChoices(const InsightChoices &choices);
    void showDrillDown(const DrillDown &drill);
    [[nodiscard]] QString periodText(const KpiPeriod &period) const;
    [[nodiscard]] QMap<QString, QString> categoryLabels() const;

    AppServices &m_services;
    InsightsComputation *m_computation;
    std::optional<InsightsFigures> m_figures;
    MessageBar *m_messages;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_channel;
    QComboBox *m_nationality;
    QComboBox *m_language;
    QComboBox *m_source;
    QCheckBox *m_vip;
    QLabel *m_computing;
    QLabel *m_caption;
    QPushButton *m_export;
    QPushButton *m_pdf;
    QScrollArea *m_scroll;
    KpiTileGrid *m_tiles;
    InsightsCharts *m_charts;
    DrillDownDialog *m_drill;
    QTimer *m_changes;          // records changed: compute again a moment later
    QTimer *m_dateEdits;        // the custom dates are being typed
    bool m_stale = true;        // the figures do not match the venue or the controls
    bool m_choicesStale = true; // the filter choices may not match the venue's guests
    QElapsedTimer m_shown;
    bool m_timingPaint = false;   // shown with stale figures: time until the new ones are painted
    bool m_awaitingPaint = false; // … and they have arrived
    qint64 m_showToPaintMs = -1;
};

} // namespace innkeep::ui
