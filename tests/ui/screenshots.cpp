// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-screenshots: renders every page and dialog on a demo database (the demo generator
// plus the sample guests the GUI tests use) to docs/screenshots/*.png with QWidget::grab().
#include "appservices.h"
#include "backups/restorebackupdialog.h"
#include "demo/demogenerator.h"
#include "feedback/feedbackpage.h"
#include "guests/findduplicatesdialog.h"
#include "guests/guesteditdialog.h"
#include "guests/guestspage.h"
#include "guests/importguestsdialog.h"
#include "guests/importrecordsdialog.h"
#include "guests/mergeguestsdialog.h"
#include "inlanguage.h"
#include "mainwindow.h"
#include "privacy/retentionsection.h"
#include "profile/guestprofilepage.h"
#include "profile/preferencedialog.h"
#include "profile/staydialog.h"
#include "samplevenue.h"
#include "search/globalsearch.h"
#include "settings/settingspage.h"
#include "shortcutsdialog.h"
#include "startup/firstrundialog.h"
#include "tempdatabase.h"
#include "tickets/ticketsmodule.h"
#include "tickets/ticketspage.h"
#include "today/todaypage.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFontDatabase>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

using namespace innkeep;
using namespace innkeep::ui;

namespace {

QString outputDir()
{
    const QString dir = qEnvironmentVariableIsSet("INNKEEP_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("INNKEEP_SCREENSHOT_DIR")
                            : QStringLiteral(INNKEEP_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir;
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(10);
    }
}

void save(QWidget *widget, const QString &name)
{
    settle();
    const QString path = outputDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    REQUIRE(widget->grab().save(path));
}

void saveDialog(QDialog &dialog, const QString &name)
{
    dialog.show();
    settle();
    save(&dialog, name);
    dialog.hide();
}

// A returning guest entered again: the form shows who may be stored already; then, with the second
// profile stored, Find Duplicates and the merge dialog. The second profile is archived afterwards,
// out of the later pictures. `suffix` names a translation ("-ka").
void saveDuplicateDialogs(AppServices &services, const QString &nino, QWidget *window, const QString &suffix)
{
    GuestEditDialog again(services, Guest{}, window);
    again.givenNameEdit()->setText(QStringLiteral("Nino"));
    again.familyNameEdit()->setText(QStringLiteral("Beridze"));
    again.emailsEdit()->setText(QStringLiteral("nino@example.ge"));
    again.show();
    again.accept(); // nothing saved: the candidates show
    saveDialog(again, QStringLiteral("dialog-duplicate-warning") + suffix);
    Guest second;
    second.givenName = QStringLiteral("Nino");
    second.familyName = QStringLiteral("Beridze");
    second.emails = {QStringLiteral("nino@example.ge")};
    second.city = QStringLiteral("Kutaisi");
    second.vipLevel = 1;
    auto stored = services.guests.add(second);
    REQUIRE(stored.has_value());
    FindDuplicatesDialog duplicates(services, window);
    saveDialog(duplicates, QStringLiteral("dialog-find-duplicates") + suffix);
    MergeGuestsDialog merge(services, nino, stored->uuid, window);
    saveDialog(merge, QStringLiteral("dialog-merge-guests") + suffix);
    REQUIRE(services.guests.archive(stored->uuid).has_value());
}

// The pages whose columns hold translated words (headers, categories, channels), to check for clipping.
void saveDeskPages(MainWindow &window, TicketsModule &tickets, const QString &suffix)
{
    window.showPage(window.guestsPage());
    save(&window, QStringLiteral("guests") + suffix);
    window.showPage(tickets.ticketsPage());
    tickets.ticketsPage()->view()->selectRow(0);
    save(&window, QStringLiteral("tickets") + suffix);
    window.showPage(tickets.feedbackPage());
    save(&window, QStringLiteral("feedback") + suffix);
    window.showPage(window.todayPage());
}

} // namespace

TEST_CASE("screenshots of every page and dialog", "[.screenshots]")
{
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    theme::initialise();
    theme::apply(theme::Appearance::Light);

    test::TempDatabase t;
    DemoGenerator demo(t.db(), 7);
    REQUIRE(demo.run(400));
    const auto v = test::fillSampleVenue(t.db());
    AppServices services(t.db());
    REQUIRE(services.guests.addNote(
        v.aram, QStringLiteral("Celebrating the 10th wedding anniversary — wine and flowers "
                               "in the room on arrival, charged to the hotel.")));
    t.clock().advance(3 * 3600'000);
    REQUIRE(services.guests.addNote(v.aram, QStringLiteral("Prefers to be addressed in Armenian.")));
    MainWindow window(services);
    TicketsModule tickets(services, window); // as main() wires it: the rail and profile show every page
    window.resize(1360, 820);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    save(&window, QStringLiteral("today"));
    window.showPage(window.guestsPage());
    save(&window, QStringLiteral("guests"));

    window.focusSearch();
    QTest::keyClicks(window.globalSearch(), QStringLiteral("Ara"));
    save(&window, QStringLiteral("search"));
    window.globalSearch()->closeResults();
    window.globalSearch()->clear();

    window.openGuest(v.nino);
    save(&window, QStringLiteral("profile-alerts"));
    window.openGuest(v.aram);
    const QStringList tabs{QStringLiteral("profile-overview"), QStringLiteral("profile-preferences"),
                           QStringLiteral("profile-stays"), QStringLiteral("profile-history")};
    for (int i = 0; i < tabs.size(); ++i) {
        window.profilePage()->tabs()->setCurrentIndex(i);
        save(&window, tabs.at(i));
    }
    window.showPage(window.settingsPage());
    save(&window, QStringLiteral("settings"));
    if (auto *scroll = window.settingsPage()->findChild<QScrollArea *>()) {
        // The lower half: Backups and Privacy.
        REQUIRE(services.venue.setValue(QStringLiteral("privacy.retention_years"), QStringLiteral("3")));
        window.settingsPage()->retentionSection()->load();
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        save(&window, QStringLiteral("settings-backups-privacy"));
        scroll->verticalScrollBar()->setValue(0);
    }

    {
        const QString badList = t.filePath(QStringLiteral("front-desk-list.csv"));
        test::writeBytes(badList, "First name,Last name,E-mail,Mobile,Room wish\n"
                                  "Aram,Petrosyan,aram@example.am,091 234567,quiet\n"
                                  "Nino,Beridze,nino@,+995 599 12 34 56,high floor\n"
                                  "Anna,Smith,anna@example.com,12,\n"
                                  "Lilit,Hakobyan,lilit.hakobyan@example.am,093 123456,sea view\n");
        ImportGuestsDialog problems(services, badList, &window);
        problems.show();
        REQUIRE(QTest::qWaitFor([&] { return !problems.isBusy(); }, 20'000));
        saveDialog(problems, QStringLiteral("dialog-import-problems"));
        // Skip mode: the good rows can go in, the bad ones are set aside in a file to fix.
        problems.skipBadRowsBox()->setChecked(true);
        REQUIRE(QTest::qWaitFor([&] { return problems.importButton()->isEnabled(); }, 20'000));
        saveDialog(problems, QStringLiteral("dialog-import-skip"));
        const QString goodList = t.filePath(QStringLiteral("guest-list.csv"));
        test::writeBytes(goodList,
                         "given_name,family_name,latin_given_name,latin_family_name,email,phone,Room wish\n"
                         "Արամ,Պետրոսյան,Aram,Petrosyan,aram@example.am,091 234567,quiet\n"
                         "ნინო,ბერიძე,Nino,Beridze,nino@example.ge,+995 599 12 34 56,high floor\n");
        ImportGuestsDialog ready(services, goodList, &window);
        ready.show();
        REQUIRE(QTest::qWaitFor([&] { return !ready.isBusy(); }, 20'000));
        saveDialog(ready, QStringLiteral("dialog-import-ready"));
    }
    {
        // Stays from a PMS export: one row's status is a word the import does not know.
        const QString staysList = t.filePath(QStringLiteral("pms-stays.csv"));
        test::writeBytes(staysList,
                         "E-mail,Check-in,Check-out,Room No,Nightly rate,Status,Remarks\n"
                         "aram@example.am,2026-05-01,2026-05-03,101,48000,checked out,late arrival\n"
                         "nino@example.ge,2026-05-10,2026-05-12,204,52000,maybe,\n"
                         "aram@example.am,2026-06-20,2026-06-23,101,48000,booked,\n");
        ImportRecordsDialog stays(services, ImportRecordsDialog::Kind::Stays, staysList, &window);
        stays.show();
        REQUIRE(QTest::qWaitFor([&] { return !stays.isBusy(); }, 20'000));
        saveDialog(stays, QStringLiteral("dialog-import-stays"));
    }

    Guest aram = *services.guests.find(v.aram);
    GuestEditDialog edit(services, aram, &window);
    saveDialog(edit, QStringLiteral("dialog-edit-guest"));
    GuestEditDialog fresh(services, Guest{}, &window);
    fresh.givenNameEdit()->setText(QStringLiteral("Tigran"));
    fresh.emailsEdit()->setText(QStringLiteral("tigran-at-example"));
    fresh.show();
    fresh.accept(); // shows the inline errors, stays open
    saveDialog(fresh, QStringLiteral("dialog-new-guest-errors"));
    saveDuplicateDialogs(services, v.nino, &window, {});
    Preference draft;
    draft.guestUuid = v.aram;
    draft.category = PreferenceCategory::Food;
    draft.value = QStringLiteral("Shellfish allergy");
    draft.critical = true;
    PreferenceDialog preference(draft, t.clock().today(), &window);
    saveDialog(preference, QStringLiteral("dialog-preference"));
    Stay stayDraft;
    stayDraft.guestUuid = v.aram;
    StayDialog stay(stayDraft, services.venue.currency(), t.clock().today(), &window);
    stay.roomEdit()->setText(QStringLiteral("407"));
    stay.rateEdit()->setText(QStringLiteral("45000"));
    saveDialog(stay, QStringLiteral("dialog-add-stay"));
    stay.departureEdit()->setDate(t.clock().today().addDays(-2));
    stay.setSaver([&services](const Stay &s) { return services.stays.add(s); });
    stay.show();
    stay.accept(); // the core refuses: the message sits under Departure
    saveDialog(stay, QStringLiteral("dialog-add-stay-error"));
    FirstRunDialog welcome;
    saveDialog(welcome, QStringLiteral("dialog-first-run"));
    welcome.showVenueForm();
    saveDialog(welcome, QStringLiteral("dialog-first-run-venue"));
    ShortcutsDialog shortcuts(window.menuBar(), &window);
    saveDialog(shortcuts, QStringLiteral("dialog-shortcuts"));
    {
        // Two backups a day apart, as the week's automatic ones and a hand-made one would be.
        REQUIRE(services.openVenue.backups().create(VenueBackups::Kind::Automatic));
        t.clock().advance(26 * 3600'000);
        REQUIRE(services.guests.addNote(v.nino, QStringLiteral("Asked for a late check-out on Sunday.")));
        REQUIRE(services.openVenue.backups().create());
        RestoreBackupDialog restore(services.openVenue, &window);
        saveDialog(restore, QStringLiteral("dialog-restore-backup"));
    }

    theme::apply(theme::Appearance::Dark);
    window.showPage(window.todayPage());
    save(&window, QStringLiteral("today-dark"));
    window.openGuest(v.nino);
    window.profilePage()->tabs()->setCurrentIndex(1);
    save(&window, QStringLiteral("profile-dark"));
    theme::apply(theme::Appearance::Light);

    // The same window in Armenian: the translated navigation, menus and buttons must fit.
    {
        const test::InLanguage armenian(QStringLiteral("hy"));
        MainWindow translated(services);
        TicketsModule translatedTickets(services, translated);
        translated.resize(1360, 820);
        translated.show();
        REQUIRE(QTest::qWaitForWindowExposed(&translated));
        save(&translated, QStringLiteral("today-hy"));
        saveDeskPages(translated, translatedTickets, QStringLiteral("-hy"));
    }

    // And in Georgian: Today, and the duplicate dialogs, whose texts are the longest.
    {
        const test::InLanguage georgian(QStringLiteral("ka"));
        MainWindow translated(services);
        TicketsModule translatedTickets(services, translated);
        translated.resize(1360, 820);
        translated.show();
        REQUIRE(QTest::qWaitForWindowExposed(&translated));
        save(&translated, QStringLiteral("today-ka"));
        saveDeskPages(translated, translatedTickets, QStringLiteral("-ka"));
        saveDuplicateDialogs(services, v.nino, &translated, QStringLiteral("-ka"));
    }
}
