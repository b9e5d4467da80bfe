// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/profiletab.h"

class QLabel;
class QStackedWidget;
class QTableView;

namespace innkeep::ui {

class TicketQueueModel;
class TicketServices;

// The guest profile's Tickets tab: every complaint of the guest, open ones first.
// Double-click or Enter opens the ticket on the Tickets page.
class GuestTicketsTab final : public ProfileTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuestTicketsTab)

public:
    explicit GuestTicketsTab(TicketServices &services, QWidget *parent = nullptr);
    void setGuest(const QString &guestUuid) override;
    [[nodiscard]] TicketQueueModel *model() const { return m_model; }

Q_SIGNALS:
    void ticketOpened(const QString &ticketUuid);

private:
    TicketServices &m_services;
    TicketQueueModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QStackedWidget *m_stack;
};

} // namespace innkeep::ui
