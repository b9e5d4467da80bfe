// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartlook.h"
#include "insights/feedbacktopicsummary.h"
#include "insights/insightscharts.h"

#include <QChartView>

class QBarSet;

namespace innkeep::ui {

// What guests wrote about in the period: one horizontal bar per topic (the most mentioned on
// top, at most MaxTopics), its negative mentions in the critical tone. Hovering tells mentions and
// share negative; clicking lists that topic's feedback in the period.
class TopicsChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicsChart)

public:
    static constexpr int MaxTopics = 10;

    explicit TopicsChart(QWidget *parent = nullptr);

    void showTopics(const TopicSummary &topics);
    [[nodiscard]] bool hasData() const { return !m_shown.isEmpty(); }
    [[nodiscard]] InsightsCharts::Table table(const QString &title) const;
    // The topics drawn, top bar first; the bar sets (negative, other mentions).
    [[nodiscard]] const QList<TopicSummaryRow> &shown() const { return m_shown; }
    [[nodiscard]] QBarSet *negativeSet() const { return m_negative; }
    [[nodiscard]] QBarSet *otherSet() const { return m_other; }
    [[nodiscard]] QList<chartlook::LegendEntry> legend() const;

Q_SIGNALS:
    void drillDown(const innkeep::ui::InsightsDrill &drill);

private:
    [[nodiscard]] int rowAt(int barIndex) const;
    void hovered(bool state, int barIndex);
    void clicked(int barIndex);

    TopicSummary m_topics;
    QList<TopicSummaryRow> m_shown;
    QBarSet *m_negative = nullptr;
    QBarSet *m_other = nullptr;
};

} // namespace innkeep::ui
