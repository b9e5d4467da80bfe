// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A desk run from the keyboard and read by a screen reader: no Alt-letter shared by two controls
// of one window, every field named by its label (Qt's accessibility tree, which the AT-SPI bridge
// hands to Orca), the rail read as buttons, the Today cards' keyboard place visible, and the
// row menus of the queue, the guest list and the Today cards.
#include "feedback/correctanalysisdialog.h"
#include "feedback/feedbackdialog.h"
#include "feedback/feedbackpage.h"
#include "guests/findduplicatesdialog.h"
#include "guests/guesteditdialog.h"
#include "guests/guestspage.h"
#include "inlanguage.h"
#include "insights/insightspage.h"
#include "navigation/navigationrail.h"
#include "profile/guestprofilepage.h"
#include "profile/preferencedialog.h"
#include "profile/staydialog.h"
#include "settings/settingspage.h"
#include "startup/firstrundialog.h"
#include "tickets/compensationdialog.h"
#include "tickets/followupdialog.h"
#include "tickets/handoverdialog.h"
#include "tickets/logcomplaintdialog.h"
#include "tickets/reclassifydialog.h"
#include "tickets/ticketdetailpanel.h"
#include "tickets/ticketqueuemodel.h"
#include "tickets/ticketservices.h"
#include "tickets/ticketspage.h"
#include "ticketswindowfixture.h"
#include "today/todaypage.h"
#include "widgets/question.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>

using namespace innkeep;
using namespace innkeep::ui;

namespace {

// Every Alt-letter a user can press in `window` as it shows now, with what it belongs to.
QMultiHash<QKeySequence, QString> mnemonics(QWidget *window)
{
    QMultiHash<QKeySequence, QString> keys;
    auto add = [&keys](const QString &text, const QString &what) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            keys.insert(key, what + QStringLiteral(" \"") + text + u'"');
    };
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w);
            label && label->buddy() && label->textFormat() != Qt::PlainText)
            add(label->text(), QStringLiteral("label"));
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text(), QStringLiteral("button"));
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(group->title(), QStringLiteral("group"));
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), QStringLiteral("tab"));
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            const QList<QAction *> menus = bar->actions();
            for (QAction *menu : menus)
                add(menu->text(), QStringLiteral("menu"));
        }
    }
    return keys;
}

void checkNoSharedMnemonic(QWidget *window, const QString &where)
{
    const auto keys = mnemonics(window);
    QStringList clashes;
    const QList<QKeySequence> unique = keys.uniqueKeys();
    for (const QKeySequence &key : unique) {
        const QStringList owners = keys.values(key);
        if (owners.size() > 1)
            clashes.append(key.toString() + QStringLiteral(": ") + owners.join(QStringLiteral(", ")));
    }
    INFO(where.toStdString() << ": " << clashes.join(QStringLiteral("; ")).toStdString());
    CHECK(clashes.isEmpty());
}

// Every control Tab reaches in `window` is named for a screen reader: by its own text, its
// accessible name, or the label beside it (the "labelled by" relation).
void checkEveryFieldNamed(QWidget *window, const QString &where)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(window) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus)
            || w->focusProxy())
            continue;
        // The line edit inside a spin box or an editable combo: the box around it is the field.
        if (w->parentWidget()
            && (w->parentWidget()->inherits("QAbstractSpinBox")
                || qobject_cast<QComboBox *>(w->parentWidget())))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        REQUIRE(iface);
        const bool labelled = !iface->relations(QAccessible::Label).isEmpty();
        // On Linux a combo box's name is its value; its label comes through the relation.
        const bool named = qobject_cast<QComboBox *>(w)
                               ? labelled || !w->accessibleName().isEmpty()
                               : !iface->text(QAccessible::Name).trimmed().isEmpty() || labelled;
        if (!named)
            unnamed.append(QStringLiteral("%1 (%2)").arg(QString::fromLatin1(w->metaObject()->className()),
                                                         w->objectName()));
    }
    INFO(where.toStdString() << ": " << unnamed.join(QStringLiteral(", ")).toStdString());
    CHECK(unnamed.isEmpty());
}

// Icon-only buttons say what they do in a tooltip (and to a screen reader).
void checkIconButtonsExplained(QWidget *window, const QString &where)
{
    QStringList silent;
    const QList<QAbstractButton *> buttons = window->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        // Qt's own clear button in a line edit is not ours to name.
        if (!b->isVisibleTo(window) || !b->text().trimmed().isEmpty() || b->icon().isNull()
            || b->inherits("QLineEditIconButton"))
            continue;
        if (b->toolTip().isEmpty()
            || QAccessible::queryAccessibleInterface(b)->text(QAccessible::Name).isEmpty())
            silent.append(QString::fromLatin1(b->metaObject()->className()) + u' ' + b->objectName());
    }
    INFO(where.toStdString() << ": " << silent.join(QStringLiteral(", ")).toStdString());
    CHECK(silent.isEmpty());
}

void checkDialog(QDialog &dialog, const QString &where)
{
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    checkNoSharedMnemonic(&dialog, where);
    checkEveryFieldNamed(&dialog, where);
    checkIconButtonsExplained(&dialog, where);
    dialog.reject();
}

} // namespace

TEST_CASE("every page and dialog: no Alt-letter used twice, every field named", "[ui][keyboard][a11y]")
{
    const QString language = GENERATE(QString(), QStringLiteral("hy"), QStringLiteral("ka"));
    INFO("language: " << (language.isEmpty() ? std::string("en") : language.toStdString()));
    test::InLanguage in(language);
    test::TicketsWindowFixture f;
    QLocale::setDefault(language.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(language));
    MainWindow &window = f.window;
    const std::pair<QWidget *, const char *> pages[] = {
        {window.todayPage(), "Today"},       {window.guestsPage(), "Guests"},
        {f.module.ticketsPage(), "Tickets"}, {f.module.feedbackPage(), "Feedback"},
        {window.insightsPage(), "Insights"}, {window.settingsPage(), "Settings"},
    };
    for (const auto &[page, name] : pages) {
        window.showPage(page);
        checkNoSharedMnemonic(&window, QString::fromLatin1(name));
        checkEveryFieldNamed(&window, QString::fromLatin1(name));
        checkIconButtonsExplained(&window, QString::fromLatin1(name));
    }
    window.openGuest(f.v.aram);
    for (int tab = 0; tab < window.profilePage()->tabs()->count(); ++tab) {
        window.profilePage()->tabs()->setCurrentIndex(tab);
        const QString where = QStringLiteral("Profile, tab ") + window.profilePage()->tabs()->tabText(tab);
        checkNoSharedMnemonic(&window, where);
        checkEveryFieldNamed(&window, where);
    }

    AppServices &services = f.services;
    TicketServices &tickets = f.module.services();
    {
        GuestEditDialog edit(services, *services.guests.find(f.v.aram), &window);
        checkDialog(edit, QStringLiteral("Edit Guest"));
    }
    {
        Stay draft;
        draft.guestUuid = f.v.aram;
        StayDialog stay(draft, services.venue.currency(), f.t.clock().today(), &window);
        checkDialog(stay, QStringLiteral("Add Stay"));
    }
    {
        Preference draft;
        draft.guestUuid = f.v.aram;
        PreferenceDialog preference(draft, f.t.clock().today(), &window);
        checkDialog(preference, QStringLiteral("Preference"));
    }
    {
        LogComplaintDialog log(tickets, services.search, &window);
        checkDialog(log, QStringLiteral("Log Complaint"));
    }
    {
        FeedbackDialog feedback(tickets, services.search, &window);
        checkDialog(feedback, QStringLiteral("New Feedback"));
    }
    {
        HandoverDialog handover(tickets, &window);
        checkDialog(handover, QStringLiteral("Shift Handover"));
    }
    {
        CompensationDialog compensation(services.venue.currency(), &window);
        checkDialog(compensation, QStringLiteral("Compensation"));
    }
    {
        FollowUpDialog followUp(&window);
        checkDialog(followUp, QStringLiteral("Follow-up"));
    }
    {
        ComplaintTicket sample;
        sample.category = QStringLiteral("noise");
        ReclassifyDialog reclassify(tickets, sample, &window);
        checkDialog(reclassify, QStringLiteral("Reclassify"));
    }
    {
        FindDuplicatesDialog duplicates(services, &window);
        checkDialog(duplicates, QStringLiteral("Find Duplicates"));
    }
    {
        FirstRunDialog welcome;
        checkDialog(welcome, QStringLiteral("Welcome"));
        welcome.showVenueForm();
        checkDialog(welcome, QStringLiteral("Welcome, venue"));
    }
}

TEST_CASE("the rail's pages are buttons to a screen reader, the one shown pressed", "[ui][keyboard][a11y]")
{
    test::TicketsWindowFixture f;
    NavigationRail *rail = f.window.rail();
    f.window.showPage(f.window.guestsPage());
    int pressed = 0;
    for (int i = 0; rail->button(i); ++i) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(rail->button(i));
        REQUIRE(iface);
        CHECK(iface->role() == QAccessible::Button);
        CHECK_FALSE(iface->state().checkable);
        CHECK_FALSE(iface->text(QAccessible::Name).isEmpty());
        if (iface->state().pressed) {
            ++pressed;
            CHECK(rail->button(i)->text() == QStringLiteral("Guests"));
        }
    }
    CHECK(pressed == 1);
    // Its press action opens the page, as a click does.
    QAccessibleInterface *today = QAccessible::queryAccessibleInterface(rail->button(0));
    REQUIRE(today->actionInterface());
    today->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    CHECK(f.window.currentPage() == f.window.todayPage());
}

TEST_CASE("Tab walks Today's date controls and the three card lists in reading order", "[ui][keyboard]")
{
    test::TicketsWindowFixture f;
    TodayPage *today = f.window.todayPage();
    f.window.showPage(today);
    today->arrivalsView()->setFocus();
    QStringList reached;
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QWidget *w = QApplication::focusWidget();
        reached.append(QAccessible::queryAccessibleInterface(w)->text(QAccessible::Name));
    }
    INFO(reached.join(QStringLiteral(" | ")).toStdString());
    // Back from the arrivals: Today, Next day, the date, Previous day.
    CHECK(reached.at(0).contains(QStringLiteral("Today")));
    CHECK(reached.at(1) == QStringLiteral("Next day"));
    CHECK(reached.at(3) == QStringLiteral("Previous day"));
}

TEST_CASE("right-click menus: a ticket's actions, a guest's actions from the list and Today", "[ui][menus]")
{
    test::TicketsWindowFixture f;
    NewTicket input;
    input.guestUuid = f.v.aram;
    input.room = QStringLiteral("204");
    input.description = QStringLiteral("Noisy neighbours");
    const QString uuid = f.module.services().tickets.create(input)->uuid;

    TicketsPage *page = f.module.ticketsPage();
    f.window.showPage(page);
    const int row = page->model()->rowOf(uuid);
    REQUIRE(row >= 0);
    auto menu = page->menuForRow(row);
    REQUIRE(menu);
    QStringList texts;
    for (QAction *a : menu->actions())
        texts.append(a->text().remove(u'&'));
    INFO(texts.join(QStringLiteral(" | ")).toStdString());
    CHECK(texts.contains(QStringLiteral("Open Guest Profile")));
    CHECK(texts.contains(QStringLiteral("Acknowledge")));
    CHECK(texts.contains(QStringLiteral("Reclassify…")));
    CHECK(page->detail()->ticketUuid() == uuid); // the row the menu is for is the one selected
    // Choosing a move from the menu moves the ticket, as its button does.
    for (QAction *a : menu->actions()) {
        if (a->text().remove(u'&') == QStringLiteral("Acknowledge"))
            a->trigger();
    }
    CHECK(f.module.services().tickets.ticket(uuid)->status == TicketStatus::Acknowledged);
    // Open Guest Profile from the menu opens the ticket's guest.
    menu = page->menuForRow(page->model()->rowOf(uuid));
    menu->defaultAction()->trigger();
    CHECK(f.window.currentPage() == f.window.profilePage());
    CHECK(f.window.profilePage()->guestUuid() == f.v.aram);

    // A guest's menu: open the profile, then the guest actions, each on that guest.
    auto guestMenu = f.window.guestMenu(f.v.nino);
    REQUIRE(guestMenu);
    QStringList guestTexts;
    for (QAction *a : guestMenu->actions())
        guestTexts.append(a->text().remove(u'&'));
    INFO(guestTexts.join(QStringLiteral(" | ")).toStdString());
    CHECK(guestTexts.contains(QStringLiteral("Edit Guest…")));
    CHECK(guestTexts.contains(QStringLiteral("Log Complaint…")));
    CHECK(guestTexts.contains(QStringLiteral("New Feedback…")));
    f.window.showPage(f.window.guestsPage());
    guestMenu->defaultAction()->trigger();
    CHECK(f.window.profilePage()->guestUuid() == f.v.nino);
}

TEST_CASE("the ticket queue sorts by any column in SQL and keeps the sort across filters", "[ui][tickets][sort]")
{
    test::TicketsWindowFixture f;
    for (const auto &[room, severity] :
         {std::pair{"305", TicketSeverity::Low}, std::pair{"12", TicketSeverity::Critical},
          std::pair{"101", TicketSeverity::Medium}}) {
        NewTicket input;
        input.room = QString::fromLatin1(room);
        input.severity = severity;
        input.description = QStringLiteral("Complaint in %1").arg(QString::fromLatin1(room));
        REQUIRE(f.module.services().tickets.create(input));
    }
    TicketsPage *page = f.module.ticketsPage();
    f.window.showPage(page);
    auto rooms = [page] {
        QStringList shown;
        for (int r = 0; r < page->model()->rowCount(); ++r)
            shown.append(page->model()->ticketAt(r)->room);
        return shown;
    };
    page->view()->sortByColumn(TicketQueueModel::Room, Qt::AscendingOrder);
    CHECK(rooms() == QStringList{QStringLiteral("12"), QStringLiteral("101"), QStringLiteral("305")});
    page->view()->sortByColumn(TicketQueueModel::Room, Qt::DescendingOrder);
    CHECK(rooms() == QStringList{QStringLiteral("305"), QStringLiteral("101"), QStringLiteral("12")});
    page->view()->sortByColumn(TicketQueueModel::Severity, Qt::AscendingOrder);
    CHECK(rooms().constFirst() == QStringLiteral("12")); // critical first
    page->severityBox()->setCurrentIndex(0);
    page->showAll();
    CHECK(rooms().constFirst() == QStringLiteral("12")); // the filters kept the sort
}

TEST_CASE("My tickets shows the tickets assigned to the staff member on duty", "[ui][tickets]")
{
    test::TicketsWindowFixture f;
    TicketsPage *page = f.module.ticketsPage();
    f.services.openVenue.setStaffOnDuty(QString());
    f.window.showPage(f.window.todayPage());
    f.window.showPage(page);
    CHECK_FALSE(page->mineBox()->isEnabled()); // no one on duty: nothing is "mine"
    f.services.openVenue.setStaffOnDuty(QStringLiteral("Lilit"));
    for (const char *who : {"Lilit", "Davit"}) {
        NewTicket input;
        input.room = QStringLiteral("1");
        input.assignee = QString::fromLatin1(who);
        input.description = QStringLiteral("For %1").arg(QString::fromLatin1(who));
        REQUIRE(f.module.services().tickets.create(input));
    }
    f.window.showPage(f.window.todayPage());
    f.window.showPage(page);
    REQUIRE(page->mineBox()->isEnabled());
    page->mineBox()->setChecked(true);
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->ticketAt(0)->assignee == QStringLiteral("Lilit"));
    page->mineBox()->setChecked(false);
    CHECK(page->model()->rowCount() == 2);
}
