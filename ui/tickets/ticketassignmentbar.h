// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickets/complaintticket.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace innkeep::ui {

class MessageBar;
class TicketServices;

// The ticket detail's "Assign to" row: department (the venue's list) and assignee (a staff
// name, typed or picked), saved with TicketService::assign when Assign (or Enter) is pressed.
class TicketAssignmentBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketAssignmentBar)

public:
    TicketAssignmentBar(TicketServices &services, MessageBar &messages, QWidget *parent = nullptr);

    void setTicket(const ComplaintTicket &ticket);
    // Stores the chosen department and assignee; false (message on the page) when refused.
    bool assign();

    [[nodiscard]] QComboBox *departmentBox() const { return m_department; }
    [[nodiscard]] QComboBox *assigneeBox() const { return m_assignee; }
    [[nodiscard]] QPushButton *assignButton() const { return m_assign; }

Q_SIGNALS:
    void assigned();

private:
    void updateButton();

    TicketServices &m_services;
    MessageBar &m_messages;
    ComplaintTicket m_ticket;
    QComboBox *m_department;
    QComboBox *m_assignee;
    QPushButton *m_assign;
};

} // namespace innkeep::ui
