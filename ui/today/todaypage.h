// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QListView;
class QStackedWidget;

namespace innkeep {}

namespace innkeep::ui {

class AppServices;
class MessageBar;
class StayCardModel;
class ToDoPanel;
struct RecognitionCard;

// Arrivals, in house and departures for a chosen date, each guest a recognition card;
// Enter or a double-click opens the profile.
class TodayPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayPage)

public:
    explicit TodayPage(AppServices &services, QWidget *parent = nullptr);

    void setDate(const QDate &date);
    [[nodiscard]] QDate date() const { return m_date; }
    [[nodiscard]] StayCardModel *arrivals() const { return m_models[0]; }
    [[nodiscard]] StayCardModel *inHouse() const { return m_models[1]; }
    [[nodiscard]] StayCardModel *departures() const { return m_models[2]; }
    [[nodiscard]] QListView *arrivalsView() const { return m_views[0]; }
    [[nodiscard]] QListView *inHouseView() const { return m_views[1]; }
    [[nodiscard]] QListView *departuresView() const { return m_views[2]; }
    // The day's reminders (birthdays, follow-ups, arrivals to prepare, feedback to answer, win-back).
    [[nodiscard]] ToDoPanel *toDo() const { return m_toDo; }
    // The card the receptionist chose (clicked, or moved to with the keys) in the column that last
    // had focus (arrivals until another column is used); nullptr when none was chosen — a card
    // that is only current because the list was loaded is no choice. Log a Complaint pre-fills
    // its guest and room from it, and never from anything else on Today.
    [[nodiscard]] const RecognitionCard *selectedCard() const;
    [[nodiscard]] QString selectedGuestUuid() const;

Q_SIGNALS:
    void guestOpened(const QString &guestUuid);
    // A right-click (or the menu key) on a card: the window shows the guest's actions.
    void guestMenuRequested(const QString &guestUuid, const QPoint &globalPos);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void onChanged(const QString &guestUuid);
    QWidget *column(int i, const QString &title);

    AppServices &m_services;
    QDate m_date;
    int m_activeColumn = 0;
    bool m_dirty = true;
    MessageBar *m_messages;
    QDateEdit *m_dateEdit;
    QLabel *m_titles[3];
    QStackedWidget *m_stacks[3];
    QListView *m_views[3];
    QLabel *m_empty[3];
    StayCardModel *m_models[3];
    ToDoPanel *m_toDo;
};

} // namespace innkeep::ui
