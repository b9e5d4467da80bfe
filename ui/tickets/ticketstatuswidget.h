// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickets/ticketquery.h"

#include <QWidget>

class QToolButton;

namespace innkeep::ui {

class TicketServices;

// The status bar's ticket counts: "2 overdue", "3 due soon". Each is a button that opens the
// Tickets page filtered to those tickets. Follows ticket changes and the page's clock tick.
class TicketStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketStatusWidget)

public:
    explicit TicketStatusWidget(TicketServices &services, QWidget *parent = nullptr);

    void refresh();
    [[nodiscard]] const TicketCounts &counts() const { return m_counts; }
    [[nodiscard]] QToolButton *overdueButton() const { return m_overdue; }
    [[nodiscard]] QToolButton *dueSoonButton() const { return m_dueSoon; }

Q_SIGNALS:
    void overdueClicked();
    void dueSoonClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    TicketServices &m_services;
    QToolButton *m_overdue;
    QToolButton *m_dueSoon;
    TicketCounts m_counts;
};

} // namespace innkeep::ui
