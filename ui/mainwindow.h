// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "navigation/navigationrail.h"

#include <QKeySequence>
#include <QList>
#include <QMainWindow>

#include <memory>

class QStackedWidget;
class QMenu;
class QUndoStack;
class QLabel;
class QAction;

namespace innkeep::ui {

class AppServices;
class GlobalSearch;
class GuestProfilePage;
class GuestsPage;
class InsightsPage;
class MessageBar;
class SettingsPage;
class TodayPage;

// The window a receptionist keeps open all shift: navigation rail, global search (Ctrl+K),
// the pages, a status bar. Other areas add their pages with addPage() and their status
// widgets with addStatusWidget(); main() wires them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the rail and the Go menu; returns its index. Pages in Section::Main
    // appear in the order added; Section::Bottom pages (Settings) stay at the rail's foot.
    int addPage(QWidget *page, const QString &iconName, const QString &title, const QKeySequence &shortcut,
                NavigationRail::Section section = NavigationRail::Section::Main);
    void showPage(QWidget *page);
    [[nodiscard]] QWidget *currentPage() const;
    // A permanent widget at the right of the status bar (ticket counts: overdue, due soon).
    void addStatusWidget(QWidget *widget);

    // Opens a guest's profile; a profile merged into another opens the survivor, with a note.
    void openGuest(const QString &guestUuid);
    // An action for a guest's row menus (guest list, Today cards): chosen there, it opens the
    // guest's profile and triggers (Edit Guest…, Log Complaint…), so it acts on that guest.
    void addGuestAction(QAction *action);
    // The menu of a guest's row: Open Guest Profile, then the guest actions.
    [[nodiscard]] std::unique_ptr<QMenu> guestMenu(const QString &guestUuid);
    void newGuest();
    // Guest ▸ Find Duplicates: the pairs that may be one guest, each one merge away.
    void findDuplicates();
    // Asks how to merge `otherUuid` into `keptUuid` (MergeGuestsDialog), merges undoably and opens
    // the kept guest. False when nothing was merged (cancelled or refused; the reason is shown).
    bool mergeGuests(const QString &keptUuid, const QString &otherUuid);
    // Asks for a CSV file, then imports it (ImportGuestsDialog).
    void importGuests();
    // File ▸ Import Stays… / Import Feedback…: a PMS's or review site's CSV export.
    void importStays();
    void importFeedback();
    // File ▸ Export…: the venue as JSON, spreadsheets or contacts (the guests chosen on the Guests page).
    void exportData();
    // Opens the import dialog on `path` and shows the guest list when guests were added.
    void importGuestsFrom(const QString &path);
    void focusSearch();
    // File ▸ Restore a Backup (also the damaged file's banner): asks which copy to restore
    // (RestoreBackupDialog: the venue's backups, pre-upgrade copies, any other Innkeep file),
    // then restoreBackupFrom() it.
    void chooseBackupToRestore();
    // File ▸ Back Up Now: a backup into the venue's backup folder (Settings ▸ Backups).
    void backUpNow();
    // File ▸ Import Guests with a .vcf file: checks every card, asks, adds them (VCardImport).
    void importContactsFrom(const QString &path);
    // Guest ▸ Erase Guest (on a profile): asks, then GuestErasure; the undo history is cleared.
    void eraseShownGuest();
    // Asks main() to close this file, move it aside, put `copyPath` in its place and reopen.
    void restoreBackupFrom(const QString &copyPath);
    // The banner across the window while the file is read-only (damaged, or not writable).
    [[nodiscard]] MessageBar *fileBanner() const { return m_fileBanner; }

    [[nodiscard]] QUndoStack &undoStack() const { return *m_undo; }
    [[nodiscard]] GlobalSearch *globalSearch() const { return m_search; }
    [[nodiscard]] NavigationRail *rail() const { return m_rail; }
    [[nodiscard]] TodayPage *todayPage() const { return m_today; }
    [[nodiscard]] GuestsPage *guestsPage() const { return m_guests; }
    [[nodiscard]] GuestProfilePage *profilePage() const { return m_profile; }
    [[nodiscard]] SettingsPage *settingsPage() const { return m_settings; }
    [[nodiscard]] InsightsPage *insightsPage() const { return m_insights; }

Q_SIGNALS:
    // The first time the window is painted (the start-up benchmark quits here).
    void firstPaint();
    // The user chose a copy to restore in place of the damaged file.
    void restoreRequested(const QString &copyPath);

protected:
    bool event(QEvent *event) override;

private:
    void buildMenus();
    void goBack();
    void showShortcuts();
    void updateTitle();
    void showFileBanner();

    AppServices &m_services;
    QUndoStack *m_undo;
    NavigationRail *m_rail;
    QStackedWidget *m_stack;
    GlobalSearch *m_search;
    QLabel *m_venueLabel;
    MessageBar *m_fileBanner;
    QAction *m_restore = nullptr;
    QList<QAction *> m_guestActions;
    QMenu *m_goMenu = nullptr;
    TodayPage *m_today;
    GuestsPage *m_guests;
    GuestProfilePage *m_profile;
    SettingsPage *m_settings;
    InsightsPage *m_insights;
    QList<QWidget *> m_railPages; // index = rail index
    QList<QWidget *> m_history;   // pages to go back to
    bool m_painted = false;
};

} // namespace innkeep::ui
