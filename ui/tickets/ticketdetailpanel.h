// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketdisplaytext.h"
#include "tickets/complaintticket.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace innkeep {
class VenueSettings;
}

namespace innkeep::ui {

class MessageBar;
class TicketAssignmentBar;
class TicketServices;

// One ticket: header, live SLA line, the transitions its status allows (TicketWorkflow), the
// timeline (status changes, notes, actions, compensation, follow-ups — who and when), and the
// actions that close the loop. Every button is one service call; refusals go to the page's
// message bar.
class TicketDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketDetailPanel)

public:
    TicketDetailPanel(TicketServices &services, VenueSettings &venue, MessageBar &messages,
                      QWidget *parent = nullptr);

    void setTicket(const QString &uuid); // empty: nothing selected
    [[nodiscard]] const QString &ticketUuid() const { return m_uuid; }
    [[nodiscard]] const ComplaintTicket &ticket() const { return m_ticket; }
    void refresh();
    void refreshSla();

    // The button for a move to `status`, or nullptr when the workflow does not allow it now.
    [[nodiscard]] QPushButton *transitionButton(TicketStatus status) const;
    [[nodiscard]] QLineEdit *noteEdit() const { return m_note; }
    [[nodiscard]] QLineEdit *summaryEdit() const { return m_summary; }
    [[nodiscard]] QComboBox *outcomeBox() const { return m_outcome; }
    [[nodiscard]] QPushButton *followUpButton() const { return m_followUp; }
    [[nodiscard]] QPushButton *compensationButton() const { return m_compensation; }
    [[nodiscard]] QPushButton *reclassifyButton() const { return m_reclassify; }
    [[nodiscard]] QTreeWidget *timeline() const { return m_timeline; }
    [[nodiscard]] QLabel *slaLabel() const { return m_sla; }
    [[nodiscard]] TicketAssignmentBar *assignment() const { return m_assignment; }

    // The selected ticket's actions as a menu (the queue's right-click menu): open the guest,
    // the moves its status allows, reclassify, compensation, follow-up, a note. Empty with no ticket.
    void fillMenu(QMenu *menu);
    // Asks before a move that ends the desk's work (resolve, close); true to go ahead.
    [[nodiscard]] bool confirmMove(TicketStatus to, const QString &summary);
    void move(TicketStatus to);
    void addNote();
    void reclassify();
    void addCompensation();
    void recordFollowUp();

Q_SIGNALS:
    void guestOpened(const QString &guestUuid);

protected:
    // The SLA line's colours come from the palette: redo them when it changes (dark mode).
    void changeEvent(QEvent *event) override;

private:
    void rebuildTransitions();
    void fillTimeline();

    TicketServices &m_services;
    VenueSettings &m_venue;
    MessageBar &m_messages;
    QString m_uuid;
    ComplaintTicket m_ticket;
    TicketLabels m_labels;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_meta;
    QPushButton *m_openGuest;
    QPushButton *m_reclassify;
    QLabel *m_status;
    QLabel *m_sla;
    QLabel *m_description;
    QHBoxLayout *m_transitions;
    QList<QPushButton *> m_transitionButtons;
    TicketAssignmentBar *m_assignment;
    QLineEdit *m_summary;
    QComboBox *m_outcome;
    QTreeWidget *m_timeline;
    QLineEdit *m_note;
    QPushButton *m_addNote;
    QPushButton *m_compensation;
    QPushButton *m_followUp;
};

} // namespace innkeep::ui
