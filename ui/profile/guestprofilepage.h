// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guests/guest.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QUndoStack;

namespace innkeep {}

namespace innkeep::ui {

class AlertBanner;
class AppServices;
class MessageBar;
class OverviewTab;
class PreferencesTab;
class ProfileTab;
class StaysTab;

// One guest: header (names in both scripts, VIP, flags, tags, contacts), the alert banner
// and tabs. Edits go through undo commands; the page follows the database's change events.
class GuestProfilePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuestProfilePage)

public:
    GuestProfilePage(AppServices &services, QUndoStack &undo, QWidget *parent = nullptr);

    void setGuest(const QString &guestUuid);
    [[nodiscard]] const QString &guestUuid() const { return m_uuid; }
    // Adds a tab (Tickets, Feedback…) that follows the shown guest; returns its index.
    int addTab(ProfileTab *tab, const QString &title);

    void editGuest();
    void addPreference();
    // Stays tab ▸ Add stay… (Ctrl+Shift+S).
    void addStay();
    // Overview ▸ the note field (Ctrl+Shift+N).
    void addNote();

    [[nodiscard]] AlertBanner *alertBanner() const { return m_banner; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] PreferencesTab *preferencesTab() const { return m_preferences; }
    [[nodiscard]] OverviewTab *overviewTab() const { return m_overview; }
    [[nodiscard]] StaysTab *staysTab() const { return m_stays; }
    [[nodiscard]] QLabel *nameLabel() const { return m_name; }

Q_SIGNALS:
    void backRequested();

private:
    void reload();
    void onChanged(const QString &uuid, const QString &guestUuid);

    AppServices &m_services;
    QUndoStack &m_undo;
    QString m_uuid;
    Guest m_guest;
    MessageBar *m_messages;
    QPushButton *m_back;
    QLabel *m_name;
    QLabel *m_latin;
    QLabel *m_badges;
    QLabel *m_contacts;
    QPushButton *m_edit;
    QPushButton *m_addPreference;
    AlertBanner *m_banner;
    QTabWidget *m_tabs;
    PreferencesTab *m_preferences;
    OverviewTab *m_overview;
    StaysTab *m_stays;
    QList<ProfileTab *> m_tabPages;
};

} // namespace innkeep::ui
