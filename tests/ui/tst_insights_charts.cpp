// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Insights charts over a small venue written through the real services: the series they draw,
// the drill each click asks for, the tables for CSV, the empty state; and (in innkeep-screenshots)
// the charts of the demo venue in English, Armenian and Georgian.
#include "../insights/kpivenue.h"
#include "insights/charts/chartpanel.h"
#include "insights/charts/cohortmodel.h"
#include "insights/charts/cohorttable.h"
#include "insights/charts/complaintschart.h"
#include "insights/charts/guestmixchart.h"
#include "insights/charts/monthlinechart.h"
#include "insights/charts/topicschart.h"
#include "insights/insightscharts.h"
#include "insights/insightseries.h"
#include "tickets/ticketservice.h"
#include "tickets/ticketsettingsservice.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>

#include <catch2/catch.hpp>

#ifdef INNKEEP_SCREENSHOT_DIR
#include "demo/demogenerator.h"
#include "screenshotfile.h"
#include "widgets/theme.h"

#include <QTranslator>
#endif

using namespace innkeep;
using namespace innkeep::ui;

namespace {

const QDate Today(2026, 6, 15); // the test clock's day (test::fixedNow)

QMap<QString, QString> categoryLabels(Database &db)
{
    auto items = TicketSettingsService(db).items(TicketListItem::List::Categories);
    REQUIRE(items);
    QMap<QString, QString> labels;
    for (const TicketListItem &item : std::as_const(*items))
        labels.insert(item.key, item.label);
    return labels;
}

// Three guests, four stays, four ratings and three complaints between March and May 2026:
//   Aram (AM): stays 2–5 March and 10–12 May (back within 3 months of his first departure);
//   Nino (GE): 3–4 May; Anna (AM): 20–22 May. Guests arriving in May: 2 AM, 1 GE.
//   Ratings: April 8/10 and NPS 10; May NPS 9 and NPS 3 → NPS April 100, May (1-1)/2 = 0.
//   Complaints: housekeeping on 8 April; noise on 5 and 20 May.
struct SmallVenue
{
    test::KpiVenue v;
    KpiPeriod may{QDate(2026, 5, 1), QDate(2026, 5, 31)};

    SmallVenue()
    {
        const auto aram = v.guest(QStringLiteral("Petrosyan"), QStringLiteral("AM"));
        const auto nino = v.guest(QStringLiteral("Beridze"), QStringLiteral("GE"));
        const auto anna = v.guest(QStringLiteral("Schmidt"), QStringLiteral("AM"));
        v.stay(aram, QDate(2026, 3, 2), QDate(2026, 3, 5));
        v.stay(aram, QDate(2026, 5, 10), QDate(2026, 5, 12));
        v.stay(nino, QDate(2026, 5, 3), QDate(2026, 5, 4));
        v.stay(anna, QDate(2026, 5, 20), QDate(2026, 5, 22));
        v.feedback(QDate(2026, 4, 10), QStringLiteral("8/10"), aram.id);
        v.feedback(QDate(2026, 4, 11), QStringLiteral("nps:10"), aram.id);
        v.feedback(QDate(2026, 5, 11), QStringLiteral("nps:9"), aram.id);
        v.feedback(QDate(2026, 5, 21), QStringLiteral("nps:3"), anna.id);
        complaint(QDate(2026, 4, 8), QStringLiteral("housekeeping"), aram.id);
        complaint(QDate(2026, 5, 5), QStringLiteral("noise"), nino.id);
        complaint(QDate(2026, 5, 20), QStringLiteral("noise"), anna.id);
        v.t.clock().set(test::fixedNow());
    }

    void complaint(const QDate &day, const QString &category, qint64 guestId)
    {
        v.t.clock().set(test::KpiVenue::at(day, 9));
        NewTicket input;
        input.guestId = guestId;
        input.category = category;
        input.description = QStringLiteral("Complaint");
        REQUIRE(TicketService(v.db()).create(input));
    }

    [[nodiscard]] InsightSeries series() { return InsightSeries::compute(v.facts(Today), may, 12); }

    // What the analyser would have found in May (the summary is the chart's input as it is).
    [[nodiscard]] TopicSummary topics() const
    {
        TopicSummary summary;
        summary.from = may.from;
        summary.to = may.to;
        summary.entries = 5;
        TopicSummaryRow noise;
        noise.topic = QStringLiteral("noise");
        noise.mentions = 4;
        noise.shareNegative = 0.5;
        TopicSummaryRow staff;
        staff.topic = QStringLiteral("staff-service");
        staff.mentions = 2;
        staff.shareNegative = 0.0;
        summary.topics = {noise, staff};
        return summary;
    }
};

QList<QPointF> pointsOf(const QList<QLineSeries *> &pieces)
{
    QList<QPointF> points;
    for (QLineSeries *piece : pieces)
        points << piece->points();
    return points;
}

// Where a value of a series is drawn, in the chart view's viewport.
QPoint onScreen(QChartView *view, const QPointF &value, QAbstractSeries *series)
{
    const QPointF inChart = view->chart()->mapToPosition(value, series);
    return view->mapFromScene(view->chart()->mapToScene(inChart));
}

InsightsDrill lastDrill(const QSignalSpy &spy)
{
    REQUIRE(!spy.isEmpty());
    return spy.last().at(0).value<InsightsDrill>();
}

} // namespace

TEST_CASE("insights charts draw a small venue's months, cohorts, topics and guest mix", "[ui][insights]")
{
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    SmallVenue venue;
    const InsightSeries series = venue.series();
    REQUIRE(series.months.size() == 12);
    REQUIRE(series.months.last().month == venue.may);

    InsightsCharts charts;
    charts.resize(1200, 1600);
    charts.showSeries(series, venue.topics(), categoryLabels(venue.v.db()));

    // Every chart with something in these months shows it. The line charts draw whatever KPIs the
    // board has (rating, sentiment and SLA arrive with the service KPIs): each drawn point is the
    // series' value of that month.
    auto anyValue = [&](const QStringList &keys) {
        for (const MonthFigures &month : series.months)
            for (const QString &key : keys)
                if (month.kpis.value(key).value)
                    return true;
        return false;
    };
    const QList<ChartPanel *> panels = charts.panels();
    REQUIRE(panels.size() == 9);
    CHECK(panels.at(0)->isEmpty()
          == !anyValue({QStringLiteral("rating_average_10"), QStringLiteral("sentiment_average")}));
    CHECK(panels.at(3)->isEmpty()
          == !anyValue({QStringLiteral("sla_ack_compliance"), QStringLiteral("sla_resolve_compliance")}));
    for (int i : {1, 2, 4, 5, 6, 7, 8}) {
        INFO(panels.at(i)->title().toStdString());
        CHECK_FALSE(panels.at(i)->isEmpty());
    }
    const std::pair<MonthLineChart *, QString> lines[] = {
        {charts.satisfactionChart(), QStringLiteral("rating_average_10")},
        {charts.satisfactionChart(), QStringLiteral("sentiment_average")},
        {charts.slaChart(), QStringLiteral("sla_ack_compliance")},
        {charts.slaChart(), QStringLiteral("sla_resolve_compliance")}};
    for (const auto &[chart, key] : lines) {
        INFO(key.toStdString());
        const double scale = key.startsWith(QLatin1String("sla_")) ? 100 : 1;
        QList<QPointF> expected;
        for (int i = 0; i < series.months.size(); ++i)
            if (const auto value = series.months.at(i).kpis.value(key).value)
                expected << QPointF(i, *value * scale);
        CHECK(pointsOf(chart->seriesOf(key)) == expected);
    }

    // NPS: April 100, May 0 (index 10 and 11 of June 2025 .. May 2026), one unbroken piece.
    const QList<QLineSeries *> nps = charts.npsChart()->seriesOf(QStringLiteral("nps"));
    REQUIRE(nps.size() == 1);
    CHECK(nps.first()->points() == QList<QPointF>{QPointF(10, 100), QPointF(11, 0)});
    CHECK(nps.first()->name() == QStringLiteral("NPS"));

    // Complaints: noise (2, the most) stacked first, then housekeeping; labels from the venue's list.
    ComplaintsChart *complaints = charts.complaintsChart();
    CHECK(complaints->categories() == QStringList{QStringLiteral("noise"), QStringLiteral("housekeeping")});
    REQUIRE(complaints->setOf(QStringLiteral("noise")));
    CHECK(complaints->setOf(QStringLiteral("noise"))->label() == QStringLiteral("Noise"));
    CHECK(complaints->setOf(QStringLiteral("noise"))->at(11) == 2);
    CHECK(complaints->setOf(QStringLiteral("noise"))->at(10) == 0);
    CHECK(complaints->setOf(QStringLiteral("housekeeping"))->at(10) == 1);
    CHECK(complaints->setOf(QStringLiteral("housekeeping"))->count() == 12);

    // Cohorts: March 2026 (row 9) has Aram, May (row 11) Nino and Anna; cells are the series' shares.
    CohortModel *cohorts = charts.cohortTable()->cohortModel();
    REQUIRE(cohorts->rowCount() == 12);
    CHECK(cohorts->columnCount() == 13);
    CHECK(cohorts->headerData(9, Qt::Vertical).toString() == QStringLiteral("March 2026"));
    CHECK(cohorts->index(9, 0).data().toString() == QStringLiteral("1"));
    CHECK(cohorts->index(11, 0).data().toString() == QStringLiteral("2"));
    CHECK(cohorts->index(0, 0).data().toString() == QStringLiteral("0"));
    for (int k = 1; k <= 12; ++k) {
        const std::optional<double> share = series.cohorts.at(9).returned.at(k - 1);
        INFO("k = " << k);
        CHECK(cohorts->index(9, k).data().toString()
              == (share ? QStringLiteral("%1%").arg(qRound(*share * 100)) : QString()));
        CHECK(cohorts->index(9, k).data(Qt::BackgroundRole).isValid() == share.has_value());
    }
    // Aram came back on 10 May: not within 2 months of 5 March, within 3; 4 months is not known yet.
    CHECK(cohorts->index(9, 2).data().toString() == QStringLiteral("0%"));
    CHECK(cohorts->index(9, 3).data().toString() == QStringLiteral("100%"));
    CHECK(cohorts->index(9, 4).data().toString().isEmpty());
    CHECK(cohorts->index(9, 3).data(Qt::ToolTipRole).toString()
          == QStringLiteral("First stay in March 2026, back within 3 months: 100% (1 of 1 guests)"));

    // Topics: noise on top (the last bar), 2 of its 4 mentions negative.
    TopicsChart *topics = charts.topicsChart();
    REQUIRE(topics->shown().size() == 2);
    CHECK(topics->negativeSet()->at(1) == 2);
    CHECK(topics->otherSet()->at(1) == 2);
    CHECK(topics->negativeSet()->at(0) == 0);
    CHECK(topics->otherSet()->at(0) == 2);

    // Guest mix in May: AM 2 on top, GE 1.
    GuestMixChart *countries = charts.mixChart(InsightSeries::Mix::Country);
    REQUIRE(countries->bars().size() == 2);
    CHECK(countries->bars().at(0).value == QStringLiteral("AM"));
    CHECK(countries->bars().at(0).guests == 2);
    CHECK(countries->barSet()->at(1) == 2);
    CHECK(countries->barSet()->at(0) == 1);
    GuestMixChart *sources = charts.mixChart(InsightSeries::Mix::Source);
    REQUIRE(sources->bars().size() == 1);
    CHECK(sources->bars().at(0).label == QStringLiteral("Direct"));

    // The tables for CSV: every chart, in display text.
    const QList<InsightsCharts::Table> tables = charts.tables();
    REQUIRE(tables.size() == 9);
    QStringList titles;
    for (const auto &table : tables)
        titles << table.title;
    CHECK(titles.contains(QStringLiteral("NPS by month")));
    const InsightsCharts::Table &npsTable = tables.at(1);
    CHECK(npsTable.header
          == QStringList{QStringLiteral("Month"), QStringLiteral("NPS"), QStringLiteral("NPS answers")});
    REQUIRE(npsTable.rows.size() == 12);
    CHECK(npsTable.rows.at(10)
          == QStringList{QStringLiteral("April 2026"), QStringLiteral("100"), QStringLiteral("1")});
    CHECK(npsTable.rows.at(11)
          == QStringList{QStringLiteral("May 2026"), QStringLiteral("0"), QStringLiteral("2")});
    CHECK(npsTable.rows.at(0) == QStringList{QStringLiteral("June 2025"), QString(), QStringLiteral("0")});
    const InsightsCharts::Table &complaintsTable = tables.at(2);
    CHECK(complaintsTable.header
          == QStringList{QStringLiteral("Month"), QStringLiteral("Noise"), QStringLiteral("Housekeeping"),
                         QStringLiteral("All complaints")});
    CHECK(complaintsTable.rows.at(11)
          == QStringList{QStringLiteral("May 2026"), QStringLiteral("2"), QStringLiteral("0"),
                         QStringLiteral("2")});
    const InsightsCharts::Table &cohortTable = tables.at(4);
    CHECK(cohortTable.header.size() == 14);
    CHECK(cohortTable.header.mid(0, 4)
          == QStringList{QStringLiteral("First stay"), QStringLiteral("Guests"),
                         QStringLiteral("Back within 1 month"), QStringLiteral("Back within 2 months")});
    CHECK(cohortTable.rows.at(9).mid(0, 5)
          == QStringList{QStringLiteral("March 2026"), QStringLiteral("1"), QStringLiteral("0%"),
                         QStringLiteral("0%"), QStringLiteral("100%")});
    CHECK(tables.at(5).rows
          == QList<QStringList>{
              {QStringLiteral("Noise"), QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("50%")},
              {QStringLiteral("Staff & service"), QStringLiteral("2"), QStringLiteral("0"),
               QStringLiteral("0%")}});
    CHECK(tables.at(6).rows
          == QList<QStringList>{{QStringLiteral("AM"), QStringLiteral("2"), QStringLiteral("67%")},
                                {QStringLiteral("GE"), QStringLiteral("1"), QStringLiteral("33%")}});
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("clicking a bar, point or cell of the insights charts asks for the records behind it", "[ui][insights]")
{
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    SmallVenue venue;
    InsightsCharts charts;
    charts.resize(1200, 1600);
    charts.show();
    REQUIRE(QTest::qWaitForWindowExposed(&charts));
    charts.showSeries(venue.series(), venue.topics(), categoryLabels(venue.v.db()));
    QSignalSpy spy(&charts, &InsightsCharts::drillDown);
    QCoreApplication::processEvents();

    // A real click on May's noise bar (2 complaints: its middle is at 1).
    ComplaintsChart *complaints = charts.complaintsChart();
    QAbstractSeries *bars = complaints->chart()->series().first();
    QTest::mouseClick(complaints->viewport(), Qt::LeftButton, {}, onScreen(complaints, QPointF(11, 1), bars));
    InsightsDrill drill = lastDrill(spy);
    CHECK(drill.kind == InsightsDrill::Kind::Complaints);
    CHECK(drill.category == QStringLiteral("noise"));
    CHECK(drill.period == venue.may);

    // A real click on the cohort cell "March 2026, within 3 months".
    CohortTable *table = charts.cohortTable();
    const QModelIndex cell = table->model()->index(9, 3);
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    drill = lastDrill(spy);
    CHECK(drill.kind == InsightsDrill::Kind::Cohort);
    CHECK(drill.cohortMonth == QDate(2026, 3, 1));
    CHECK(drill.withinMonths == 3);
    // The guest count is the whole cohort; a month not known yet asks for nothing.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(9, 0)).center());
    CHECK(lastDrill(spy).withinMonths == 0);
    const qsizetype before = spy.size();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(9, 4)).center());
    CHECK(spy.size() == before);

    // Hovering tells the value and the count.
    Q_EMIT complaints->setOf(QStringLiteral("noise"))->hovered(true, 11);
    CHECK(QToolTip::text() == QStringLiteral("Noise, May 2026 — complaints: 2"));
    Q_EMIT charts.npsChart()->seriesOf(QStringLiteral("nps")).first()->hovered(QPointF(10.1, 99), true);
    CHECK(QToolTip::text() == QStringLiteral("NPS, April 2026: 100 (answers: 1)"));
    Q_EMIT charts.topicsChart()->negativeSet()->hovered(true, 1);
    CHECK(QToolTip::text() == QStringLiteral("Noise — mentions: 4, negative: 50%"));
    Q_EMIT charts.mixChart(InsightSeries::Mix::Country)->barSet()->hovered(true, 1);
    CHECK(QToolTip::text() == QStringLiteral("AM — guests: 2 (67%)"));

    // A point of the NPS line: that KPI over that month (the series' own click signal).
    QLineSeries *nps = charts.npsChart()->seriesOf(QStringLiteral("nps")).first();
    Q_EMIT nps->clicked(QPointF(9.8, 97));
    drill = lastDrill(spy);
    CHECK(drill.kind == InsightsDrill::Kind::Kpi);
    CHECK(drill.kpiKey == QStringLiteral("nps"));
    CHECK(drill.period == KpiPeriod{QDate(2026, 4, 1), QDate(2026, 4, 30)});

    // Topics and guest mix: the bar's key over the page's period.
    Q_EMIT charts.topicsChart()->negativeSet()->clicked(1);
    drill = lastDrill(spy);
    CHECK(drill.kind == InsightsDrill::Kind::Topic);
    CHECK(drill.topic == QStringLiteral("noise"));
    CHECK(drill.period == venue.may);
    Q_EMIT charts.topicsChart()->otherSet()->clicked(0);
    CHECK(lastDrill(spy).topic == QStringLiteral("staff-service"));

    GuestMixChart *countries = charts.mixChart(InsightSeries::Mix::Country);
    Q_EMIT countries->barSet()->clicked(0);
    drill = lastDrill(spy);
    CHECK(drill.kind == InsightsDrill::Kind::Mix);
    CHECK(drill.mix == InsightSeries::Mix::Country);
    CHECK(drill.value == QStringLiteral("GE"));
    CHECK(drill.period == venue.may);
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("month lines break where a month has nothing to count and keep their own axis", "[ui][insights]")
{
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    // Twelve months of 2025: a rating in January, February and April (none in March), a sentiment
    // in April; acknowledge compliance 0.75 in April over 4 tickets.
    QList<MonthFigures> months;
    for (const KpiPeriod &month : KpiPeriod::monthsEndingWith(QDate(2025, 12, 1), 12)) {
        MonthFigures figures;
        figures.month = month;
        months << figures;
    }
    months[0].kpis.insert(QStringLiteral("rating_average_10"), KpiValue{8.5, 2, {}, false});
    months[1].kpis.insert(QStringLiteral("rating_average_10"), KpiValue{7.0, 1, {}, false});
    months[2].kpis.insert(QStringLiteral("rating_average_10"), KpiValue{std::nullopt, 0, {}, false});
    months[3].kpis.insert(QStringLiteral("rating_average_10"), KpiValue{9.4, 4, {}, false});
    months[3].kpis.insert(QStringLiteral("sentiment_average"), KpiValue{-0.25, 3, {}, false});
    months[3].kpis.insert(QStringLiteral("sla_ack_compliance"), KpiValue{0.75, 4, {}, false});
    InsightSeries series;
    series.months = months;

    InsightsCharts charts;
    charts.resize(1200, 1600);
    charts.showSeries(series, TopicSummary{}, {});
    charts.show();
    REQUIRE(QTest::qWaitForWindowExposed(&charts));
    CHECK_FALSE(charts.panels().at(0)->isEmpty());
    CHECK_FALSE(charts.panels().at(3)->isEmpty());
    CHECK(charts.panels().at(1)->isEmpty()); // no NPS at all

    MonthLineChart *satisfaction = charts.satisfactionChart();
    const QList<QLineSeries *> rating = satisfaction->seriesOf(QStringLiteral("rating_average_10"));
    REQUIRE(rating.size() == 2); // January–February, then April
    CHECK(rating.at(0)->points() == QList<QPointF>{QPointF(0, 8.5), QPointF(1, 7.0)});
    CHECK(rating.at(1)->points() == QList<QPointF>{QPointF(3, 9.4)});
    // One legend entry per KPI although the line is in two pieces; the legend wraps under the chart.
    const QString legend = charts.panels().at(0)->legend()->text();
    CHECK(legend.count(QStringLiteral("Average rating")) == 1);
    CHECK(legend.count(QStringLiteral("Average sentiment")) == 1);
    CHECK(charts.panels().at(0)->legend()->isVisible());
    // Sentiment (−1..1) on the right axis, rating (0..10) on the left.
    const QList<QLineSeries *> sentiment = satisfaction->seriesOf(QStringLiteral("sentiment_average"));
    REQUIRE(sentiment.size() == 1);
    const auto *right = qobject_cast<QValueAxis *>(sentiment.first()->attachedAxes().at(1));
    REQUIRE(right);
    CHECK(right->alignment() == Qt::AlignRight);
    CHECK(right->min() == -1);
    CHECK(right->max() == 1);
    const auto *left = qobject_cast<QValueAxis *>(rating.first()->attachedAxes().at(1));
    REQUIRE(left);
    CHECK(left->alignment() == Qt::AlignLeft);
    CHECK(left->max() == 10);
    // Qt Charts 6.4 draws no labels at all for "%g"/"%d" with localizeNumbers on.
    CHECK_FALSE(satisfaction->chart()->localizeNumbers());
    // The x axis names the months, its title the year(s).
    auto *x = qobject_cast<QBarCategoryAxis *>(rating.first()->attachedAxes().at(0));
    REQUIRE(x);
    CHECK(x->categories().size() == 12);
    CHECK(x->categories().at(0) == QStringLiteral("Jan"));
    CHECK(x->categories().at(11) == QStringLiteral("Dec"));
    CHECK(x->titleText() == QStringLiteral("January 2025 – December 2025"));

    // SLA in percent.
    const QList<QLineSeries *> ack = charts.slaChart()->seriesOf(QStringLiteral("sla_ack_compliance"));
    REQUIRE(ack.size() == 1);
    CHECK(ack.first()->points() == QList<QPointF>{QPointF(3, 75)});

    const QList<InsightsCharts::Table> tables = charts.tables();
    CHECK(tables.at(0).header
          == QStringList{QStringLiteral("Month"), QStringLiteral("Average rating"), QStringLiteral("Ratings"),
                         QStringLiteral("Average sentiment"), QStringLiteral("Entries analysed")});
    CHECK(tables.at(0).rows.at(3)
          == QStringList{QStringLiteral("April 2025"), QStringLiteral("9.4"), QStringLiteral("4"),
                         QStringLiteral("-0.25"), QStringLiteral("3")});
    CHECK(tables.at(0).rows.at(2)
          == QStringList{QStringLiteral("March 2025"), QString(), QStringLiteral("0"), QString(),
                         QStringLiteral("0")});
    CHECK(tables.at(3).rows.at(3).mid(0, 3)
          == QStringList{QStringLiteral("April 2025"), QStringLiteral("75%"), QStringLiteral("4")});

    QSignalSpy spy(&charts, &InsightsCharts::drillDown);
    Q_EMIT rating.at(1)->clicked(QPointF(3.2, 9));
    REQUIRE(spy.size() == 1);
    const auto drill = spy.first().at(0).value<InsightsDrill>();
    CHECK(drill.kind == InsightsDrill::Kind::Kpi);
    CHECK(drill.kpiKey == QStringLiteral("rating_average_10"));
    CHECK(drill.period == KpiPeriod{QDate(2025, 4, 1), QDate(2025, 4, 30)});
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("the guest mix keeps the eight largest values and puts the rest under Other", "[ui][insights]")
{
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    QList<MixSlice> slices;
    for (int i = 0; i < 11; ++i)
        slices << MixSlice{QStringLiteral("C%1").arg(i), 20 - i};
    slices << MixSlice{QString(), 1};
    GuestMixChart chart(InsightSeries::Mix::Country);
    const KpiPeriod may{QDate(2026, 5, 1), QDate(2026, 5, 31)};
    chart.showMix(slices, may);
    REQUIRE(chart.bars().size() == 9);
    CHECK(chart.bars().at(0).value == QStringLiteral("C0"));
    CHECK(chart.bars().at(7).value == QStringLiteral("C7"));
    CHECK(chart.bars().at(8).isOther);
    CHECK(chart.bars().at(8).label == QStringLiteral("Other"));
    CHECK(chart.bars().at(8).guests == 12 + 11 + 10 + 1); // C8, C9, C10 and "not recorded"
    CHECK(chart.barSet()->at(0) == 34);                   // Other is the bottom bar
    QSignalSpy spy(&chart, &GuestMixChart::drillDown);
    Q_EMIT chart.barSet()->clicked(0);
    CHECK(spy.isEmpty()); // several values: nothing single to list
    Q_EMIT chart.barSet()->clicked(8);
    REQUIRE(spy.size() == 1);
    CHECK(spy.first().at(0).value<InsightsDrill>().value == QStringLiteral("C0"));

    GuestMixChart languages(InsightSeries::Mix::Language);
    languages.showMix({MixSlice{QStringLiteral("hy"), 3}, MixSlice{QString(), 1}}, may);
    CHECK(languages.bars().at(0).label == QStringLiteral("հայերեն"));
    CHECK(languages.bars().at(1).label == QStringLiteral("Not recorded"));
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("insights charts with nothing to draw say so instead of showing empty axes", "[ui][insights]")
{
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    SmallVenue venue;
    InsightsCharts charts;
    charts.resize(1200, 1600);
    charts.showSeries(venue.series(), venue.topics(), categoryLabels(venue.v.db()));
    CHECK_FALSE(charts.complaintsChart()->chart()->series().isEmpty());

    // A year with nothing in it: an empty venue.
    test::KpiVenue empty;
    charts.showSeries(InsightSeries::compute(empty.facts(Today), venue.may, 12), TopicSummary{}, {});
    for (ChartPanel *panel : charts.panels()) {
        INFO(panel->title().toStdString());
        CHECK(panel->isEmpty());
        CHECK(panel->emptyLabel()->text() == QStringLiteral("No data for this period"));
    }
    CHECK(charts.complaintsChart()->chart()->series().isEmpty());
    CHECK(charts.topicsChart()->chart()->series().isEmpty());
    CHECK(charts.npsChart()->seriesOf(QStringLiteral("nps")).isEmpty());
    const QList<InsightsCharts::Table> tables = charts.tables();
    REQUIRE(tables.size() == 9);
    CHECK(tables.at(1).rows.size() == 12); // the months are there, without values
    CHECK(tables.at(1).rows.at(11).at(1).isEmpty());
    CHECK(tables.at(2).rows.at(11) == QStringList{QStringLiteral("May 2026"), QStringLiteral("0")});
    CHECK(tables.at(5).rows.isEmpty());
    CHECK(tables.at(6).rows.isEmpty());
    QLocale::setDefault(QLocale::c());
}

#ifdef INNKEEP_SCREENSHOT_DIR
TEST_CASE("screenshots of the insights charts", "[.screenshots]")
{
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    theme::initialise();
    theme::apply(theme::Appearance::Light);

    test::TempDatabase t;
    DemoGenerator demo(t.db(), 7);
    REQUIRE(demo.run(400));
    const KpiPeriod may{QDate(2026, 5, 1), QDate(2026, 5, 31)};
    auto facts = KpiFacts::load(t.db(), {}, t.clock().nowMs());
    REQUIRE(facts);
    const InsightSeries series = InsightSeries::compute(*facts, may, 12);
    auto topics = FeedbackTopicSummary(t.db()).between(may.from, may.to);
    REQUIRE(topics);
    const QMap<QString, QString> labels = categoryLabels(t.db());

    const std::pair<QString, QString> languages[] = {{QStringLiteral("en"), QStringLiteral("en_GB")},
                                                     {QStringLiteral("hy"), QStringLiteral("hy_AM")},
                                                     {QStringLiteral("ka"), QStringLiteral("ka_GE")}};
    for (const auto &[language, locale] : languages) {
        QLocale::setDefault(QLocale(locale));
        QTranslator translator;
        if (language != QLatin1String("en")) {
            REQUIRE(translator.load(QStringLiteral(":/i18n/innkeep_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        {
            // The width the page gives its charts in a 1366×768 window (the navigation on the left).
            InsightsCharts charts;
            charts.showSeries(series, *topics, labels);
            charts.resize(1120, charts.sizeHint().height());
            charts.show();
            REQUIRE(QTest::qWaitForWindowExposed(&charts));
            saveScreenshot(&charts, QStringLiteral("insights-charts-%1").arg(language));
        }
        QCoreApplication::removeTranslator(&translator);
    }
    QLocale::setDefault(QLocale::c());
}
#endif
