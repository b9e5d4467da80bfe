// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class QAction;

namespace innkeep::ui {

class AppServices;
class FeedbackPage;
class GuestFeedbackTab;
class GuestTicketsTab;
class MainWindow;
class TicketServices;
class TicketSettingsSection;
class TicketsPage;
class TicketStatusWidget;

// Complaints, feedback and their settings, plugged into the main window through its public
// API: the Tickets and Feedback pages, the status-bar counts, the profile's Tickets and
// Feedback tabs, the SLA/lists section of Settings and the Log Complaint action (Ctrl+Shift+C);
// starts the background analysis of feedback once the window is up.
class TicketsModule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketsModule)

public:
    TicketsModule(AppServices &services, MainWindow &window);
    ~TicketsModule() override;

    // Opens Log a Complaint, pre-filled only from what the user chose (the open profile, the Today
    // card they picked, the ticket they selected); returns the new ticket's uuid, or empty when
    // cancelled.
    QString logComplaint();
    // Tickets ▸ New Feedback (Ctrl+Shift+F), pre-filled by the same rule; returns the entry's uuid.
    QString newFeedback();
    void openTicket(const QString &ticketUuid);

    [[nodiscard]] TicketServices &services() const { return *m_services; }
    [[nodiscard]] TicketsPage *ticketsPage() const { return m_tickets; }
    [[nodiscard]] FeedbackPage *feedbackPage() const { return m_feedback; }
    [[nodiscard]] TicketStatusWidget *statusWidget() const { return m_status; }
    [[nodiscard]] TicketSettingsSection *settingsSection() const { return m_settings; }
    [[nodiscard]] GuestTicketsTab *guestTicketsTab() const { return m_guestTickets; }
    [[nodiscard]] GuestFeedbackTab *guestFeedbackTab() const { return m_guestFeedback; }
    [[nodiscard]] QAction *logComplaintAction() const { return m_logAction; }

private:
    AppServices &m_app;
    MainWindow &m_window;
    std::unique_ptr<TicketServices> m_services;
    TicketsPage *m_tickets;
    FeedbackPage *m_feedback;
    TicketStatusWidget *m_status;
    TicketSettingsSection *m_settings;
    GuestTicketsTab *m_guestTickets;
    GuestFeedbackTab *m_guestFeedback;
    QAction *m_logAction;
};

} // namespace innkeep::ui
