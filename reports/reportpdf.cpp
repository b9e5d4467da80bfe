// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpdf.h"

#include "analysis/hospitalitytopic.h"
#include "reportblocks.h"
#include "reportcharts.h"
#include "reportformat.h"
#include "reportlayout.h"
#include "reportstyle.h"

#include <QBuffer>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

constexpr qreal SideMargin = 42;
constexpr qreal TopMargin = 58;
constexpr qreal BottomMargin = 52;
constexpr qreal ChartGap = 18;
constexpr int MixRows = 8;
constexpr int TopicRows = 10;
constexpr int ComplaintStacks = 7;

// The charts' KPIs by key; a key the board does not have is left out.
const QStringList SatisfactionKeys{u"rating_average_10"_s, u"nps"_s, u"sentiment_average"_s, u"csat"_s};
const QStringList SlaKeys{u"sla_ack_compliance"_s, u"sla_resolve_compliance"_s};

using Cell = ReportBlocks::Cell;
using Column = ReportBlocks::Column;

QString populationName(KpiPopulation population)
{
    switch (population) {
    case KpiPopulation::Guests: return ReportPdf::tr("guests");
    case KpiPopulation::Stays: return ReportPdf::tr("stays");
    case KpiPopulation::Tickets: return ReportPdf::tr("complaint tickets");
    case KpiPopulation::Feedback: return ReportPdf::tr("feedback entries");
    }
    return {};
}

// Builds the report's blocks into a ReportLayout, measuring text on the PDF device.
class Builder
{
public:
    Builder(const InsightsReport &report, const ReportFormat &format, QPaintDevice *device, QSizeF body)
        : m_report(report), m_format(format), m_device(device), m_layout(body)
    {}

    ReportLayout &build()
    {
        titleBlock();
        kpiTable();
        charts();
        complaints();
        topics();
        guestMix();
        appendix();
        return m_layout;
    }

private:
    [[nodiscard]] qreal textHeight(const QFont &font, qreal width, const QString &text) const
    {
        return m_blocks.textHeight(font, width, text);
    }
    void heading(const QString &text, const QString &note = {}) { m_blocks.heading(text, note); }
    void subheading(const QString &text) { m_blocks.subheading(text); }
    void paragraph(const QString &text, const QFont &font = ReportStyle::body(),
                   const QColor &colour = ReportStyle::Ink, bool keepWithNext = false)
    {
        m_blocks.paragraph(text, font, colour, keepWithNext);
    }
    [[nodiscard]] QList<qreal> widths(const QList<Column> &columns) const { return m_blocks.widths(columns); }
    void table(const QList<Column> &columns, const QList<QList<Cell>> &rows)
    {
        m_blocks.table(columns, rows);
    }

    void titleBlock()
    {
        const QString venue = m_report.venueName.trimmed().isEmpty() ? ReportPdf::tr("Unnamed venue")
                                                                     : m_report.venueName.trimmed();
        const KpiPeriod &period = m_report.period;
        const QString compared =
            ReportPdf::tr("Compared with %1 (previous period) and %2 (a year before).")
                .arg(m_format.period(period.previous()), m_format.period(period.yearBefore()));
        const QString generated = ReportPdf::tr("Generated on %1.")
                                      .arg(m_format.locale().toString(
                                          QDateTime::fromMSecsSinceEpoch(m_report.generatedAt).toLocalTime(),
                                          u"d MMM yyyy HH:mm"_s));
        const QString periodText = m_format.period(period);
        m_layout.add(100, [venue, periodText, compared, generated](QPainter &p, const QRectF &r) {
            p.setPen(ReportStyle::Accent);
            p.setFont(ReportStyle::title());
            p.drawText(QRectF(r.left(), r.top(), r.width(), 28), Qt::AlignLeft | Qt::AlignVCenter,
                       ReportPdf::tr("Insights report"));
            p.setPen(ReportStyle::Ink);
            p.setFont(ReportStyle::font(14, true));
            const QFontMetricsF metrics(p.font(), p.device());
            p.drawText(QRectF(r.left(), r.top() + 32, r.width(), 20), Qt::AlignLeft | Qt::AlignVCenter,
                       metrics.elidedText(venue, Qt::ElideRight, r.width()));
            p.setFont(ReportStyle::font(11));
            p.drawText(QRectF(r.left(), r.top() + 54, r.width(), 16), Qt::AlignLeft | Qt::AlignVCenter,
                       periodText);
            p.setFont(ReportStyle::small());
            p.setPen(ReportStyle::Muted);
            p.drawText(QRectF(r.left(), r.top() + 72, r.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
                       compared);
            p.drawText(QRectF(r.left(), r.top() + 84, r.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
                       generated);
        });
        if (!m_report.hasAnyData()) {
            m_layout.space(6);
            paragraph(
                ReportPdf::tr(
                    "No data: this venue has no stays, complaints or feedback in this period or the twelve "
                    "months before it. Figures read \"—\" and the charts stay empty until there is something "
                    "to count."),
                ReportStyle::bodyBold(), ReportStyle::Accent);
        }
    }

    void kpiTable()
    {
        heading(ReportPdf::tr("Key figures"),
                ReportPdf::tr("\"—\" means there was nothing to count. Change: against the previous period "
                              "and the same period a year before; green is better, red is worse."));
        const QList<Column> columns{{ReportPdf::tr("Indicator"), 3.0, Qt::AlignLeft},
                                    {ReportPdf::tr("This period"), 1.3},
                                    {ReportPdf::tr("Counted"), 1.0},
                                    {ReportPdf::tr("Previous period"), 1.3},
                                    {ReportPdf::tr("Change"), 1.1},
                                    {ReportPdf::tr("Year before"), 1.3},
                                    {ReportPdf::tr("Change"), 1.1}};
        QList<QList<Cell>> rows;
        bool provisional = false;
        const QString currency = m_report.board.currency;
        const auto changeCell = [this, &currency](const KpiReading &r, const KpiValue &before) {
            const int direction = ReportFormat::direction(*r.kpi, r.current.value, before.value);
            return Cell{m_format.change(r.kpi->unit(), r.current.value, before.value, currency),
                        direction > 0   ? ReportStyle::Better
                        : direction < 0 ? ReportStyle::Worse
                                        : ReportStyle::Muted};
        };
        for (const KpiReading &r : m_report.board.readings) {
            const KpiUnit unit = r.kpi->unit();
            double largest = 0; // one precision across the row
            for (const KpiValue *v : {&r.current, &r.previous, &r.yearBefore})
                if (v->value)
                    largest = std::max(largest, std::abs(*v->value));
            QString value = m_format.value(unit, r.current.value, currency, largest);
            if (r.current.provisional && r.current.value) {
                value += u" *"_s;
                provisional = true;
            }
            rows.append({Cell{r.kpi->title()}, Cell{value, ReportStyle::Ink, true},
                         Cell{m_format.number(r.current.count), ReportStyle::Muted},
                         Cell{m_format.value(unit, r.previous.value, currency, largest)},
                         changeCell(r, r.previous),
                         Cell{m_format.value(unit, r.yearBefore.value, currency, largest)},
                         changeCell(r, r.yearBefore)});
        }
        table(columns, rows);
        if (provisional)
            paragraph(ReportPdf::tr("* Provisional: the cohort is too young for the answer to be final."),
                      ReportStyle::small(), ReportStyle::Muted);
    }

    [[nodiscard]] ReportCharts::Line line(const QString &key, int colour) const
    {
        ReportCharts::Line l;
        if (const auto kpi = KpiBoard::find(key))
            l.label = kpi->title();
        l.colour = ReportStyle::series(colour);
        for (const MonthFigures &m : m_report.series.months) {
            const auto it = m.kpis.constFind(key);
            l.values.append(it == m.kpis.cend() ? std::nullopt : it->value);
        }
        return l;
    }

    void charts()
    {
        QList<QDate> months;
        for (const MonthFigures &m : m_report.series.months)
            months.append(m.month.from);
        if (months.isEmpty())
            return;
        heading(ReportPdf::tr("The last twelve months"),
                ReportPdf::tr("%1 to %2, month by month.")
                    .arg(m_format.month(months.constFirst()), m_format.month(months.constLast())));
        const ReportFormat format = m_format;

        QList<std::shared_ptr<const Kpi>> satisfaction;
        for (const QString &key : SatisfactionKeys)
            if (const auto kpi = KpiBoard::find(key))
                satisfaction.append(kpi);
        for (qsizetype i = 0; i < satisfaction.size(); i += 2) {
            QList<std::pair<std::shared_ptr<const Kpi>, ReportCharts::Line>> pair;
            for (qsizetype j = i; j < std::min(i + 2, satisfaction.size()); ++j)
                pair.append({satisfaction[j], line(satisfaction[j]->key(), int(j))});
            m_layout.add(150, [pair, months, format](QPainter &p, const QRectF &r) {
                // Two charts side by side; one alone (an odd count) takes the whole width.
                const qreal w = pair.size() > 1 ? (r.width() - ChartGap) / 2 : r.width();
                for (qsizetype j = 0; j < pair.size(); ++j)
                    ReportCharts::lines(p, QRectF(r.left() + j * (w + ChartGap), r.top(), w, r.height() - 10),
                                        pair[j].first->title(), months, {pair[j].second},
                                        pair[j].first->unit(), format);
            });
        }

        QList<ReportCharts::Line> sla;
        for (const QString &key : SlaKeys)
            if (KpiBoard::find(key))
                sla.append(line(key, int(sla.size()) + 4));
        if (!sla.isEmpty())
            m_layout.add(160, [sla, months, format](QPainter &p, const QRectF &r) {
                ReportCharts::lines(p, r.adjusted(0, 0, 0, -10), ReportPdf::tr("SLA compliance"), months, sla,
                                    KpiUnit::Rate, format);
            });

        m_layout.add(175, [stacks = complaintStacks(), months, format](QPainter &p, const QRectF &r) {
            ReportCharts::stackedBars(p, r.adjusted(0, 0, 0, -10),
                                      ReportPdf::tr("Complaints by category per month"), months, stacks,
                                      format);
        });

        const QList<CohortRow> cohorts = m_report.series.cohorts;
        m_layout.add(ReportCharts::cohortTableHeight(cohorts.size()) + 10, [cohorts, format](
                                                                               QPainter &p, const QRectF &r) {
            ReportCharts::cohortTable(
                p, r.adjusted(0, 0, 0, -10),
                ReportPdf::tr("Guests who came back within 1 to 12 months, by month of first stay"), cohorts,
                format);
        });
    }

    [[nodiscard]] QList<ReportCharts::Stack> complaintStacks() const
    {
        QMap<QString, int> totals;
        for (const MonthFigures &m : m_report.series.months)
            for (auto it = m.complaintsByCategory.cbegin(); it != m.complaintsByCategory.cend(); ++it)
                totals[it.key()] += it.value();
        QStringList categories = totals.keys();
        std::stable_sort(categories.begin(), categories.end(),
                         [&totals](const QString &a, const QString &b) { return totals[a] > totals[b]; });
        QList<ReportCharts::Stack> stacks;
        for (qsizetype i = 0; i < categories.size(); ++i) {
            const bool other = i >= ComplaintStacks - 1 && categories.size() > ComplaintStacks;
            if (other && i > ComplaintStacks - 1)
                continue;
            ReportCharts::Stack s;
            s.label = other ? ReportPdf::tr("Other categories") : m_report.categoryLabel(categories[i]);
            s.colour = ReportStyle::series(int(i));
            for (const MonthFigures &m : m_report.series.months) {
                int v = 0;
                for (qsizetype j = i; j < (other ? categories.size() : i + 1); ++j)
                    v += m.complaintsByCategory.value(categories[j]);
                s.values.append(v);
            }
            stacks.append(s);
        }
        return stacks;
    }

    void complaints()
    {
        heading(ReportPdf::tr("Complaints in the period"),
                ReportPdf::tr("Tickets created in the period, by category, most first, with the outcomes "
                              "recorded on them."));
        if (m_report.topComplaints.isEmpty()) {
            paragraph(ReportPdf::tr("No data: no complaint was recorded in this period."),
                      ReportStyle::body(), ReportStyle::Muted);
            return;
        }
        QList<QList<Cell>> rows;
        for (const ComplaintCategoryRow &c : m_report.topComplaints)
            rows.append(
                {Cell{c.label}, Cell{m_format.number(c.tickets), ReportStyle::Ink, true},
                 Cell{m_format.number(c.serious)},
                 Cell{m_format.number(c.recovered), c.recovered > 0 ? ReportStyle::Better : ReportStyle::Ink},
                 Cell{m_format.number(c.lost), c.lost > 0 ? ReportStyle::Worse : ReportStyle::Ink},
                 Cell{m_format.number(c.open)}});
        table({{ReportPdf::tr("Category"), 3.0, Qt::AlignLeft},
               {ReportPdf::tr("Tickets"), 1.0},
               {ReportPdf::tr("High or critical"), 1.2},
               {ReportPdf::tr("Recovered"), 1.1},
               {ReportPdf::tr("Lost"), 1.0},
               {ReportPdf::tr("Still open"), 1.1}},
              rows);
    }

    void topics()
    {
        heading(ReportPdf::tr("Feedback topics"),
                ReportPdf::tr(
                    "Topics guests wrote about in the period (%1 entries), and those whose share of negative "
                    "mentions rose against the previous period of the same length.")
                    .arg(m_format.number(m_report.topics.entries)));
        subheading(ReportPdf::tr("Getting worse"));
        if (m_report.gettingWorse.isEmpty()) {
            paragraph(
                ReportPdf::tr(
                    "No topic got worse (topics need %1 or more mentions in both periods to be compared).")
                    .arg(m_format.number(FeedbackTopicSummary::DefaultMinimumCount)),
                ReportStyle::body(), ReportStyle::Muted);
        } else {
            QList<QList<Cell>> rows;
            for (const TopicSummaryRow &t : m_report.gettingWorse)
                rows.append({Cell{HospitalityTopic::text(t.topic)},
                             Cell{m_format.share(t.shareNegative), ReportStyle::Worse, true},
                             Cell{m_format.share(t.previousShareNegative)}, Cell{m_format.number(t.mentions)},
                             Cell{m_format.number(t.previousMentions)}});
            table({{ReportPdf::tr("Topic"), 3.0, Qt::AlignLeft},
                   {ReportPdf::tr("Negative now"), 1.2},
                   {ReportPdf::tr("Negative before"), 1.2},
                   {ReportPdf::tr("Mentions now"), 1.2},
                   {ReportPdf::tr("Mentions before"), 1.2}},
                  rows);
        }
        subheading(ReportPdf::tr("Most mentioned"));
        if (m_report.topics.topics.isEmpty()) {
            paragraph(ReportPdf::tr("No data: no feedback in this period talked about a topic."),
                      ReportStyle::body(), ReportStyle::Muted);
            return;
        }
        QList<QList<Cell>> rows;
        for (const TopicSummaryRow &t :
             m_report.topics.topics.first(std::min<qsizetype>(TopicRows, m_report.topics.topics.size())))
            rows.append({Cell{HospitalityTopic::text(t.topic)},
                         Cell{m_format.number(t.mentions), ReportStyle::Ink, true},
                         Cell{m_format.share(t.shareNegative)},
                         Cell{m_format.locale().toString(t.averageScore, 'f', 2)}});
        table({{ReportPdf::tr("Topic"), 3.0, Qt::AlignLeft},
               {ReportPdf::tr("Mentions"), 1.2},
               {ReportPdf::tr("Negative"), 1.2},
               {ReportPdf::tr("Average score"), 1.2}},
              rows);
    }

    void guestMix()
    {
        heading(ReportPdf::tr("Guest mix"),
                ReportPdf::tr(
                    "Guests with a stay arriving in the period, by country, language and how they came."));
        const InsightSeries &s = m_report.series;
        if (s.byCountry.isEmpty() && s.byLanguage.isEmpty() && s.bySource.isEmpty()) {
            paragraph(ReportPdf::tr("No data: no guest stayed in this period."), ReportStyle::body(),
                      ReportStyle::Muted);
            return;
        }
        using Mix = InsightSeries::Mix;
        const QList<std::tuple<QString, Mix, QList<MixSlice>>> mixes{
            {ReportPdf::tr("Country"), Mix::Country, s.byCountry},
            {ReportPdf::tr("Language"), Mix::Language, s.byLanguage},
            {ReportPdf::tr("Source"), Mix::Source, s.bySource}};
        const ReportFormat format = m_format;
        m_layout.add(ReportCharts::mixHeight(MixRows) + 6, [mixes, format](QPainter &p, const QRectF &r) {
            const qreal w = (r.width() - 2 * ChartGap) / 3;
            for (qsizetype m = 0; m < mixes.size(); ++m) {
                const auto &[title, mix, slices] = mixes[m];
                ReportCharts::mixColumn(p, QRectF(r.left() + m * (w + ChartGap), r.top(), w, r.height()),
                                        title, mix, slices, MixRows, format);
            }
        });
    }

    void appendix()
    {
        m_layout.pageBreak();
        heading(ReportPdf::tr("Appendix: how each figure is computed"),
                ReportPdf::tr("Periods are local calendar dates, both ends included. A stay counts unless it "
                              "was cancelled or "
                              "a no-show. \"—\" means there was nothing to count."));
        for (const auto &kpi : KpiBoard::all()) {
            subheading(kpi->title());
            paragraph(kpi->formula(), ReportStyle::body(), ReportStyle::Ink, true);
            paragraph(ReportPdf::tr("Counted over: %1. Key: %2.")
                          .arg(populationName(kpi->population()), kpi->key()),
                      ReportStyle::small(), ReportStyle::Muted);
        }
        subheading(ReportPdf::tr("Charts and tables"));
        for (const QString &text :
             {ReportPdf::tr("Monthly lines: each KPI above computed over each whole calendar month."),
              ReportPdf::tr("Complaints by category: tickets created in each month, by their category."),
              ReportPdf::tr("Returning guests: the guests whose first counted stay arrived in a month, and "
                            "the share of them "
                            "with another stay arriving within k whole months after that first stay's "
                            "departure. A grey cell "
                            "is not known yet: the k-month window has not closed."),
              ReportPdf::tr("Complaints in the period: tickets created in the period; high or critical by "
                            "severity; recovered "
                            "and lost are the outcomes recorded on the tickets; still open means neither "
                            "resolved nor closed."),
              ReportPdf::tr("Feedback topics: a mention is an entry that talks about the topic (staff "
                            "corrections win); it is "
                            "negative at a score of %1 or lower.")
                  .arg(m_format.locale().toString(FeedbackTopicSummary::NegativeAtOrUnder, 'f', 1))})
            paragraph(text);
    }

    const InsightsReport &m_report;
    const ReportFormat &m_format;
    QPaintDevice *m_device;
    ReportLayout m_layout;
    ReportBlocks m_blocks{m_layout, m_device};
};

} // namespace

Result<QByteArray> ReportPdf::render(const InsightsReport &report, const QLocale &locale)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(Error::Code::Io,
                    ReportPdf::tr("The report needs a graphical application to draw its pages (Qt Gui)."));
    const ReportFormat format(locale);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72); // one device unit = one point
        writer.setCreator(u"Innkeep"_s);
        const QString venue = report.venueName.trimmed().isEmpty() ? ReportPdf::tr("Unnamed venue")
                                                                   : report.venueName.trimmed();
        const QString period = format.period(report.period);
        writer.setTitle(ReportPdf::tr("Insights report, %1, %2", "venue, period").arg(venue, period));
        const QRectF page(0, 0, writer.width(), writer.height());

        Builder builder(report, format, &writer,
                        QSizeF(page.width() - 2 * SideMargin, page.height() - TopMargin - BottomMargin));
        const ReportLayout &layout = builder.build();
        const QList<ReportLayout::Page> pages = layout.paginate();
        const QString generated =
            ReportPdf::tr("Generated by Innkeep on %1")
                .arg(format.locale().toString(
                    QDateTime::fromMSecsSinceEpoch(report.generatedAt).toLocalTime().date(),
                    u"d MMM yyyy"_s));

        QPainter painter;
        if (!painter.begin(&writer))
            return fail(Error::Code::Io, ReportPdf::tr("The PDF could not be drawn."));
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            ReportBlocks::pageFrame(painter, page, SideMargin, venue,
                                    ReportPdf::tr("Insights report, %1").arg(period), generated, int(i + 1),
                                    int(pages.size()));
            layout.paint(painter, pages[i], QPointF(SideMargin, TopMargin));
        }
        painter.end();
    }
    return buffer.data();
}

} // namespace innkeep
