// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Insights page in the real main window over a small venue whose figures are computed by hand
// below: tiles, filters, drill-down, F1, the background computation and the CSV exports.
#include "appservices.h"
#include "demo/demogenerator.h"
#include "feedback/feedbackpage.h"
#include "insights/drilldowndialog.h"
#include "insights/insightlistmodel.h"
#include "insights/insightscharts.h"
#include "insights/insightscomputation.h"
#include "insights/insightspage.h"
#include "insights/kpisparkline.h"
#include "insights/kpitile.h"
#include "insights/kpitilegrid.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "navigation/navigationrail.h"
#include "profile/guestprofilepage.h"
#include "samplevenue.h"
#include "screenshotfile.h"
#include "tempdatabase.h"
#include "tickets/ticketdetailpanel.h"
#include "tickets/ticketsmodule.h"
#include "tickets/ticketspage.h"
#include "venue/venuesettings.h"
#include "widgets/filechooser.h"
#include "widgets/theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTranslator>

using namespace innkeep;
using namespace innkeep::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr auto Private = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

qint64 noon(const QDate &date)
{
    return QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
}

// The test clock says 15 June 2026, so the page opens on last month: May 2026.
//   Guests: Ani (AM, VIP), Nino (GE), Aram (AM), Jean (FR).
//   Stays arriving in May: Ani 5 May (her 2nd stay: 10 March before), Nino 10 May (+ one
//   cancelled 28 May, not counted), Aram 20 May and 25 May. Jean only in April.
//   Repeat-guest rate, May = guests with a May arrival and ≥ 2 stays by 31 May / guests with a May
//   arrival = {Ani, Aram} / {Ani, Nino, Aram} = 2/3 → 67%. April: {Jean} → 0/1 = 0%.
//   NPS answers received in May: Ani 10 (survey), Nino 9 (survey), Aram 3 (survey), anonymous 10
//   (e-mail): promoters 3, detractors 1, of 4 → 100 × (3 − 1) / 4 = 50.
//   Only AM guests: repeat {Ani, Aram}/{Ani, Aram} = 100%; NPS Ani 10, Aram 3 → (1 − 1)/2 = 0.
//   Only e-mail feedback: NPS of the anonymous 10 = 100 (stays not filtered: repeat stays 67%).
struct Venue
{
    test::TempDatabase t;
    AppServices services{t.db()};
    QString ani, nino, aram, jean;

    Venue()
    {
        REQUIRE(services.venue.setCurrency(u"EUR"_s));
        ani = guest(u"Ani"_s, u"Hakobyan"_s, u"AM"_s, 1);
        nino = guest(u"Nino"_s, u"Beridze"_s, u"GE"_s);
        aram = guest(u"Aram"_s, u"Petrosyan"_s, u"AM"_s);
        jean = guest(u"Jean"_s, u"Martin"_s, u"FR"_s);
        stay(ani, QDate(2026, 3, 10), QDate(2026, 3, 12));
        stay(ani, QDate(2026, 5, 5), QDate(2026, 5, 7));
        stay(nino, QDate(2026, 5, 10), QDate(2026, 5, 12));
        stay(nino, QDate(2026, 5, 28), QDate(2026, 5, 29), StayStatus::Cancelled);
        stay(aram, QDate(2026, 5, 20), QDate(2026, 5, 22));
        stay(aram, QDate(2026, 5, 25), QDate(2026, 5, 26));
        stay(jean, QDate(2026, 4, 1), QDate(2026, 4, 3));
        nps(ani, 10, QDate(2026, 5, 6));
        nps(nino, 9, QDate(2026, 5, 12));
        nps(aram, 3, QDate(2026, 5, 26));
        nps({}, 10, QDate(2026, 5, 15), FeedbackChannel::Email);
    }

    QString guest(const QString &given, const QString &family, const QString &nationality, int vip = 0)
    {
        Guest g;
        g.givenName = given;
        g.familyName = family;
        g.nationality = nationality;
        g.vipLevel = vip;
        auto added = services.guests.add(g);
        REQUIRE(added);
        return added->uuid;
    }

    void stay(const QString &guestUuid, const QDate &arrival, const QDate &departure,
              StayStatus status = StayStatus::CheckedOut)
    {
        Stay s;
        s.guestUuid = guestUuid;
        s.arrival = arrival;
        s.departure = departure;
        s.status = status;
        REQUIRE(services.stays.add(s));
    }

    void nps(const QString &guestUuid, int score, const QDate &received,
             FeedbackChannel channel = FeedbackChannel::Survey)
    {
        NewFeedback input;
        input.guestUuid = guestUuid;
        input.channel = channel;
        auto rating = Rating::parse(u"nps:%1"_s.arg(score));
        REQUIRE(rating);
        input.rating = *rating;
        input.receivedAt = noon(received);
        REQUIRE(services.openVenue.feedback().add(input));
    }
};

void waitForFigures(InsightsPage *page)
{
    REQUIRE(QTest::qWaitFor([page] { return !page->isComputing() && page->figures().has_value(); }, 20000));
    QCoreApplication::processEvents();
}

// Changes a filter and waits for the figures it asks for.
template<typename Change>
void refilter(InsightsPage *page, Change change)
{
    QSignalSpy shown(page, &InsightsPage::figuresShown);
    change();
    REQUIRE((shown.count() > 0 || shown.wait(20000)));
    waitForFigures(page);
}

} // namespace

TEST_CASE("the Insights page shows the hand-computed KPIs, filters them and lists the guests behind them",
          "[ui][insights]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Venue v;
    MainWindow window(v.services);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    InsightsPage *page = window.insightsPage();
    REQUIRE(page);
    REQUIRE_FALSE(page->figures()); // nothing is computed before the page is shown

    // Ctrl+5 opens it (after Tickets Ctrl+3 and Feedback Ctrl+4), on last month.
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    REQUIRE(window.currentPage() == page);
    CHECK(window.rail()->button(window.rail()->current())->text() == u"Insights"_s);
    CHECK(page->period() == KpiPeriod{QDate(2026, 5, 1), QDate(2026, 5, 31)});
    waitForFigures(page);

    // Computed off the GUI thread, in a worker of the venue's job runner.
    REQUIRE(page->figures()->thread != nullptr);
    CHECK(page->figures()->thread != QCoreApplication::instance()->thread());
    CHECK(page->figures()->thread != QThread::currentThread());

    KpiTile *repeat = page->tiles()->tile(u"repeat_guest_rate"_s);
    KpiTile *nps = page->tiles()->tile(u"nps"_s);
    REQUIRE(repeat);
    REQUIRE(nps);
    CHECK(page->tiles()->tiles().size()
          == KpiBoard::all().size()); // one tile per KPI, whatever the board holds
    CHECK(repeat->valueText() == u"67%"_s);
    CHECK(repeat->countText() == u"Guests counted: 3"_s);
    CHECK(repeat->previousText() == u"▲ 66.7 pts"_s); // April: 0%
    CHECK(nps->valueText() == u"50"_s);
    CHECK(nps->countText() == u"Answers counted: 4"_s);
    CHECK(nps->previousText() == u"—"_s); // no NPS answers in April
    // The sparkline's last month is May, with the tile's figure.
    REQUIRE(repeat->sparkline()->values().size() == 12);
    CHECK(repeat->sparkline()->values().constLast() == std::optional<double>(2.0 / 3.0));
    CHECK(repeat->sparkline()->values().at(10) == std::optional<double>(0.0)); // April

    SECTION("the filters change the figures")
    {
        refilter(page,
                 [&] { page->nationalityBox()->setCurrentIndex(page->nationalityBox()->findData(u"AM"_s)); });
        CHECK(page->figures()->filter.nationality == u"AM"_s);
        // A filter does not change what guests carry: the choices are not read again, and stay.
        CHECK_FALSE(page->figures()->hasChoices);
        CHECK(page->nationalityBox()->count() == 4); // all, AM, FR, GE
        CHECK(page->nationalityBox()->currentData().toString() == u"AM"_s);
        CHECK(repeat->valueText() == u"100%"_s);
        CHECK(repeat->countText() == u"Guests counted: 2"_s);
        CHECK(nps->valueText() == u"0"_s);
        CHECK(nps->countText() == u"Answers counted: 2"_s);

        refilter(page, [&] { page->nationalityBox()->setCurrentIndex(0); });
        refilter(page,
                 [&] { page->channelBox()->setCurrentIndex(page->channelBox()->findData(u"email"_s)); });
        CHECK(nps->valueText() == u"100"_s);
        CHECK(repeat->valueText() == u"67%"_s); // stays are not filtered by the feedback channel

        refilter(page, [&] { page->channelBox()->setCurrentIndex(0); });
        refilter(page, [&] { page->vipBox()->setChecked(true); });
        CHECK(repeat->countText() == u"Guests counted: 1"_s); // Ani
        CHECK(repeat->valueText() == u"100%"_s);

        // A period that ends before the only repeat guests' stays.
        refilter(page, [&] { page->vipBox()->setChecked(false); });
        refilter(page, [&] { page->periodBox()->setCurrentIndex(page->periodBox()->findData(u"custom"_s)); });
        refilter(page, [&] {
            page->fromEdit()->setDate(QDate(2026, 4, 1));
            page->toEdit()->setDate(QDate(2026, 4, 30));
        });
        CHECK(repeat->valueText() == u"0%"_s);
        CHECK(repeat->countText() == u"Guests counted: 1"_s); // Jean
    }

    SECTION("a tile's drill-down lists the guests counted and the repeat guests; Enter opens a profile")
    {
        repeat->setFocus();
        QTest::keyClick(repeat, Qt::Key_Return);
        DrillDownDialog *drill = page->drillDownDialog();
        REQUIRE(drill->isVisible());
        REQUIRE(QTest::qWaitFor([drill] { return !drill->isReading() && drill->model()->rowCount() > 0; },
                                10000));
        QAbstractItemModelTester tester(drill->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto names = [drill] {
            QStringList shown;
            for (int row = 0; row < drill->model()->rowCount(); ++row)
                shown << drill->model()->index(row, 0).data().toString();
            return shown;
        };
        CHECK(drill->countedButton()->text() == u"&Counted (3)"_s);
        CHECK(drill->hitsButton()->text() == u"&Hits (2)"_s);
        CHECK(names() == QStringList{u"Ani Hakobyan"_s, u"Nino Beridze"_s, u"Aram Petrosyan"_s});
        drill->hitsButton()->click();
        CHECK(names() == QStringList{u"Ani Hakobyan"_s, u"Aram Petrosyan"_s});
        CHECK(drill->model()->index(1, 3).data().toString() == u"2"_s); // Aram's counted stays

        // Export CSV writes what the list shows, private to the user.
        const QString csv = v.t.filePath(u"repeat.csv"_s);
        FileChooser::answerNext(csv);
        drill->exportCsv();
        REQUIRE(QFileInfo::exists(csv));
        CHECK(QFileInfo(csv).permissions() == Private);
        const QList<QByteArray> lines = test::readBytes(csv).split('\n');
        CHECK(lines.at(0).startsWith("Guest,Nationality,VIP,Stays,Last arrival"));
        CHECK(lines.at(1).startsWith("Ani Hakobyan,AM,"));
        CHECK(lines.at(2).startsWith("Aram Petrosyan,AM,,2,"));
        CHECK(lines.size() == 4); // header, two rows, the empty rest after the last CRLF

        drill->view()->setCurrentIndex(drill->model()->index(1, 0));
        QApplication::setActiveWindow(drill);
        QTest::keyClick(drill->view(), Qt::Key_Return);
        CHECK_FALSE(drill->isVisible());
        CHECK(window.currentPage() == window.profilePage());
        CHECK(window.profilePage()->guestUuid() == v.aram);
    }

    SECTION("F1 on a focused tile shows the formula and the population; hovering says the same")
    {
        nps->setFocus();
        QTest::keyClick(nps, Qt::Key_F1);
        REQUIRE(QTest::qWaitFor([] { return QToolTip::isVisible(); }, 2000));
        const QString formula = KpiBoard::find(u"nps"_s)->formula();
        CHECK(QToolTip::text().contains(formula));
        CHECK(QToolTip::text().contains(u"Counted over: answers."_s));
        CHECK(QToolTip::text().contains(u"Answers counted: 4"_s));
        CHECK(nps->toolTip() == QToolTip::text());
        CHECK(QApplication::activeModalWidget() == nullptr); // not the window's Keyboard Shortcuts
        QToolTip::hideText();
    }

    SECTION("the tables export as private CSV files with the figures on screen")
    {
        const QString folder = v.t.filePath(u"export"_s);
        REQUIRE(QDir().mkpath(folder));
        FileChooser::answerNext(folder);
        page->exportTables();
        const QString kpis = QDir(folder).filePath(u"kpis.csv"_s);
        REQUIRE(QFileInfo::exists(kpis));
        const QStringList files = QDir(folder).entryList(QDir::Files);
        CHECK(files.size() >= 1);
        for (const QString &file : files)
            CHECK(QFileInfo(QDir(folder).filePath(file)).permissions() == Private);
        const QByteArray text = test::readBytes(kpis);
        CHECK(text.startsWith("KPI,Key,Value,Counted,Previous period,"));
        CHECK(text.contains("Repeat guests,repeat_guest_rate,67%,3,0%,up 66.7 pts,"));
        CHECK(text.split('\n').size() == KpiBoard::all().size() + 2);
    }

    SECTION("the page computes again a moment after the venue's records change, and then rests")
    {
        QSignalSpy shown(page, &InsightsPage::figuresShown);
        v.stay(v.jean, QDate(2026, 5, 18), QDate(2026, 5, 20)); // Jean's 2nd stay, in May: a repeat guest
        REQUIRE(shown.wait(20000));
        waitForFigures(page);
        CHECK(repeat->countText() == u"Guests counted: 4"_s);
        CHECK(repeat->valueText() == u"75%"_s); // 3 of 4
        CHECK(page->figures()->hasChoices);     // records changed: the filter choices are read again
        // Reading on its own connection does not count as a change: no computation follows.
        const int after = int(shown.count());
        QTest::qWait(2500);
        CHECK(shown.count() == after);
        CHECK_FALSE(page->isComputing());
    }
}

TEST_CASE("a chart's bar lists its records, a ticket opens on the Tickets page, and Tab runs through the tiles",
          "[ui][insights]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Venue v;
    // A noise complaint by Nino, logged today (15 June 2026).
    NewTicket input;
    input.guestUuid = v.nino;
    input.category = u"noise"_s;
    input.description = u"Music next door"_s;
    auto ticket = v.services.openVenue.tickets().create(input);
    REQUIRE(ticket);
    // A comment card in May about a dirty, noisy room: whatever topics the analyser reads in it.
    NewFeedback card;
    card.guestUuid = v.aram;
    card.channel = FeedbackChannel::CommentCard;
    card.text = u"The room was dirty and the street noise kept us awake all night."_s;
    card.receivedAt = noon(QDate(2026, 5, 27));
    auto written = v.services.openVenue.feedback().add(card);
    REQUIRE(written);
    auto analysed = v.services.openVenue.feedback().entry(written->uuid);
    REQUIRE(analysed);
    REQUIRE_FALSE(analysed->effectiveTopics().isEmpty());
    MainWindow window(v.services);
    TicketsModule module(v.services, window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    InsightsPage *page = window.insightsPage();
    window.showPage(page);
    waitForFigures(page);
    DrillDownDialog *drill = page->drillDownDialog();
    auto waitForList = [drill] {
        REQUIRE(QTest::qWaitFor([drill] { return !drill->isReading() && drill->isVisible(); }, 10000));
        QCoreApplication::processEvents();
    };

    // Cohort of March 2026 (Ani's first stay); came back within 3 months: Ani (5 May).
    InsightsDrill cohort;
    cohort.kind = InsightsDrill::Kind::Cohort;
    cohort.cohortMonth = QDate(2026, 3, 1);
    cohort.withinMonths = 3;
    Q_EMIT page->charts()->drillDown(cohort);
    waitForList();
    CHECK(drill->drillDown().counted.size() == 1);
    CHECK(drill->hitsButton()->text() == u"&Hits (1)"_s);
    REQUIRE(drill->model()->rowCount() == 1);
    CHECK(drill->model()->index(0, 0).data().toString() == u"Ani Hakobyan"_s);

    // A point of a KPI line: the repeat-guest rate over April lists Jean.
    InsightsDrill april;
    april.kind = InsightsDrill::Kind::Kpi;
    april.kpiKey = u"repeat_guest_rate"_s;
    april.period = KpiPeriod::month(QDate(2026, 4, 1));
    Q_EMIT page->charts()->drillDown(april);
    waitForList();
    REQUIRE(drill->model()->rowCount() == 1);
    CHECK(drill->model()->index(0, 0).data().toString() == u"Jean Martin"_s);

    // A topic in May: the comment card (not the NPS answers, which have no text).
    InsightsDrill topic;
    topic.kind = InsightsDrill::Kind::Topic;
    topic.topic = analysed->effectiveTopics().constFirst().topic;
    topic.period = KpiPeriod::month(QDate(2026, 5, 1));
    Q_EMIT page->charts()->drillDown(topic);
    waitForList();
    REQUIRE(drill->model()->rowCount() == 1);
    CHECK(drill->model()->index(0, 0).data(IdRole).toString() == written->uuid);
    CHECK(drill->model()->index(0, 4).data().toString() == card.text);
    // Open shows the entry on the Feedback page.
    drill->openCurrent();
    CHECK(window.currentPage() == module.feedbackPage());
    CHECK(module.feedbackPage()->currentUuid() == written->uuid);
    window.showPage(page);

    // Noise complaints in June: Nino's ticket; Enter opens it on the Tickets page.
    InsightsDrill noise;
    noise.kind = InsightsDrill::Kind::Complaints;
    noise.category = u"noise"_s;
    noise.period = KpiPeriod::month(QDate(2026, 6, 1));
    Q_EMIT page->charts()->drillDown(noise);
    waitForList();
    REQUIRE(drill->model()->rowCount() == 1);
    CHECK(drill->model()->index(0, 1).data().toString() == u"Nino Beridze"_s);
    CHECK(drill->model()->index(0, 3).data().toString() == u"Noise"_s);
    CHECK(drill->model()->index(0, 7).data().toString() == u"Music next door"_s);
    drill->openCurrent();
    CHECK_FALSE(drill->isVisible());
    CHECK(window.currentPage() == module.ticketsPage());
    CHECK(module.ticketsPage()->detail()->ticketUuid() == ticket->uuid);

    // The rail reads Today, Guests, Tickets, Feedback, Insights, Settings, and Tab goes that way
    // too (Insights was added before the Tickets module added its pages).
    QStringList railTabs;
    QWidget *stop = window.rail()->button(0);
    for (int i = 0; i < window.rail()->count(); ++i) {
        railTabs << qobject_cast<QToolButton *>(stop)->text();
        do
            stop = stop->nextInFocusChain();
        while (!qobject_cast<QToolButton *>(stop) || stop->parentWidget() != window.rail());
    }
    CHECK(railTabs
          == QStringList{u"Today"_s, u"Guests"_s, u"Tickets"_s, u"Feedback"_s, u"Insights"_s, u"Settings"_s});

    // Tab from the export button reaches the tiles in catalogue order.
    window.showPage(page);
    page->exportButton()->setFocus();
    QWidget *at = page->exportButton();
    for (KpiTile *tile : page->tiles()->tiles()) {
        at = at->nextInFocusChain();
        while (!(at->focusPolicy() & Qt::TabFocus) || !at->isVisible())
            at = at->nextInFocusChain();
        CHECK(at == tile);
    }
}

TEST_CASE("the Insights page keeps its figures and says Computing while a new computation runs",
          "[ui][insights]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Venue v;
    MainWindow window(v.services);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    InsightsPage *page = window.insightsPage();
    window.showPage(page);
    waitForFigures(page);
    KpiTile *repeat = page->tiles()->tile(u"repeat_guest_rate"_s);
    QSignalSpy shown(page, &InsightsPage::figuresShown);
    page->nationalityBox()->setCurrentIndex(page->nationalityBox()->findData(u"GE"_s));
    CHECK(page->isComputing());
    CHECK(page->computingLabel()->isVisibleTo(page));
    CHECK(repeat->valueText() == u"67%"_s); // the figures on screen stay until the new ones arrive
    // Two requests in a row: only the last one's figures are shown.
    page->nationalityBox()->setCurrentIndex(page->nationalityBox()->findData(u"AM"_s));
    REQUIRE(shown.wait(20000));
    waitForFigures(page);
    CHECK(page->figures()->filter.nationality == u"AM"_s);
    CHECK(repeat->valueText() == u"100%"_s);
    CHECK_FALSE(page->computingLabel()->isVisibleTo(page));
    QTest::qWait(200);
    CHECK(shown.count() == 1);
}

TEST_CASE("the Insights computation keeps the venue's facts: a filter paints its tiles from memory first",
          "[ui][insights]")
{
    Venue v;
    InsightsComputation computation(v.services.jobs);
    QList<InsightsFigures> delivered;
    QObject::connect(&computation, &InsightsComputation::computed,
                     [&](const InsightsFigures &figures) { delivered.append(figures); });
    const KpiPeriod may{QDate(2026, 5, 1), QDate(2026, 5, 31)};
    auto repeat = [](const InsightsFigures &f) {
        return f.board.reading(u"repeat_guest_rate"_s)->current.value;
    };

    // Nothing in memory yet: one stage, read from the file.
    CHECK_FALSE(computation.hasResidentFacts());
    computation.start(may, {});
    REQUIRE(QTest::qWaitFor([&] { return !delivered.isEmpty() && !computation.isRunning(); }, 20000));
    REQUIRE(delivered.size() == 1);
    CHECK(delivered.first().complete);
    CHECK(repeat(delivered.first()) == Approx(2.0 / 3.0));
    CHECK(computation.hasResidentFacts());

    // A filter: the tiles first, narrowed from memory on a pool thread, then the complete figures.
    delivered.clear();
    KpiFilter armenians;
    armenians.nationality = u"AM"_s;
    // (When the complete figures, read from fresh facts in memory too, win the race, the tiles'
    // stage is rightly dropped: then one delivery, the complete one.)
    computation.start(may, armenians);
    REQUIRE(QTest::qWaitFor(
        [&] { return !delivered.isEmpty() && delivered.constLast().complete && !computation.isRunning(); },
        20000));
    REQUIRE(delivered.size() <= 2);
    if (delivered.size() == 2) {
        CHECK_FALSE(delivered.at(0).complete);
        CHECK(delivered.at(0).thread != QThread::currentThread());
        CHECK(repeat(delivered.at(0)) == Approx(1.0)); // {Ani, Aram} / {Ani, Aram}
    }
    CHECK(repeat(delivered.constLast()) == Approx(1.0));

    // Records changed: the first stage still paints from memory, the complete stage reads the file
    // again and sees Jean's new May stay (Jean: April and May → a repeat guest).
    v.stay(v.jean, QDate(2026, 5, 12), QDate(2026, 5, 13));
    computation.forgetFacts();
    delivered.clear();
    computation.start(may, {});
    REQUIRE(QTest::qWaitFor([&] { return delivered.size() == 2 && !computation.isRunning(); }, 20000));
    CHECK(repeat(delivered.at(0)) == Approx(2.0 / 3.0)); // from memory
    CHECK(repeat(delivered.at(1)) == Approx(3.0 / 4.0)); // {Ani, Aram, Jean} / {Ani, Nino, Aram, Jean}
}

TEST_CASE("the Insights page saves the period's report as a private PDF", "[ui][insights]")
{
    Venue v;
    MainWindow window(v.services);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    InsightsPage *page = window.insightsPage();
    window.showPage(page);
    waitForFigures(page);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"may.pdf"_s);
    FileChooser::answerNext(path);
    page->pdfButton()->click();
    REQUIRE(QFileInfo::exists(path));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    CHECK(pdf.permissions() == Private);
    CHECK(FileChooser::lastSuggested().endsWith(u"insights-2026-05-01-2026-05-31.pdf"_s));
    // A place that cannot be written: the message names it and nothing is left behind.
    const QString blocked = dir.filePath(u"missing/may.pdf"_s);
    CHECK_FALSE(page->savePdfReportTo(blocked));
    CHECK_FALSE(QFileInfo::exists(blocked));
}

TEST_CASE("screenshots of the Insights page", "[.screenshots]")
{
    QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
    theme::initialise();
    theme::apply(theme::Appearance::Light);
    test::TempDatabase t;
    DemoGenerator demo(t.db(), 7);
    REQUIRE(demo.run(400));
    // One currency, as a real venue: the sample guests' set-up changes it, the demo's stays keep theirs.
    const QString currency = VenueSettings(t.db()).currency();
    (void)test::fillSampleVenue(t.db());
    REQUIRE(VenueSettings(t.db()).setCurrency(currency));
    AppServices services(t.db());
    const std::pair<QString, QString> languages[] = {
        {u"en"_s, u"en_GB"_s}, {u"hy"_s, u"hy_AM"_s}, {u"ka"_s, u"ka_GE"_s}};
    for (const auto &[language, locale] : languages) {
        QLocale::setDefault(QLocale(locale));
        QTranslator translator;
        if (language != u"en"_s) {
            REQUIRE(translator.load(u":/i18n/innkeep_%1.qm"_s.arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        {
            MainWindow window(services);
            TicketsModule module(services, window);
            window.resize(1366, 768);
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            InsightsPage *page = window.insightsPage();
            window.showPage(page);
            waitForFigures(page);
            page->tiles()->tiles().constFirst()->setFocus();
            saveScreenshot(&window, u"insights-%1"_s.arg(language));
            if (language == u"en"_s) {
                // The records behind the first tile, the repeat guests chosen.
                page->drillKpi(page->tiles()->tiles().constFirst()->kpi().key());
                DrillDownDialog *drill = page->drillDownDialog();
                REQUIRE(QTest::qWaitFor(
                    [drill] { return !drill->isReading() && drill->model()->rowCount() > 0; }, 10000));
                drill->hitsButton()->click();
                saveScreenshot(drill, u"insights-drilldown-en"_s);
                drill->hide();
            }
        }
        QCoreApplication::removeTranslator(&translator);
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

// Not run by default (hidden tag): INNKEEP_BENCH_GUESTS=100000 innkeep_ui_tests "[.bench]".
TEST_CASE("Insights page from showing to tiles painted on a large demo venue", "[.bench]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const qint64 guests = qEnvironmentVariableIsSet("INNKEEP_BENCH_GUESTS")
                              ? qEnvironmentVariable("INNKEEP_BENCH_GUESTS").toLongLong()
                              : 10000;
    test::TempDatabase t;
    QElapsedTimer made;
    made.start();
    DemoGenerator demo(t.db(), 7);
    REQUIRE(demo.run(guests));
    WARN("demo venue of " << guests << " guests made in " << made.elapsed() << " ms");
    AppServices services(t.db());
    MainWindow window(services);
    TicketsModule module(services, window);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    InsightsPage *page = window.insightsPage();
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer shown;
        shown.start();
        if (round == 0) {
            window.showPage(page);
        } else {
            // Again with a filter changed (the same work: one load, every KPI, every chart).
            page->vipBox()->setChecked(round == 1);
        }
        REQUIRE(
            QTest::qWaitFor([page] { return !page->isComputing() && page->figures().has_value(); }, 120000));
        REQUIRE(QTest::qWaitFor([page, round] { return round > 0 || page->showToPaintMs() >= 0; }, 5000));
        QCoreApplication::processEvents();
        QStringList steps;
        for (const auto &[name, ms] : page->figures()->steps)
            steps << u"%1 %2"_s.arg(name).arg(ms);
        WARN("round " << round << " steps (ms): " << steps.join(u", "_s).toStdString());
        WARN("round " << round << ": figures on screen after " << shown.elapsed() << " ms (computed in "
                      << page->figures()->computeMs << " ms on the worker; show to tiles painted "
                      << page->showToPaintMs() << " ms)");
    }
}
