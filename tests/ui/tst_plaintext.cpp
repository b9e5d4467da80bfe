// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// User text is shown as written, never as markup (issue 16, items 5 and 13): a guest whose name,
// preference, note, room, tags, ticket and feedback hold HTML, and a staff member whose name does,
// through the real main window. Every label and tooltip that shows a piece of it must show all of
// it, tags and all; rich labels are read back through QTextDocument, the way Qt renders them.
#include "appservices.h"
#include "feedback/feedbackpage.h"
#include "guests/guesteditdialog.h"
#include "guests/guestspage.h"
#include "mainwindow.h"
#include "models/searchresultsmodel.h"
#include "profile/guestprofilepage.h"
#include "profile/overviewtab.h"
#include "profile/preferencestab.h"
#include "search/globalsearch.h"
#include "tempdatabase.h"
#include "tickets/handoverdialog.h"
#include "tickets/ticketdetailpanel.h"
#include "tickets/ticketservices.h"
#include "tickets/ticketsmodule.h"
#include "tickets/ticketspage.h"
#include "today/todaypage.h"
#include "widgets/alertbanner.h"
#include "widgets/messagebar.h"

#include <QAbstractItemView>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace innkeep;
using namespace innkeep::ui;

namespace {

// A piece of user text and a word of it that survives when Qt renders the markup: wherever the
// word shows, the whole text must show.
struct Hostile
{
    QString literal;
    QString word;
};

const Hostile Name{
    QStringLiteral(
        "<b style=\"font-size:40pt;color:red\">VIP GUEST – DO NOT CHARGE</b><img src=\"/etc/x.png\">"),
    QStringLiteral("DO NOT CHARGE")};
const Hostile Allergy{QStringLiteral("<span style=\"display:none\">Sesame allergy</span>"),
                      QStringLiteral("Sesame allergy")};
const Hostile Blocked{QStringLiteral("<font color=\"white\">Unpaid minibar</font>"),
                      QStringLiteral("Unpaid minibar")};
const Hostile Company{QStringLiteral("<a href=\"https://example.com\">Acme Travel</a>"),
                      QStringLiteral("Acme Travel")};
const Hostile Tag{QStringLiteral("<big>cyclist</big>"), QStringLiteral("cyclist")};
const Hostile Note{QStringLiteral("<h1>Late checkout promised</h1>"),
                   QStringLiteral("Late checkout promised")};
const Hostile Staff{QStringLiteral("<i>Lilit</i>"), QStringLiteral("Lilit")};
const Hostile Room{QStringLiteral("<b>R7</b>"), QStringLiteral("R7")};
const Hostile Complaint{QStringLiteral("<u>Broken shower</u>"), QStringLiteral("Broken shower")};
const Hostile TicketNote{QStringLiteral("<s>Plumber called</s>"), QStringLiteral("Plumber called")};
const Hostile Review{QStringLiteral("<b>Rude at reception</b>"), QStringLiteral("Rude at reception")};
const QList<Hostile> Everything{Name,  Allergy, Blocked,   Company,    Tag,   Note,
                                Staff, Room,    Complaint, TicketNote, Review};

// What Qt shows for `text` in `format`: rich text loses its tags.
QString shown(const QString &text, Qt::TextFormat format)
{
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text)))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

QString shown(const QLabel *label)
{
    return shown(label->text(), label->textFormat());
}

// A tooltip is a QLabel at Qt::AutoText (QTipLabel).
QString shownTip(const QString &tip)
{
    return shown(tip, Qt::AutoText);
}

// Checks one shown text; returns which hostile texts it showed whole.
QStringList check(const QString &what, const QString &text)
{
    QStringList whole;
    for (const Hostile &h : Everything) {
        if (!text.contains(h.word))
            continue;
        INFO(what.toStdString() << " shows \"" << text.toStdString() << "\"");
        CHECK(text.contains(h.literal));
        whole.append(h.literal);
    }
    return whole;
}

// Every label, widget tooltip and item tooltip under `root`: which hostile texts showed whole.
QSet<QString> sweep(QWidget *root)
{
    QSet<QString> seen;
    const auto add = [&seen](const QStringList &whole) {
        for (const QString &s : whole)
            seen.insert(s);
    };
    for (const QLabel *label : root->findChildren<QLabel *>())
        add(check(QStringLiteral("label ") + label->objectName(), shown(label)));
    for (const QWidget *widget : root->findChildren<QWidget *>())
        add(check(QStringLiteral("tooltip of ") + QString::fromLatin1(widget->metaObject()->className()),
                  shownTip(widget->toolTip())));
    for (const QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int row = 0; row < std::min(model->rowCount(), 50); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QString tip = model->index(row, column).data(Qt::ToolTipRole).toString();
                add(check(QStringLiteral("item tooltip in ") + view->accessibleName(), shownTip(tip)));
            }
        }
    }
    return seen;
}

struct HostileVenue
{
    test::TempDatabase t;
    QString guest;
    QString ticket;
    AppServices services{t.db()};

    HostileVenue()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        REQUIRE_OK(services.venue.setCurrency(QStringLiteral("AMD")));
        REQUIRE_OK(services.venue.setPhoneRegion(QStringLiteral("AM")));
        t.db().setStaff(Staff.literal);
        Guest g;
        g.givenName = Name.literal;
        g.familyName = QStringLiteral("Markup");
        g.company = Company.literal;
        g.tags = {Tag.literal};
        g.vipLevel = 1;
        g.blocked = true;
        g.blockedReason = Blocked.literal;
        auto stored = services.guests.add(g);
        REQUIRE_OK(stored);
        guest = stored->uuid;
        REQUIRE_OK(services.guests.addNote(guest, Note.literal));
        Preference allergy;
        allergy.guestUuid = guest;
        allergy.category = PreferenceCategory::Food;
        allergy.value = Allergy.literal;
        allergy.critical = true;
        REQUIRE_OK(services.preferences.record(allergy));
        Stay stay;
        stay.guestUuid = guest;
        stay.arrival = t.clock().today();
        stay.departure = stay.arrival.addDays(2);
        stay.room = Room.literal;
        REQUIRE_OK(services.stays.add(stay));

        TicketServices tickets(t.db());
        NewTicket complaint;
        complaint.guestUuid = guest;
        complaint.room = Room.literal;
        complaint.description = Complaint.literal;
        auto created = tickets.tickets.create(complaint);
        REQUIRE_OK(created);
        ticket = created->uuid;
        REQUIRE_OK(tickets.tickets.addNote(ticket, TicketNote.literal));
        NewFeedback review;
        review.guestUuid = guest;
        review.rating = Rating{1, RatingScale::OneToFive};
        review.text = Review.literal;
        REQUIRE_OK(tickets.feedback.add(review));
    }
};

struct HostileWindow : HostileVenue
{
    MainWindow window{services};
    TicketsModule module{services, window};
    HostileWindow()
    {
        window.resize(1200, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
};

// Saves a picture of `widget` when INNKEEP_TEST_PNG_DIR names a folder (to look at by eye).
void picture(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("INNKEEP_TEST_PNG_DIR");
    if (!dir.isEmpty())
        REQUIRE(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace

TEST_CASE("the profile header and the alert banner show a name and a critical preference as written",
          "[ui][plaintext]")
{
    HostileWindow f;
    f.window.openGuest(f.guest);
    GuestProfilePage *profile = f.window.profilePage();
    const QString fullName = Name.literal + QStringLiteral(" Markup");
    CHECK(profile->nameLabel()->text() == fullName);
    CHECK(shown(profile->nameLabel()) == fullName);

    // The banner: a critical preference and the reason the guest is blocked, each in its label.
    AlertBanner *banner = profile->alertBanner();
    REQUIRE(banner->isVisible());
    QStringList bannerTexts;
    for (const QLabel *label : banner->findChildren<QLabel *>()) {
        if (!label->text().isEmpty())
            bannerTexts.append(shown(label));
    }
    const auto showsWhole = [&bannerTexts](const QString &literal) {
        return std::any_of(bannerTexts.cbegin(), bannerTexts.cend(),
                           [&](const QString &s) { return s.contains(literal); });
    };
    INFO(bannerTexts.join(QStringLiteral(" | ")).toStdString());
    CHECK(showsWhole(Allergy.literal));
    CHECK(showsWhole(Blocked.literal));

    // The header's other labels (contacts, tag badges) too.
    const QSet<QString> seen = sweep(profile);
    for (const Hostile &h : {Name, Allergy, Blocked, Company, Tag})
        CHECK(seen.contains(h.literal));
    picture(profile, QStringLiteral("plaintext-profile.png"));
    picture(banner, QStringLiteral("plaintext-banner.png"));
}

TEST_CASE("the Overview shows notes, their author and rooms as written inside its rich text",
          "[ui][plaintext]")
{
    HostileWindow f;
    f.window.openGuest(f.guest);
    OverviewTab *overview = f.window.profilePage()->overviewTab();
    CHECK(overview->notesLabel()->textFormat() == Qt::RichText);
    const QString notes = shown(overview->notesLabel());
    CHECK(notes.contains(Note.literal));
    CHECK(notes.contains(Staff.literal));
    CHECK(sweep(overview).contains(Room.literal)); // the latest stays
}

TEST_CASE("every label and tooltip on every page shows user text as written", "[ui][plaintext]")
{
    HostileWindow f;
    QSet<QString> seen;
    const auto visit = [&](QWidget *page) {
        f.window.showPage(page);
        seen.unite(sweep(&f.window));
    };
    visit(f.window.todayPage());
    visit(f.window.guestsPage());
    f.window.openGuest(f.guest);
    seen.unite(sweep(&f.window));
    for (int tab = 0; tab < f.window.profilePage()->tabs()->count(); ++tab) {
        f.window.profilePage()->tabs()->setCurrentIndex(tab);
        seen.unite(sweep(&f.window));
    }
    f.module.openTicket(f.ticket);
    seen.unite(sweep(&f.window));
    FeedbackPage *feedback = f.module.feedbackPage();
    visit(feedback);
    feedback->view()->selectRow(0);
    seen.unite(sweep(&f.window));

    for (const Hostile &h : Everything) {
        INFO(h.literal.toStdString());
        CHECK(seen.contains(h.literal));
    }
}

TEST_CASE("the search popup quotes what was typed as written", "[ui][plaintext][search]")
{
    HostileWindow f;
    QTest::keyClick(&f.window, Qt::Key_K, Qt::ControlModifier);
    GlobalSearch *search = f.window.globalSearch();
    QTest::keyClicks(search, QStringLiteral("<b>zzq</b>"));
    REQUIRE(search->isResultsVisible());
    REQUIRE(search->results()->rowCount() == 0);
    bool quoted = false;
    for (const QLabel *label : f.window.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().startsWith(QStringLiteral("Nothing matches"))) {
            CHECK(shown(label).contains(QStringLiteral("“<b>zzq</b>”")));
            quoted = true;
        }
    }
    CHECK(quoted);

    // A pasted letter: the popup quotes only the words that were searched.
    search->clear();
    QStringList words{QStringLiteral("zzq")};
    while (words.size() < 2000)
        words.append(QStringLiteral("<i>word</i>"));
    search->insert(words.join(QLatin1Char(' ')));
    REQUIRE(search->isResultsVisible());
    for (const QLabel *label : f.window.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().startsWith(QStringLiteral("Nothing matches")))
            CHECK(shown(label).contains(GuestSearch::usedQuery(words.join(QLatin1Char(' ')))));
    }

    // A guest found by the name: the result row's name is the name as written.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("Markup"));
    REQUIRE(search->results()->rowCount() >= 1);
    CHECK(search->results()->hit(0).displayName == Name.literal + QStringLiteral(" Markup"));

    // The same name pasted 10,000 times, with 15 more guests of that name: the field searches at
    // once and still finds them all (ranking an AND of 10,000 phrases took seconds per keystroke).
    for (int i = 0; i < 15; ++i) {
        Guest namesake;
        namesake.givenName = QStringLiteral("Anna");
        namesake.familyName = QStringLiteral("Markup");
        REQUIRE_OK(f.services.guests.add(namesake));
    }
    search->clear();
    QStringList letter;
    while (letter.size() < 10'000)
        letter.append(QStringLiteral("Markup"));
    QElapsedTimer timer;
    timer.start();
    search->insert(letter.join(QLatin1Char(' ')));
    CHECK(timer.elapsed() < 1000);
    QStringList guests; // and the guest's complaint and review, which carry the name too
    for (int row = 0; row < search->results()->rowCount(); ++row) {
        if (search->results()->hit(row).kind == QLatin1String("guest"))
            guests.append(search->results()->hit(row).guestUuid);
    }
    CHECK(guests.contains(f.guest));
    CHECK(guests.size() == 16);
}

TEST_CASE("errors that quote what was typed show it as written", "[ui][plaintext]")
{
    HostileVenue v;
    Guest guest = *v.services.guests.find(v.guest);
    GuestEditDialog dialog(v.services, guest);
    dialog.show();
    dialog.emailsEdit()->setText(QStringLiteral("<b>nobody</b>"));
    dialog.accept();
    CHECK(dialog.fieldError(QStringLiteral("email")).contains(QStringLiteral("\"<b>nobody</b>\"")));
    bool shownWhole = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("nobody"))) {
            CHECK(shown(label).contains(QStringLiteral("\"<b>nobody</b>\"")));
            shownWhole = true;
        }
    }
    CHECK(shownWhole);

    // The message bar every page shows its errors in.
    MessageBar bar;
    bar.showError(QStringLiteral("Could not open <b>%1</b>.").arg(Name.literal));
    const QLabel *text = bar.findChild<QLabel *>();
    REQUIRE(text != nullptr);
    CHECK(shown(text) == QStringLiteral("Could not open <b>%1</b>.").arg(Name.literal));
}

TEST_CASE("the handover shows names, rooms and complaints as written", "[ui][plaintext][handover]")
{
    HostileVenue v;
    TicketServices services(v.t.db());
    HandoverDialog dialog(services);
    const QString text = dialog.document()->toPlainText();
    CHECK(text.contains(Name.literal));
    CHECK(text.contains(Room.literal));
    CHECK(text.contains(Complaint.literal));
}

TEST_CASE("%1 in a name, a preference and a complaint is shown verbatim", "[ui][plaintext][arg]")
{
    HostileWindow f;
    Guest g;
    g.givenName = QStringLiteral("%1 %2 Anna");
    g.familyName = QStringLiteral("Percent%3");
    const QString uuid = f.services.guests.add(g).value().uuid;
    Preference floor;
    floor.guestUuid = uuid;
    floor.category = PreferenceCategory::Room;
    floor.value = QStringLiteral("High floor %1 please");
    floor.critical = true;
    REQUIRE_OK(f.services.preferences.record(floor));
    NewTicket complaint;
    complaint.guestUuid = uuid;
    complaint.room = QStringLiteral("%2");
    complaint.description = QStringLiteral("Refund %1 owed %2");
    const QString ticket = f.module.services().tickets.create(complaint).value().uuid;
    REQUIRE_OK(f.module.services().tickets.addNote(ticket, QStringLiteral("Called %1 at %2")));

    f.window.openGuest(uuid);
    GuestProfilePage *profile = f.window.profilePage();
    CHECK(profile->nameLabel()->text() == QStringLiteral("%1 %2 Anna Percent%3"));
    REQUIRE(profile->alertBanner()->texts().size() >= 1);
    CHECK(profile->alertBanner()
              ->texts()
              .join(QLatin1Char('\n'))
              .contains(QStringLiteral("High floor %1 please")));
    QStringList bannerShown;
    for (const QLabel *label : profile->alertBanner()->findChildren<QLabel *>())
        bannerShown.append(shown(label));
    CHECK(bannerShown.join(QLatin1Char('\n')).contains(QStringLiteral("High floor %1 please")));

    f.module.openTicket(ticket);
    TicketDetailPanel *detail = f.module.ticketsPage()->detail();
    QStringList detailShown;
    for (const QLabel *label : detail->findChildren<QLabel *>())
        detailShown.append(shown(label));
    const QString details = detailShown.join(QLatin1Char('\n'));
    CHECK(details.contains(QStringLiteral("Refund %1 owed %2")));
    CHECK(details.contains(QStringLiteral("%1 %2 Anna Percent%3")));
    CHECK(details.contains(QStringLiteral("Room %2")));
    QStringList timeline;
    for (int row = 0; row < detail->timeline()->topLevelItemCount(); ++row)
        timeline.append(shownTip(detail->timeline()->topLevelItem(row)->toolTip(2)));
    CHECK(timeline.join(QLatin1Char('\n')).contains(QStringLiteral("Note: Called %1 at %2")));

    HandoverDialog handover(f.module.services());
    const QString report = handover.document()->toPlainText();
    CHECK(report.contains(QStringLiteral("%1 %2 Anna Percent%3, room %2")));
    CHECK(report.contains(QStringLiteral("Refund %1 owed %2")));
}
