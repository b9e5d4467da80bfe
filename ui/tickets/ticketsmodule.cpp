// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsmodule.h"

#include "appservices.h"
#include "feedback/feedbackdialog.h"
#include "feedback/feedbackpage.h"
#include "feedback/guestfeedbacktab.h"
#include "guestticketstab.h"
#include "logcomplaintdialog.h"
#include "mainwindow.h"
#include "models/staycardmodel.h"
#include "profile/guestprofilepage.h"
#include "search/globalsearch.h"
#include "settings/settingspage.h"
#include "ticketdetailpanel.h"
#include "ticketqueuemodel.h"
#include "ticketservices.h"
#include "ticketsettings/ticketsettingssection.h"
#include "ticketspage.h"
#include "ticketstatuswidget.h"
#include "today/todaypage.h"
#include "widgets/icons.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace innkeep::ui {

TicketsModule::TicketsModule(AppServices &services, MainWindow &window)
    : QObject(&window), m_app(services), m_window(window),
      m_services(std::make_unique<TicketServices>(services.openVenue)),
      m_tickets(new TicketsPage(*m_services, services.venue, &window)),
      m_feedback(new FeedbackPage(*m_services, services.search, &window)),
      m_status(new TicketStatusWidget(*m_services, &window)),
      m_settings(new TicketSettingsSection(*m_services, &window)),
      m_guestTickets(new GuestTicketsTab(*m_services)), m_guestFeedback(new GuestFeedbackTab(*m_services)),
      m_logAction(new QAction(tr("&Log Complaint…"), &window))
{
    window.addPage(m_tickets, QStringLiteral("tickets"), tr("Tickets"), QKeySequence(Qt::CTRL | Qt::Key_3));
    window.addPage(m_feedback, QStringLiteral("feedback"), tr("Feedback"),
                   QKeySequence(Qt::CTRL | Qt::Key_4));
    window.addStatusWidget(m_status);
    window.settingsPage()->addSection(m_settings);
    window.profilePage()->addTab(m_guestTickets, tr("Tickets"));
    window.profilePage()->addTab(m_guestFeedback, tr("Feedback"));

    icons::set(m_logAction, QStringLiteral("tickets"));
    m_logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_logAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_logAction, &QAction::triggered, this, [this] { logComplaint(); });
    window.addAction(m_logAction);
    auto *menu = new QMenu(tr("&Tickets"), &window);
    menu->addAction(m_logAction);
    QAction *feedback = menu->addAction(tr("New &Feedback…"));
    icons::set(feedback, QStringLiteral("feedback"));
    feedback->setObjectName(QStringLiteral("newFeedback"));
    feedback->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    feedback->setShortcutContext(Qt::ApplicationShortcut);
    connect(feedback, &QAction::triggered, this, [this] { newFeedback(); });
    window.addAction(feedback);
    window.addGuestAction(m_logAction);
    window.addGuestAction(feedback);
    QAction *handover = menu->addAction(tr("Shift &Handover…"));
    handover->setObjectName(QStringLiteral("shiftHandover"));
    handover->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    handover->setShortcutContext(Qt::ApplicationShortcut);
    window.addAction(handover);
    connect(handover, &QAction::triggered, this, [this] {
        m_window.showPage(m_tickets);
        m_tickets->showHandover();
    });
    // Before Help, so the shortcut list shows it with the other menus.
    const QList<QAction *> menus = window.menuBar()->actions();
    window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), menu);

    connect(m_status, &TicketStatusWidget::overdueClicked, this, [this] {
        m_tickets->showOverdue();
        m_window.showPage(m_tickets);
    });
    connect(m_status, &TicketStatusWidget::dueSoonClicked, this, [this] {
        m_tickets->showDueSoon();
        m_window.showPage(m_tickets);
    });
    connect(m_tickets->timer(), &QTimer::timeout, m_status, &TicketStatusWidget::refresh);
    connect(m_tickets, &TicketsPage::logComplaintRequested, this, [this] { logComplaint(); });
    connect(m_tickets, &TicketsPage::guestOpened, &window, &MainWindow::openGuest);
    connect(m_guestTickets, &GuestTicketsTab::ticketOpened, this, &TicketsModule::openTicket);
    connect(m_feedback, &FeedbackPage::ticketOpened, this, &TicketsModule::openTicket);
    connect(m_feedback, &FeedbackPage::guestOpened, &window, &MainWindow::openGuest);
    connect(window.globalSearch(), &GlobalSearch::ticketActivated, this,
            [this](const QString &ticketUuid, const QString &) { openTicket(ticketUuid); });
    connect(window.globalSearch(), &GlobalSearch::feedbackActivated, this,
            [this](const QString &uuid, const QString &) {
                m_feedback->selectEntry(uuid);
                m_window.showPage(m_feedback);
            });
    connect(m_guestFeedback, &GuestFeedbackTab::feedbackOpened, this, [this](const QString &uuid) {
        m_feedback->selectEntry(uuid);
        m_window.showPage(m_feedback);
    });
    // Feedback read by an older analyser (or never) is analysed in the background once the window
    // is up; from then on corrections teach it (OpenVenue). The Feedback page shows the progress.
    QTimer::singleShot(0, this, [this] {
        if (auto started = m_services->openVenue.analyseFeedbackInBackground(); !started)
            m_feedback->messageBar()->showError(started.error().message);
    });
}

TicketsModule::~TicketsModule() = default;

QString TicketsModule::logComplaint()
{
    LogComplaintDialog dialog(*m_services, m_app.search, &m_window);
    // Pre-filled only from what the user chose: the open profile, the Today card they picked, the
    // ticket they selected. Anything else starts empty (a complaint on the wrong guest is worse
    // than one typed in).
    QWidget *page = m_window.currentPage();
    if (page == m_window.profilePage() && !m_window.profilePage()->guestUuid().isEmpty()) {
        dialog.setGuest(m_window.profilePage()->guestUuid(), m_window.profilePage()->nameLabel()->text());
    } else if (page == m_window.todayPage() && m_window.todayPage()->selectedCard()) {
        const StayWithGuest &stay = m_window.todayPage()->selectedCard()->stay;
        dialog.setGuest(stay.stay.guestUuid, stay.guestDisplayName);
        if (!stay.stay.room.isEmpty())
            dialog.setRoom(stay.stay.room);
    } else if (page == m_tickets && !m_tickets->detail()->ticketUuid().isEmpty()
               && m_tickets->view()->selectionModel()->hasSelection()) {
        // Only a ticket the user selected; the one shown because the list has focus is no choice.
        const ComplaintTicket &t = m_tickets->detail()->ticket();
        if (!t.guestUuid.isEmpty())
            dialog.setGuest(t.guestUuid, t.guestName);
        if (!t.room.isEmpty())
            dialog.setRoom(t.room);
    }
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const ComplaintTicket &saved = dialog.saved();
    m_window.statusBar()->showMessage(
        tr("Complaint logged: %1")
            .arg(saved.guestName.isEmpty() ? tr("room %1").arg(saved.room) : saved.guestName),
        8000);
    if (page == m_tickets)
        m_tickets->selectTicket(saved.uuid);
    return saved.uuid;
}

QString TicketsModule::newFeedback()
{
    FeedbackDialog dialog(*m_services, m_app.search, &m_window);
    // The same rule as a complaint: only a guest the user chose (the open profile, a picked card).
    QWidget *page = m_window.currentPage();
    if (page == m_window.profilePage() && !m_window.profilePage()->guestUuid().isEmpty()) {
        dialog.setGuest(m_window.profilePage()->guestUuid(), m_window.profilePage()->nameLabel()->text());
    } else if (page == m_window.todayPage() && m_window.todayPage()->selectedCard()) {
        const StayWithGuest &stay = m_window.todayPage()->selectedCard()->stay;
        dialog.setGuest(stay.stay.guestUuid, stay.guestDisplayName);
    }
    if (dialog.exec() != QDialog::Accepted)
        return {};
    m_window.statusBar()->showMessage(tr("Feedback recorded."), 8000);
    if (page == m_feedback)
        m_feedback->selectEntry(dialog.saved().uuid);
    return dialog.saved().uuid;
}

void TicketsModule::openTicket(const QString &ticketUuid)
{
    if (ticketUuid.isEmpty())
        return;
    m_window.showPage(m_tickets);
    m_tickets->selectTicket(ticketUuid);
}

} // namespace innkeep::ui
