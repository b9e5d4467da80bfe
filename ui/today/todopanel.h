// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminders/reminder.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace innkeep::ui {

class AppServices;

// Today's "To do": the day's reminders (ReminderList — birthdays, follow-ups owed, arrivals to prepare,
// feedback to answer, guests to win back), most urgent first, each with its guest; Open the guest,
// Mark Done, or Snooze to tomorrow (ReminderService, recorded with who and when).
class ToDoPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToDoPanel)

public:
    explicit ToDoPanel(AppServices &services, QWidget *parent = nullptr);

    void setDate(const QDate &date);
    void reload();
    // reload() a moment later, once for a burst of changes (an import, a merge).
    void scheduleReload();
    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QLabel *title() const { return m_title; }
    [[nodiscard]] QPushButton *doneButton() const { return m_done; }
    [[nodiscard]] QPushButton *snoozeButton() const { return m_snooze; }

    void openSelected();
    void markSelectedDone();
    void snoozeSelected();

Q_SIGNALS:
    void guestOpened(const QString &guestUuid);
    void failed(const QString &message);

private:
    void updateButtons();
    [[nodiscard]] QString selectedKey() const;

    AppServices &m_services;
    QDate m_date;
    QLabel *m_title;
    QStackedWidget *m_body;
    QListWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_open;
    QPushButton *m_done;
    QPushButton *m_snooze;
    QTimer m_later;
};

} // namespace innkeep::ui
