// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appservices.h"
#include "backups/backupsection.h"
#include "backups/restorebackupdialog.h"
#include "exchange/vcardimport.h"
#include "exports/exportdialog.h"
#include "guests/findduplicatesdialog.h"
#include "guests/guesteditdialog.h"
#include "guests/guestspage.h"
#include "guests/importguestsdialog.h"
#include "guests/importrecordsdialog.h"
#include "guests/mergeguestsdialog.h"
#include "guests/mergeguestsundocommand.h"
#include "house/guesterasure.h"
#include "insights/insightspage.h"
#include "privacy/retentionsection.h"
#include "profile/guestprofilepage.h"
#include "search/globalsearch.h"
#include "settings/settingspage.h"
#include "shortcutsdialog.h"
#include "today/todaypage.h"
#include "widgets/filechooser.h"
#include "widgets/followrecords.h"
#include "widgets/icons.h"
#include "widgets/messagebar.h"
#include "widgets/plaintext.h"
#include "widgets/question.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace innkeep::ui {

MainWindow::MainWindow(AppServices &services, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_undo(new QUndoStack(this)), m_rail(new NavigationRail),
      m_stack(new QStackedWidget), m_search(nullptr), m_venueLabel(new QLabel), m_fileBanner(new MessageBar)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_fileBanner->setObjectName(QStringLiteral("fileBanner"));
    column->addWidget(m_fileBanner);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_rail);
    layout->addWidget(m_stack, 1);
    column->addLayout(layout, 1);
    setCentralWidget(central);

    m_search = new GlobalSearch(services.search, this, this);
    auto *bar = new QToolBar(tr("Search"), this);
    bar->setObjectName(QStringLiteral("searchBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("venueTitle"));
    PlainText::setUp(m_venueLabel); // the venue name is typed text
    bar->addWidget(m_venueLabel);
    m_venueLabel->setContentsMargins(12, 0, 16, 0);
    QFont font = m_venueLabel->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_venueLabel->setFont(font);
    m_search->setMinimumWidth(360);
    m_search->setMaximumWidth(640);
    bar->addWidget(m_search);
    delete title;
    addToolBar(Qt::TopToolBarArea, bar);

    m_today = new TodayPage(services, this);
    m_guests = new GuestsPage(services, this);
    m_profile = new GuestProfilePage(services, *m_undo, this);
    m_settings = new SettingsPage(services, this);
    connect(m_settings->backupSection(), &BackupSection::restoreRequested, this,
            &MainWindow::chooseBackupToRestore);
    // Erased guests' old values must not come back through Undo.
    connect(m_settings->retentionSection(), &RetentionSection::guestsErased, m_undo, &QUndoStack::clear);
    m_insights = new InsightsPage(services, this);
    addPage(m_today, QStringLiteral("today"), tr("Today"), QKeySequence(Qt::CTRL | Qt::Key_1));
    addPage(m_guests, QStringLiteral("guests"), tr("Guests"), QKeySequence(Qt::CTRL | Qt::Key_2));
    // Under Tickets (Ctrl+3) and Feedback (Ctrl+4), which TicketsModule adds later.
    addPage(m_insights, QStringLiteral("insights"), tr("Insights"), QKeySequence(Qt::CTRL | Qt::Key_5),
            NavigationRail::Section::Last);
    addPage(m_settings, QStringLiteral("settings"), tr("Settings"),
            QKeySequence(QKeySequence::Preferences).isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                                              : QKeySequence(QKeySequence::Preferences),
            NavigationRail::Section::Bottom);
    m_stack->addWidget(m_profile);

    connect(m_rail, &NavigationRail::currentChanged, this,
            [this](int index) { showPage(m_railPages.value(index)); });
    connect(m_search, &GlobalSearch::guestActivated, this, &MainWindow::openGuest);
    connect(m_today, &TodayPage::guestOpened, this, &MainWindow::openGuest);
    connect(m_guests, &GuestsPage::guestOpened, this, &MainWindow::openGuest);
    connect(m_guests, &GuestsPage::guestMenuRequested, this, [this](const QString &uuid, const QPoint &at) {
        if (auto menu = guestMenu(uuid))
            menu->exec(at);
    });
    connect(m_today, &TodayPage::guestMenuRequested, this, [this](const QString &uuid, const QPoint &at) {
        if (auto menu = guestMenu(uuid))
            menu->exec(at);
    });
    connect(m_guests, &GuestsPage::newGuestRequested, this, &MainWindow::newGuest);
    connect(m_guests, &GuestsPage::importRequested, this, &MainWindow::importGuests);
    connect(m_profile, &GuestProfilePage::backRequested, this, &MainWindow::goBack);
    connect(m_insights, &InsightsPage::guestOpened, this, &MainWindow::openGuest);
    // A ticket or feedback entry opens as one chosen in the global search does: the Tickets
    // module, which owns those pages, follows the search's choices.
    connect(m_insights, &InsightsPage::ticketOpened, m_search, &GlobalSearch::ticketActivated);
    connect(m_insights, &InsightsPage::feedbackOpened, m_search, &GlobalSearch::feedbackActivated);
    followRecords(services.venue, this, [this] { updateTitle(); });

    buildMenus();
    showFileBanner();
    // Which file is open stays in view (messages come and go on the left of the bar).
    auto *file = new QLabel(tr("Database: %1").arg(QFileInfo(services.openVenue.path()).fileName()));
    file->setObjectName(QStringLiteral("databaseName"));
    PlainText::setUp(file); // a file name is the user's text
    file->setToolTip(PlainText::toolTip(QDir::toNativeSeparators(services.openVenue.path())));
    file->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(file);
    updateTitle();
    showPage(m_today);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

int MainWindow::addPage(QWidget *page, const QString &iconName, const QString &title,
                        const QKeySequence &shortcut, NavigationRail::Section section)
{
    const int index = m_rail->addItem(
        iconName, title,
        shortcut.isEmpty() ? title : tr("%1 (%2)").arg(title, shortcut.toString(QKeySequence::NativeText)),
        section);
    m_railPages.append(page);
    m_stack->addWidget(page);
    auto *action = new QAction(title, this);
    icons::set(action, iconName);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    addAction(action);
    if (m_goMenu)
        m_goMenu->addAction(action);
    else
        page->setProperty("innkeepGoAction", QVariant::fromValue(static_cast<QObject *>(action)));
    return index;
}

void MainWindow::showPage(QWidget *page)
{
    if (!page)
        return;
    if (m_stack->currentWidget() && m_stack->currentWidget() != page) {
        m_history.removeAll(m_stack->currentWidget());
        m_history.append(m_stack->currentWidget());
    }
    m_stack->setCurrentWidget(page);
    const int railIndex = m_railPages.indexOf(page);
    // A profile belongs to Guests on the rail.
    m_rail->setCurrent(railIndex >= 0 ? railIndex : m_railPages.indexOf(m_guests));
    page->setFocus(Qt::OtherFocusReason);
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

void MainWindow::addGuestAction(QAction *action)
{
    m_guestActions.append(action);
}

std::unique_ptr<QMenu> MainWindow::guestMenu(const QString &guestUuid)
{
    if (guestUuid.isEmpty())
        return nullptr;
    auto menu = std::make_unique<QMenu>(this);
    QAction *open =
        menu->addAction(tr("Open Guest Profile"), this, [this, guestUuid] { openGuest(guestUuid); });
    menu->setDefaultAction(open);
    menu->addSeparator();
    for (QAction *action : std::as_const(m_guestActions)) {
        menu->addAction(action->icon(), action->text(), this, [this, guestUuid, action] {
            openGuest(guestUuid);
            if (m_stack->currentWidget() == m_profile) // not when the guest could not be opened
                action->trigger();
        });
    }
    return menu;
}

void MainWindow::addStatusWidget(QWidget *widget)
{
    statusBar()->addPermanentWidget(widget);
}

void MainWindow::openGuest(const QString &guestUuid)
{
    if (guestUuid.isEmpty())
        return;
    QString shown = guestUuid;
    auto survivor = m_services.openVenue.guestMerges().survivorOf(guestUuid);
    if (survivor && *survivor != guestUuid) {
        shown = *survivor;
        auto merged = m_services.guests.find(guestUuid);
        statusBar()->showMessage(
            tr("%1 was merged into this profile.").arg(merged ? merged->displayName() : QString()), 8000);
    }
    m_profile->setGuest(shown);
    if (auto opened = m_services.guests.find(shown))
        m_search->rememberGuest(shown, opened->displayName(), opened->latinName());
    showPage(m_profile);
}

void MainWindow::findDuplicates()
{
    FindDuplicatesDialog dialog(m_services, this);
    connect(&dialog, &FindDuplicatesDialog::guestOpenRequested, this, [this, &dialog](const QString &uuid) {
        dialog.accept();
        openGuest(uuid);
    });
    connect(&dialog, &FindDuplicatesDialog::mergeRequested, this,
            [this, &dialog](const QString &kept, const QString &other) {
                if (mergeGuests(kept, other))
                    dialog.reload();
            });
    dialog.exec();
}

void MainWindow::eraseShownGuest()
{
    const QString uuid = m_profile->guestUuid();
    auto guest = m_services.guests.find(uuid);
    if (uuid.isEmpty() || !guest)
        return;
    const auto answer = Question::ask(
        this, tr("Erase Guest"),
        tr("Erase %1 for good? Their name, contacts, notes, preferences and every text about them are "
           "removed "
           "from this file and its history. Stays, ratings and complaint outcomes stay in the statistics "
           "without a name. This cannot be undone; backups made before now still hold the guest until they "
           "are rotated away.")
            .arg(guest->displayName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    auto report = GuestErasure::erase(m_services.openVenue, uuid);
    if (!report) {
        Question::warn(this, tr("Erase Guest"), report.error().message);
        return;
    }
    // Undo steps hold the guest's old values: none may bring them back.
    m_undo->clear();
    showPage(m_guests);
    statusBar()->showMessage(tr("The guest was erased."), 8000);
}

bool MainWindow::mergeGuests(const QString &keptUuid, const QString &otherUuid)
{
    MergeGuestsDialog dialog(m_services, keptUuid, otherUuid, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    std::optional<Error> failed;
    const int before = m_undo->count();
    m_undo->push(new MergeGuestsUndoCommand(m_services, dialog.keptUuid(), dialog.otherUuid(),
                                            dialog.preferOther(), dialog.preferKept(),
                                            [this, &failed](const Error &error) {
                                                failed = error;
                                                Question::warn(this, tr("Merge Guests"), error.message);
                                            }));
    if (failed || m_undo->count() == before)
        return false;
    statusBar()->showMessage(tr("Merged. Edit ▸ Undo (%1) takes it back.")
                                 .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
                             8000);
    openGuest(dialog.keptUuid());
    return true;
}

void MainWindow::newGuest()
{
    GuestEditDialog dialog(m_services, Guest{}, this);
    dialog.setSaver([this](const Guest &draft) -> Result<Guest> { return m_services.guests.add(draft); });
    const int result = dialog.exec();
    if (result == QDialog::Accepted)
        openGuest(dialog.saved().uuid);
    else if (result == GuestEditDialog::OpenExisting)
        openGuest(dialog.existingGuest());
}

void MainWindow::importGuests()
{
    const QString path = FileChooser::openFile(this, tr("Import Guests"), QDir::homePath(),
                                               tr("Guest lists and contacts (*.csv *.txt *.vcf);;Guest lists "
                                                  "(*.csv *.txt);;Contacts (*.vcf);;All files (*)"));
    if (!path.isEmpty())
        importGuestsFrom(path);
}

void MainWindow::importStays()
{
    const QString path = FileChooser::openFile(this, tr("Import Stays"), QDir::homePath(),
                                               tr("Stays (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportRecordsDialog dialog(m_services, ImportRecordsDialog::Kind::Stays, path, this);
    dialog.exec();
}

void MainWindow::importFeedback()
{
    const QString path = FileChooser::openFile(this, tr("Import Feedback"), QDir::homePath(),
                                               tr("Reviews and surveys (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportRecordsDialog dialog(m_services, ImportRecordsDialog::Kind::Feedback, path, this);
    dialog.exec();
}

void MainWindow::exportData()
{
    ExportDialog dialog(m_services, m_guests->chosenGuests(), this);
    dialog.exec();
}

void MainWindow::importContactsFrom(const QString &path)
{
    const QString title = tr("Import Contacts");
    VCardImport contacts(m_services.openVenue.database());
    auto check = contacts.run(path, {}, true);
    if (!check) {
        Question::warn(this, title, check.error().toString());
        return;
    }
    if (!check->problems.isEmpty()) {
        QStringList lines;
        for (const Error &problem :
             std::as_const(check->problems).first(std::min<qsizetype>(check->problems.size(), 5)))
            lines.append(problem.toString());
        Question::warn(this, title,
                       tr("Nothing was imported. Fix these contacts first (%1 in all):\n\n%2")
                           .arg(check->problems.size())
                           .arg(lines.join(u'\n')));
        return;
    }
    const auto answer = Question::ask(
        this, title,
        tr("Add %1 guests from %2?").arg(QLocale().toString(check->guests), QFileInfo(path).fileName()));
    if (answer != QMessageBox::Yes)
        return;
    auto done = contacts.run(path, {});
    if (!done) {
        Question::warn(this, title, done.error().toString());
        return;
    }
    m_services.guests.announceMany();
    statusBar()->showMessage(
        tr("Imported %1 guests from %2.").arg(QLocale().toString(done->guests), QFileInfo(path).fileName()),
        8000);
    showPage(m_guests);
}

void MainWindow::importGuestsFrom(const QString &path)
{
    // A vCard file is a set of contacts, not columns to choose: checked first, then added on a yes.
    if (path.endsWith(QLatin1String(".vcf"), Qt::CaseInsensitive)) {
        importContactsFrom(path);
        return;
    }
    ImportGuestsDialog dialog(m_services, path, this);
    bool added = false;
    connect(&dialog, &ImportGuestsDialog::imported, this, [&added](qint64 guests) { added = guests > 0; });
    dialog.exec();
    if (added)
        showPage(m_guests);
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::showFileBanner()
{
    if (!m_services.openVenue.isReadOnly())
        return;
    // Always in view while the file is read-only: every change would fail, so say so first.
    m_fileBanner->setDismissible(false);
    if (m_services.openVenue.isDamaged()) {
        m_fileBanner->addActionButton(m_restore);
        m_fileBanner->showMessage(m_services.openVenue.readOnlyReason(), MessageBar::Kind::Error);
    } else {
        m_fileBanner->showMessage(m_services.openVenue.readOnlyReason(), MessageBar::Kind::Warning);
    }
}

void MainWindow::chooseBackupToRestore()
{
    RestoreBackupDialog dialog(m_services.openVenue, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenPath().isEmpty())
        restoreBackupFrom(dialog.chosenPath());
}

void MainWindow::backUpNow()
{
    if (m_settings->backupSection()->backUpNow())
        statusBar()->showMessage(m_settings->backupSection()->messageBar()->text(), 10000);
    else
        Question::warn(this, tr("Backup not made"), m_settings->backupSection()->messageBar()->text());
}

void MainWindow::restoreBackupFrom(const QString &copyPath)
{
    Q_EMIT restoreRequested(copyPath);
}

void MainWindow::goBack()
{
    while (!m_history.isEmpty()) {
        QWidget *page = m_history.takeLast();
        if (page != m_stack->currentWidget() && page != m_profile) {
            m_stack->setCurrentWidget(page);
            m_rail->setCurrent(m_railPages.indexOf(page));
            page->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    showPage(m_guests);
}

void MainWindow::updateTitle()
{
    const QString venue = m_services.venue.venueName();
    m_venueLabel->setText(venue.isEmpty() ? tr("Innkeep") : venue);
    setWindowTitle(venue.isEmpty() ? tr("Innkeep") : tr("%1 — Innkeep").arg(venue));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import Guests…"), this, &MainWindow::importGuests);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    addAction(import);
    QAction *importStays = file->addAction(tr("Import &Stays…"), this, &MainWindow::importStays);
    importStays->setObjectName(QStringLiteral("importStays"));
    QAction *importFeedback = file->addAction(tr("Import &Feedback…"), this, &MainWindow::importFeedback);
    importFeedback->setObjectName(QStringLiteral("importFeedback"));
    QAction *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportData);
    exportAction->setObjectName(QStringLiteral("exportData"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    addAction(exportAction);
    file->addSeparator();
    QAction *backUp = file->addAction(tr("&Back Up Now"), this, &MainWindow::backUpNow);
    backUp->setObjectName(QStringLiteral("backUpNow"));
    backUp->setEnabled(!m_services.openVenue.isReadOnly());
    m_restore = new QAction(tr("&Restore a Backup…"), this);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    connect(m_restore, &QAction::triggered, this, &MainWindow::chooseBackupToRestore);
    file->addAction(m_restore);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    // Some platforms define no standard Quit or Preferences key; give them the usual ones.
    quit->setShortcut(QKeySequence(QKeySequence::Quit).isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q)
                                                                 : QKeySequence(QKeySequence::Quit));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(ctrlShiftZ))
        redoKeys.append(ctrlShiftZ);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Search…"), this, &MainWindow::focusSearch);
    icons::set(find, QStringLiteral("search"));
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    addAction(undo);
    addAction(redo);
    addAction(find);

    QMenu *guest = menuBar()->addMenu(tr("&Guest"));
    QAction *add = guest->addAction(tr("&New Guest…"), this, &MainWindow::newGuest);
    icons::set(add, QStringLiteral("add"));
    add->setShortcut(QKeySequence::New);
    addAction(add);
    QAction *editGuest = guest->addAction(tr("&Edit Guest…"), m_profile, &GuestProfilePage::editGuest);
    icons::set(editGuest, QStringLiteral("edit"));
    editGuest->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *addPreference =
        guest->addAction(tr("Add &Preference…"), m_profile, &GuestProfilePage::addPreference);
    addPreference->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *addStay = guest->addAction(tr("Add &Stay…"), m_profile, &GuestProfilePage::addStay);
    addStay->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *addNote = guest->addAction(tr("Add &Note"), m_profile, &GuestProfilePage::addNote);
    addNote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    guest->addSeparator();
    QAction *duplicates = guest->addAction(tr("Find &Duplicates…"), this, &MainWindow::findDuplicates);
    duplicates->setObjectName(QStringLiteral("findDuplicates"));
    duplicates->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    addAction(duplicates);
    guest->addSeparator();
    QAction *erase = guest->addAction(tr("E&rase Guest…"), this, &MainWindow::eraseShownGuest);
    erase->setObjectName(QStringLiteral("eraseGuest"));
    const QList<QAction *> profileActions{editGuest, addPreference, addStay, addNote, erase};
    for (QAction *action : {editGuest, addPreference, addStay})
        addGuestAction(action);
    for (QAction *action : profileActions)
        addAction(action);
    auto updateGuestActions = [this, profileActions] {
        const bool onProfile = m_stack->currentWidget() == m_profile;
        for (QAction *action : profileActions)
            action->setEnabled(onProfile);
    };
    connect(m_stack, &QStackedWidget::currentChanged, this, updateGuestActions);
    updateGuestActions();

    m_goMenu = menuBar()->addMenu(tr("G&o"));
    for (QWidget *page : std::as_const(m_railPages)) {
        if (auto *action = qobject_cast<QAction *>(page->property("innkeepGoAction").value<QObject *>()))
            m_goMenu->addAction(action);
    }
    m_goMenu->addSeparator();
    QAction *back = m_goMenu->addAction(tr("&Back"), this, &MainWindow::goBack);
    icons::set(back, QStringLiteral("back"));
    back->setShortcut(QKeySequence::Back);
    addAction(back);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Innkeep"), this, [this] {
        Question::about(this, tr("About Innkeep"),
                        tr("<b>Innkeep</b> %1<br>Know your guests and keep them — offline.")
                            .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

bool MainWindow::event(QEvent *event)
{
    const bool result = QMainWindow::event(event);
    if (event->type() == QEvent::UpdateRequest && !m_painted && isVisible()) {
        m_painted = true;
        Q_EMIT firstPaint();
    }
    return result;
}

} // namespace innkeep::ui
