// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/profiletab.h"

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;

namespace innkeep::ui {

class FeedbackListModel;
class TicketServices;

// The guest profile's Feedback tab: what this guest told us, newest first, with its sentiment
// and topics. Enter or a double-click opens the entry on the Feedback page; "Correct Analysis…"
// (context menu, Ctrl+Shift+A) corrects the selected one here.
class GuestFeedbackTab final : public ProfileTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuestFeedbackTab)

public:
    explicit GuestFeedbackTab(TicketServices &services, QWidget *parent = nullptr);
    void setGuest(const QString &guestUuid) override;
    [[nodiscard]] FeedbackListModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QAction *correctAction() const { return m_correctAction; }

Q_SIGNALS:
    void feedbackOpened(const QString &feedbackUuid);

private:
    TicketServices &m_services;
    FeedbackListModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QAction *m_correctAction;
};

} // namespace innkeep::ui
