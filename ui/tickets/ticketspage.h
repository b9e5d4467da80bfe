// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace innkeep {
class VenueSettings;
}

namespace innkeep::ui {

class MessageBar;
class TicketDetailPanel;
class TicketQueueModel;
class TicketServices;

// The complaint queue, most urgent first, with filters that go into SQL, a live SLA countdown
// (one timer for the page) and the selected ticket's detail beside it.
class TicketsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketsPage)

public:
    static constexpr int TickMs = 30'000;

    TicketsPage(TicketServices &services, VenueSettings &venue, QWidget *parent = nullptr);

    // Status-bar shortcuts: only overdue, or only due soon, tickets; showAll() clears filters.
    void showOverdue();
    void showDueSoon();
    void showAll();
    void selectTicket(const QString &uuid);
    void tick();
    void showHandover();

    [[nodiscard]] TicketQueueModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] TicketDetailPanel *detail() const { return m_detail; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }
    [[nodiscard]] QTimer *timer() const { return m_timer; }
    [[nodiscard]] QCheckBox *overdueBox() const { return m_overdue; }
    [[nodiscard]] QCheckBox *dueSoonBox() const { return m_dueSoon; }
    [[nodiscard]] QCheckBox *mineBox() const { return m_mine; }
    // The right-click menu of a queue row (it selects the row): what the detail panel offers.
    [[nodiscard]] std::unique_ptr<QMenu> menuForRow(int row);
    [[nodiscard]] QComboBox *statusBox() const { return m_status; }
    [[nodiscard]] QComboBox *severityBox() const { return m_severity; }

Q_SIGNALS:
    void logComplaintRequested();
    void guestOpened(const QString &guestUuid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Sets the queue's column widths for the space there is: SLA, severity, status, guest,
    // room and category always; complaint, assignee and logged time only when they fit (the
    // detail panel shows them all), so the queue never scrolls sideways.
    void fitColumns();
    void applyFilters();
    void fillDepartments();
    void updateEmptyState();
    // "My tickets" needs a staff member on duty (Settings); offered only then.
    void updateMine();

    TicketServices &m_services;
    MessageBar *m_messages;
    QComboBox *m_status;
    QComboBox *m_severity;
    QComboBox *m_department;
    QLineEdit *m_assignee;
    QCheckBox *m_overdue;
    QCheckBox *m_dueSoon;
    QCheckBox *m_mine;
    QPushButton *m_log;
    QPushButton *m_handover;
    TicketQueueModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QStackedWidget *m_listStack;
    TicketDetailPanel *m_detail;
    QTimer *m_timer;
};

} // namespace innkeep::ui
