// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightspage.h"

#include "analysis/hospitalitytopic.h"
#include "appservices.h"
#include "drilldowndialog.h"
#include "feedback/feedbackchannel.h"
#include "guests/guest.h"
#include "insightscharts.h"
#include "insightscomputation.h"
#include "insightsdrill.h"
#include "insightsreport.h"
#include "kpitile.h"
#include "kpitilegrid.h"
#include "reportfiles.h"
#include "reportpdf.h"
#include "widgets/datefield.h"
#include "widgets/filechooser.h"
#include "widgets/followrecords.h"
#include "widgets/format.h"
#include "widgets/messagebar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

namespace innkeep::ui {

namespace {

constexpr int ChangeDelayMs = 1500;   // records changed: compute again once the burst is over
constexpr int PrefetchDelayMs = 3000; // after start-up's own reading, before anyone opens the page
const QString Custom = QStringLiteral("custom");

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// "kpis", "chart-03-complaints-by-category": a file name from a table's title in any script.
QString fileStem(int index, const QString &title)
{
    QString slug;
    for (const QChar c : title.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    const QString number = QString::number(index).rightJustified(2, u'0');
    return slug.isEmpty() ? QStringLiteral("chart-%1").arg(number)
                          : QStringLiteral("chart-%1-%2").arg(number, slug.left(40));
}

} // namespace

InsightsPage::InsightsPage(AppServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_computation(new InsightsComputation(services.jobs, this)),
      m_messages(new MessageBar), m_period(new QComboBox), m_from(new QDateEdit), m_to(new QDateEdit),
      m_channel(new QComboBox), m_nationality(new QComboBox), m_language(new QComboBox),
      m_source(new QComboBox), m_vip(new QCheckBox(tr("&VIP guests only"))),
      m_computing(new QLabel(tr("Computing…"))), m_caption(new QLabel),
      m_export(new QPushButton(tr("E&xport tables as CSV…"))),
      m_pdf(new QPushButton(tr("Save &report as PDF…"))), m_scroll(new QScrollArea), m_tiles(new KpiTileGrid),
      m_charts(new InsightsCharts),
      m_drill(new DrillDownDialog(services.jobs, services.openVenue.path(), this)),
      m_changes(new QTimer(this)), m_dateEdits(new QTimer(this))
{
    m_scroll->setAccessibleName(tr("Insights: key figures and charts"));
    setObjectName(QStringLiteral("insightsPage"));
    auto *title = new QLabel(tr("Insights"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    title->setFont(font);

    m_period->addItem(tr("This month"), kpiPresetToken(KpiPreset::ThisMonth));
    m_period->addItem(tr("Last month"), kpiPresetToken(KpiPreset::LastMonth));
    m_period->addItem(tr("Last 30 days"), kpiPresetToken(KpiPreset::Last30Days));
    m_period->addItem(tr("This quarter"), kpiPresetToken(KpiPreset::Quarter));
    m_period->addItem(tr("This year"), kpiPresetToken(KpiPreset::Year));
    m_period->addItem(tr("Custom dates"), Custom);
    m_period->setCurrentIndex(1); // last month: a whole month, compared with the month before
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        tabLeavesDateField(edit);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setVisible(false);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));

    m_channel->addItem(tr("All channels"), QString());
    for (auto c : {FeedbackChannel::InPerson, FeedbackChannel::CommentCard, FeedbackChannel::Survey,
                   FeedbackChannel::Email, FeedbackChannel::Phone, FeedbackChannel::ReviewSite,
                   FeedbackChannel::Social})
        m_channel->addItem(feedbackChannelLabel(c), feedbackChannelToken(c));
    m_channel->setToolTip(tr("Feedback from this channel only (stays and tickets are not filtered by it)"));
    m_nationality->addItem(tr("All nationalities"), QString());
    m_language->addItem(tr("All languages"), QString());
    m_source->addItem(tr("All sources"), QString());
    for (auto s :
         {GuestSource::Direct, GuestSource::Ota, GuestSource::WalkIn, GuestSource::Agent, GuestSource::Other})
        m_source->addItem(displayText(s), toToken(s));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The filters keep a modest width whatever the venue's values or the language: the line must
    // fit 1366 px in Armenian and Georgian too (the open list shows whole names).
    for (QComboBox *box : {m_channel, m_nationality, m_language, m_source}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }

    m_computing->setForegroundRole(QPalette::PlaceholderText);
    m_computing->setVisible(false);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(24);
    top->addWidget(buddyLabel(tr("&Period:"), m_period));
    top->addWidget(m_period);
    top->addWidget(m_from);
    top->addWidget(m_to);
    top->addSpacing(12);
    top->addWidget(m_computing);
    top->addStretch(1);
    // The guest filters on a line of their own: translated names are long.
    auto *filters = new QHBoxLayout;
    const std::pair<QString, QComboBox *> boxes[] = {{tr("&Channel:"), m_channel},
                                                     {tr("&Nationality:"), m_nationality},
                                                     {tr("&Language:"), m_language},
                                                     {tr("&Source:"), m_source}};
    for (const auto &[text, box] : boxes) {
        filters->addWidget(buddyLabel(text, box));
        filters->addWidget(box);
        filters->addSpacing(12);
    }
    filters->addWidget(m_vip);
    filters->addStretch(1);

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 8, 8);
    column->addWidget(m_tiles);
    column->addSpacing(8);
    column->addWidget(m_charts);
    column->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    // What the figures compare, and what can be taken away: a line of its own, so the translated
    // button texts never widen the filter lines past 1366 px.
    auto *caption = new QHBoxLayout;
    caption->addWidget(m_caption, 1);
    caption->addWidget(m_pdf);
    caption->addWidget(m_export);
    layout->addLayout(caption);
    layout->addWidget(m_messages);
    layout->addWidget(m_scroll, 1);
    if (!m_tiles->tiles().isEmpty())
        setFocusProxy(m_period);
    // Tab: period, dates, filters, export, then the tiles in reading order, then the charts.
    QWidget *previous = m_period;
    for (QWidget *next : std::initializer_list<QWidget *>{m_from, m_to, m_channel, m_nationality, m_language,
                                                          m_source, m_vip, m_pdf, m_export}) {
        setTabOrder(previous, next);
        previous = next;
    }
    for (QWidget *tile : m_tiles->tiles()) {
        setTabOrder(previous, tile);
        previous = tile;
    }
    // The first tile's paint after new figures ends the show-to-paint measurement.
    if (!m_tiles->tiles().isEmpty())
        m_tiles->tiles().constFirst()->installEventFilter(this);

    m_changes->setSingleShot(true);
    m_changes->setInterval(ChangeDelayMs);
    m_dateEdits->setSingleShot(true);
    m_dateEdits->setInterval(400);
    connect(m_period, &QComboBox::currentIndexChanged, this, &InsightsPage::periodChosen);
    connect(m_from, &QDateEdit::dateChanged, m_dateEdits, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_dateEdits, qOverload<>(&QTimer::start));
    connect(m_dateEdits, &QTimer::timeout, this, &InsightsPage::filtersChanged);
    for (QComboBox *box : {m_channel, m_nationality, m_language, m_source})
        connect(box, &QComboBox::currentIndexChanged, this, &InsightsPage::filtersChanged);
    connect(m_vip, &QCheckBox::toggled, this, &InsightsPage::filtersChanged);
    connect(m_export, &QPushButton::clicked, this, &InsightsPage::exportTables);
    connect(m_pdf, &QPushButton::clicked, this, &InsightsPage::savePdfReport);
    m_pdf->setToolTip(
        tr("The monthly report as a PDF for the period shown, for the whole venue: key figures "
           "with changes, twelve-month charts, complaints, topics, guest mix and every formula."));
    connect(m_tiles, &KpiTileGrid::drillDownRequested, this, &InsightsPage::drillKpi);
    connect(m_charts, &InsightsCharts::drillDown, this, &InsightsPage::drillChart);
    connect(m_computation, &InsightsComputation::computed, this, &InsightsPage::showFigures);
    connect(m_computation, &InsightsComputation::failed, this, &InsightsPage::showFailure);
    connect(m_changes, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_drill, &DrillDownDialog::guestOpened, this, &InsightsPage::guestOpened);
    connect(m_drill, &DrillDownDialog::ticketOpened, this,
            [this](const QString &uuid) { Q_EMIT ticketOpened(uuid, {}); });
    connect(m_drill, &DrillDownDialog::feedbackOpened, this,
            [this](const QString &uuid) { Q_EMIT feedbackOpened(uuid, {}); });
    // Whatever changes what the KPIs count: compute again a moment after (never while hidden).
    OpenVenue &venue = services.openVenue;
    for (RecordEvents *source : std::initializer_list<RecordEvents *>{
             &services.guests, &services.stays, &venue.tickets(), &venue.feedback(), &services.venue})
        followRecords(*source, this, [this] { recordsChanged(); });
    // Read the venue's facts ahead, a moment after the window opens, so the first visit paints
    // its tiles from memory (docs/decisions.md, "The page keeps its facts").
    QTimer::singleShot(PrefetchDelayMs, m_computation, &InsightsComputation::prefetch);
}

InsightsPage::~InsightsPage() = default;

KpiPeriod InsightsPage::period() const
{
    const QString token = m_period->currentData().toString();
    if (token == Custom)
        return KpiPeriod{m_from->date(), m_to->date()};
    const auto preset = kpiPresetFromToken(token);
    return KpiPeriod::preset(preset.value_or(KpiPreset::LastMonth), m_services.openVenue.clock().today());
}

KpiFilter InsightsPage::filter() const
{
    KpiFilter f;
    f.feedbackChannel = m_channel->currentData().toString();
    f.nationality = m_nationality->currentData().toString();
    f.language = m_language->currentData().toString();
    f.source = m_source->currentData().toString();
    f.vipOnly = m_vip->isChecked();
    return f;
}

bool InsightsPage::isComputing() const
{
    return m_computation->isRunning();
}

void InsightsPage::refresh()
{
    m_changes->stop();
    const KpiPeriod p = period();
    if (!p.isValid()) {
        m_messages->showError(tr("The period's first day is after its last day: choose the dates again."));
        return;
    }
    m_messages->hide();
    m_stale = false;
    m_computing->setVisible(true);
    m_computation->start(p, filter(), m_choicesStale);
}

void InsightsPage::periodChosen()
{
    const bool custom = m_period->currentData().toString() == Custom;
    if (custom) {
        // Start from the dates on screen, so a small change is a small edit.
        const KpiPeriod shown =
            m_figures ? m_figures->period
                      : KpiPeriod::preset(KpiPreset::LastMonth, m_services.openVenue.clock().today());
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(shown.from);
        m_to->setDate(shown.to);
    }
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    filtersChanged();
}

void InsightsPage::filtersChanged()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void InsightsPage::recordsChanged()
{
    m_computation->forgetFacts();
    m_stale = true;
    m_choicesStale = true;
    if (isVisible())
        m_changes->start();
}

void InsightsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_stale)
        return;
    m_shown.start();
    m_timingPaint = true;
    m_awaitingPaint = false;
    refresh();
}

bool InsightsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_awaitingPaint && !m_tiles->tiles().isEmpty()
        && watched == m_tiles->tiles().constFirst()) {
        m_awaitingPaint = false;
        m_showToPaintMs = m_shown.elapsed();
    }
    return QWidget::eventFilter(watched, event);
}

void InsightsPage::showFigures(const InsightsFigures &figures)
{
    if (!figures.complete) {
        // The tiles' values from the facts in memory; the rest (and the drill-downs' facts)
        // come with the complete figures, "Computing…" stays until then.
        InsightsFigures tiles = figures;
        if (m_figures && m_figures->period == figures.period)
            tiles.sparklines = m_figures->sparklines;
        m_awaitingPaint = std::exchange(m_timingPaint, false);
        m_tiles->showFigures(tiles);
        return;
    }
    m_computing->setVisible(false);
    m_figures = figures;
    m_awaitingPaint = std::exchange(m_timingPaint, false);
    if (figures.hasChoices) {
        m_choicesStale = false;
        fillChoices(figures.choices);
    }
    m_tiles->showFigures(figures);
    m_charts->showSeries(figures.series, figures.topics, categoryLabels());
    const KpiPeriod &p = figures.period;
    m_caption->setText(tr("%1, compared with %2 and with %3")
                           .arg(periodText(p), periodText(p.previous()), periodText(p.yearBefore())));
    m_computing->setToolTip(tr("Last computed in %1 ms").arg(QLocale().toString(figures.computeMs)));
    if (!figures.topicsError.isEmpty())
        m_messages->showMessage(figures.topicsError, MessageBar::Kind::Warning);
    Q_EMIT figuresShown();
}

void InsightsPage::showFailure(const Error &error)
{
    m_computing->setVisible(false);
    m_messages->showError(error.message); // the figures on screen stay
}

void InsightsPage::fillChoices(const InsightChoices &choices)
{
    const auto refill = [](QComboBox *box, const QStringList &codes, auto name) {
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        while (box->count() > 1)
            box->removeItem(1);
        QStringList all = codes;
        if (!current.isEmpty() && !all.contains(current))
            all.prepend(current); // keep the filter in force even when nobody has it any more
        for (const QString &code : std::as_const(all))
            box->addItem(name(code), code);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_nationality, choices.nationalities, [](const QString &code) {
        const auto territory = QLocale::codeToTerritory(code);
        return territory == QLocale::AnyTerritory
                   ? code
                   : tr("%1 (%2)").arg(QLocale::territoryToString(territory), code);
    });
    refill(m_language, choices.languages, [](const QString &code) {
        const QLocale locale(code);
        return locale.language() == QLocale::C ? code : tr("%1 (%2)").arg(locale.nativeLanguageName(), code);
    });
}

QString InsightsPage::periodText(const KpiPeriod &p) const
{
    const QLocale locale;
    if (p.isWholeMonth())
        return tr("%1 %2").arg(locale.standaloneMonthName(p.from.month()), QString::number(p.from.year()));
    return tr("%1 – %2").arg(Format::date(p.from), Format::date(p.to));
}

QMap<QString, QString> InsightsPage::categoryLabels() const
{
    QMap<QString, QString> labels;
    if (auto items = m_services.openVenue.ticketSettings().items(TicketListItem::List::Categories, true)) {
        for (const TicketListItem &item : std::as_const(*items))
            labels.insert(item.key, item.label);
    }
    return labels;
}

void InsightsPage::showDrillDown(const DrillDown &drill)
{
    m_drill->showDrillDown(drill);
}

void InsightsPage::drillKpi(const QString &kpiKey)
{
    InsightsDrill drill;
    drill.kind = InsightsDrill::Kind::Kpi;
    drill.kpiKey = kpiKey;
    if (m_figures)
        drill.period = m_figures->period;
    drillChart(drill);
}

void InsightsPage::drillChart(const InsightsDrill &drill)
{
    if (!m_figures || !m_figures->facts)
        return; // nothing computed yet: nothing to list
    const KpiFacts &facts = *m_figures->facts;
    const KpiPeriod period = drill.period.isValid() ? drill.period : m_figures->period;
    DrillDown d;
    d.period = periodText(period);
    switch (drill.kind) {
    case InsightsDrill::Kind::Kpi: {
        const auto kpi = KpiBoard::find(drill.kpiKey);
        if (!kpi)
            return;
        const KpiMembers members = kpi->members(facts, period);
        d.title = kpi->title();
        d.population = members.population;
        d.counted = members.counted;
        d.hits = members.hits;
        d.hasHits = kpi->unit() == KpiUnit::Rate || !members.hits.isEmpty();
        break;
    }
    case InsightsDrill::Kind::Complaints:
        d.title = drill.category.isEmpty()
                      ? tr("Complaints")
                      : tr("Complaints: %1").arg(categoryLabels().value(drill.category, drill.category));
        d.population = KpiPopulation::Tickets;
        d.counted = InsightSeries::complaintsIn(facts, period, drill.category);
        break;
    case InsightsDrill::Kind::Cohort:
        d.title =
            tr("Guests whose first stay began in %1").arg(periodText(KpiPeriod::month(drill.cohortMonth)));
        d.period.clear();
        d.population = KpiPopulation::Guests;
        d.counted = InsightSeries::cohortGuests(facts, drill.cohortMonth, 0);
        if (drill.withinMonths > 0) {
            d.hits = InsightSeries::cohortGuests(facts, drill.cohortMonth, drill.withinMonths);
            d.hasHits = true;
            d.title =
                tr("%1; came back within months: %2").arg(d.title, QLocale().toString(drill.withinMonths));
        }
        break;
    case InsightsDrill::Kind::Mix:
        d.title = drill.value.isEmpty() ? tr("Guests with nothing recorded here")
                                        : tr("Guests: %1").arg(drill.value);
        d.population = KpiPopulation::Guests;
        d.counted = InsightSeries::mixGuests(facts, period, drill.mix, drill.value);
        break;
    case InsightsDrill::Kind::Topic: {
        d.title = tr("Feedback about %1").arg(HospitalityTopic::text(drill.topic));
        d.population = KpiPopulation::Feedback;
        FeedbackQuery query;
        query.topic = drill.topic;
        query.receivedFrom = period.from.startOfDay().toMSecsSinceEpoch();
        query.receivedTo = period.to.addDays(1).startOfDay().toMSecsSinceEpoch();
        query.limit = 100000;
        auto entries = m_services.openVenue.feedback().list(query);
        if (!entries) {
            m_messages->showError(entries.error().message);
            return;
        }
        // Only what the filters keep, as the charts count it.
        QSet<qint64> kept;
        for (const FeedbackKpiFact &f : facts.feedback)
            kept.insert(f.id);
        for (const FeedbackEntry &e : std::as_const(*entries))
            if (kept.contains(e.id))
                d.counted.append(e.id);
        std::sort(d.counted.begin(), d.counted.end());
        break;
    }
    }
    showDrillDown(d);
}

void InsightsPage::exportTables()
{
    const QString folder = FileChooser::chooseFolder(this, tr("Export Tables as CSV"), QDir::homePath());
    if (folder.isEmpty())
        return;
    auto written = exportTablesTo(folder);
    if (!written) {
        m_messages->showError(written.error().message);
        return;
    }
    m_messages->showInfo(tr("Tables saved as CSV in %1 (files: %2).")
                             .arg(QDir::toNativeSeparators(folder), QLocale().toString(written->size())));
}

void InsightsPage::savePdfReport()
{
    const KpiPeriod p = period();
    if (!p.isValid()) {
        m_messages->showError(tr("The period's first day is after its last day: choose the dates again."));
        return;
    }
    const QString suggested = QDir::home().filePath(
        tr("insights-%1-%2.pdf").arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate)));
    const QString path =
        FileChooser::saveFile(this, tr("Save Report as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status ok = savePdfReportTo(path);
    QApplication::restoreOverrideCursor();
    if (!ok)
        m_messages->showError(ok.error().message);
    else
        m_messages->showInfo(tr("Report saved as %1.").arg(QDir::toNativeSeparators(path)));
}

Status InsightsPage::savePdfReportTo(const QString &path)
{
    auto report = InsightsReport::gather(m_services.openVenue, period());
    if (!report)
        return std::unexpected(report.error());
    auto bytes = ReportPdf::render(*report);
    if (!bytes)
        return std::unexpected(bytes.error());
    return ReportFiles::write({ReportFiles::File{path, *bytes}}, {}, m_services.openVenue.path());
}

Result<QStringList> InsightsPage::exportTablesTo(const QString &folder)
{
    const QDir dir(folder);
    const QString venuePath = m_services.openVenue.path();
    QStringList written;
    const QString kpis = dir.filePath(QStringLiteral("kpis.csv"));
    if (auto ok = InsightLists::writeCsv(kpis, m_tiles->tableHeader(), m_tiles->tableRows(), venuePath); !ok)
        return std::unexpected(ok.error());
    written << kpis;
    const auto tables = m_charts->tables();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const InsightsCharts::Table &table = tables.at(i);
        const QString path = dir.filePath(fileStem(int(i + 1), table.title) + QStringLiteral(".csv"));
        if (auto ok = InsightLists::writeCsv(path, table.header, table.rows, venuePath); !ok)
            return std::unexpected(ok.error());
        written << path;
    }
    return written;
}

} // namespace innkeep::ui
