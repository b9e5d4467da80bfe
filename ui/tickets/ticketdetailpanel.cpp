// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketdetailpanel.h"

#include "compensationdialog.h"
#include "followupdialog.h"
#include "reclassifydialog.h"
#include "ticketassignmentbar.h"
#include "ticketservices.h"
#include "venue/venuesettings.h"
#include "widgets/format.h"
#include "widgets/messagebar.h"
#include "widgets/plaintext.h"
#include "widgets/question.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace innkeep::ui {

TicketDetailPanel::TicketDetailPanel(TicketServices &services, VenueSettings &venue, MessageBar &messages,
                                     QWidget *parent)
    : QWidget(parent), m_services(services), m_venue(venue), m_messages(messages),
      m_stack(new QStackedWidget),
      m_empty(new QLabel(tr("Select a ticket to see its timeline and act on it."))), m_title(new QLabel),
      m_meta(new QLabel), m_openGuest(new QPushButton(tr("Open &profile"))),
      m_reclassify(new QPushButton(tr("Re&classify…"))), m_status(new QLabel), m_sla(new QLabel),
      m_description(new QLabel), m_transitions(new QHBoxLayout),
      m_assignment(new TicketAssignmentBar(services, messages)), m_summary(new QLineEdit),
      m_outcome(new QComboBox), m_timeline(new QTreeWidget), m_note(new QLineEdit),
      m_addNote(new QPushButton(tr("Add &note"))), m_compensation(new QPushButton(tr("Compensation…"))),
      m_followUp(new QPushButton(tr("Follo&w-up…")))
{
    setObjectName(QStringLiteral("ticketDetail"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    for (QLabel *label : {m_title, m_meta, m_description, m_sla, m_status}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_sla->setObjectName(QStringLiteral("slaLine"));
    m_sla->setMargin(4);
    m_sla->setAutoFillBackground(true);

    m_summary->setPlaceholderText(tr("What was done — needed to close"));
    for (auto o : {TicketOutcome::None, TicketOutcome::Recovered, TicketOutcome::Lost})
        m_outcome->addItem(TicketDisplayText::outcomeLabel(o), int(o));
    m_note->setPlaceholderText(tr("Internal note, action taken…"));

    m_timeline->setColumnCount(3);
    m_timeline->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setWordWrap(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setUniformRowHeights(false);
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->setAccessibleName(tr("Timeline"));

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_status);
    layout->addLayout(head);
    auto *metaRow = new QHBoxLayout;
    metaRow->addWidget(m_meta, 1);
    metaRow->addWidget(m_reclassify);
    metaRow->addWidget(m_openGuest);
    layout->addLayout(metaRow);
    layout->addWidget(m_sla);
    layout->addWidget(m_description);
    layout->addLayout(m_transitions);

    auto *close = new QFormLayout;
    auto *assignLabel = new QLabel(tr("&Assign to:"));
    assignLabel->setBuddy(m_assignment->departmentBox());
    close->addRow(assignLabel, m_assignment);
    auto *summaryLabel = new QLabel(tr("&Resolution summary:"));
    summaryLabel->setBuddy(m_summary);
    close->addRow(summaryLabel, m_summary);
    auto *outcomeLabel = new QLabel(tr("Outco&me:"));
    outcomeLabel->setBuddy(m_outcome);
    close->addRow(outcomeLabel, m_outcome);
    layout->addLayout(close);

    layout->addWidget(m_timeline, 1);
    auto *noteRow = new QHBoxLayout;
    m_note->setAccessibleName(tr("Note"));
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote);
    layout->addLayout(noteRow);
    auto *moreRow = new QHBoxLayout;
    moreRow->addWidget(m_compensation);
    moreRow->addWidget(m_followUp);
    moreRow->addStretch(1);
    layout->addLayout(moreRow);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_addNote, &QPushButton::clicked, this, &TicketDetailPanel::addNote);
    connect(m_note, &QLineEdit::returnPressed, this, &TicketDetailPanel::addNote);
    connect(m_compensation, &QPushButton::clicked, this, &TicketDetailPanel::addCompensation);
    connect(m_reclassify, &QPushButton::clicked, this, &TicketDetailPanel::reclassify);
    connect(m_followUp, &QPushButton::clicked, this, &TicketDetailPanel::recordFollowUp);
    connect(m_assignment, &TicketAssignmentBar::assigned, this, &TicketDetailPanel::refresh);
    connect(m_openGuest, &QPushButton::clicked, this, [this] { Q_EMIT guestOpened(m_ticket.guestUuid); });
    connect(m_outcome, &QComboBox::activated, this, [this] {
        const auto outcome = TicketOutcome(m_outcome->currentData().toInt());
        if (m_ticket.uuid.isEmpty() || isOpen(m_ticket.status) || outcome == m_ticket.outcome
            || outcome == TicketOutcome::None)
            return; // before resolution the choice waits for Close
        if (auto r = m_services.tickets.setOutcome(m_uuid, outcome); !r)
            m_messages.showError(r.error().message);
    });
}

void TicketDetailPanel::setTicket(const QString &uuid)
{
    if (uuid != m_uuid) {
        m_summary->clear();
        m_note->clear();
    }
    m_uuid = uuid;
    refresh();
}

void TicketDetailPanel::refresh()
{
    if (m_uuid.isEmpty()) {
        m_ticket = {};
        m_stack->setCurrentIndex(0);
        return;
    }
    auto ticket = m_services.tickets.ticket(m_uuid);
    if (!ticket) {
        m_uuid.clear();
        m_ticket = {};
        m_stack->setCurrentIndex(0);
        return;
    }
    m_ticket = *ticket;
    m_labels.load(m_services.settings);
    m_stack->setCurrentIndex(1);
    m_title->setText(
        tr("%1 · %2").arg(m_labels.category(m_ticket.category), ticketSeverityLabel(m_ticket.severity)));
    QStringList meta;
    meta << (m_ticket.guestName.isEmpty() ? tr("Guest not known") : m_ticket.guestName);
    if (!m_ticket.room.isEmpty())
        meta << tr("Room %1").arg(m_ticket.room);
    meta << (m_ticket.createdBy.isEmpty()
                 ? tr("logged %1").arg(Format::dateTime(m_ticket.createdAt))
                 : tr("logged %1 by %2").arg(Format::dateTime(m_ticket.createdAt), m_ticket.createdBy));
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_openGuest->setVisible(!m_ticket.guestUuid.isEmpty());
    m_status->setText(tr("Status: %1").arg(ticketStatusLabel(m_ticket.status)));
    m_description->setText(m_ticket.description);
    if (m_summary->text().isEmpty())
        m_summary->setText(m_ticket.resolutionSummary);
    m_outcome->setCurrentIndex(m_outcome->findData(int(m_ticket.outcome)));
    m_assignment->setTicket(m_ticket);
    m_followUp->setEnabled(!isOpen(m_ticket.status));
    m_followUp->setToolTip(m_followUp->isEnabled() ? QString()
                                                   : tr("Follow up once the ticket is resolved."));
    refreshSla();
    rebuildTransitions();
    fillTimeline();
}

void TicketDetailPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        refreshSla();
}

void TicketDetailPanel::refreshSla()
{
    if (m_ticket.uuid.isEmpty())
        return;
    auto reading = m_services.tickets.sla(m_ticket);
    if (!reading)
        return;
    const SlaDisplay d = TicketDisplayText::sla(*reading);
    QString text = tr("SLA: %1").arg(d.text());
    if (!d.target.isEmpty())
        text += tr(" (target: %1)").arg(d.target);
    m_sla->setText(text);
    QPalette p = palette();
    if (auto tone = d.tone()) {
        p.setColor(QPalette::Window, theme::background(p, *tone));
        p.setColor(QPalette::WindowText, theme::foreground(p, *tone));
    }
    m_sla->setPalette(p);
    m_sla->setProperty("slaLight", int(d.light));
}

QPushButton *TicketDetailPanel::transitionButton(TicketStatus status) const
{
    for (QPushButton *button : m_transitionButtons) {
        if (button->property("toStatus").toInt() == int(status))
            return button;
    }
    return nullptr;
}

void TicketDetailPanel::rebuildTransitions()
{
    qDeleteAll(m_transitionButtons);
    m_transitionButtons.clear();
    while (QLayoutItem *item = m_transitions->takeAt(0))
        delete item;
    QWidget *previous = m_openGuest;
    for (TicketStatus to : TicketWorkflow::nextStatuses(m_ticket.status)) {
        auto *button = new QPushButton(TicketDisplayText::actionLabel(m_ticket.status, to));
        button->setProperty("toStatus", int(to));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, to] { move(to); });
        m_transitions->addWidget(button);
        button->setVisible(true); // now, not on the layout's queued show
        m_transitionButtons.append(button);
        setTabOrder(previous, button);
        previous = button;
    }
    m_transitions->addStretch(1);
    setTabOrder(previous, m_assignment->departmentBox());
    setTabOrder(m_assignment->departmentBox(), m_assignment->assigneeBox());
    setTabOrder(m_assignment->assigneeBox(), m_assignment->assignButton());
    setTabOrder(m_assignment->assignButton(), m_summary);
}

void TicketDetailPanel::fillMenu(QMenu *menu)
{
    if (m_uuid.isEmpty())
        return;
    if (!m_ticket.guestUuid.isEmpty()) {
        QAction *open = menu->addAction(tr("Open Guest Profile"), this,
                                        [this] { Q_EMIT guestOpened(m_ticket.guestUuid); });
        menu->setDefaultAction(open);
        menu->addSeparator();
    }
    for (TicketStatus to : TicketWorkflow::nextStatuses(m_ticket.status))
        menu->addAction(TicketDisplayText::actionLabel(m_ticket.status, to), this, [this, to] { move(to); });
    menu->addSeparator();
    menu->addAction(tr("Add a Note"), this, [this] { m_note->setFocus(Qt::OtherFocusReason); });
    menu->addAction(tr("Reclassify…"), this, &TicketDetailPanel::reclassify);
    menu->addAction(tr("Add Compensation…"), this, &TicketDetailPanel::addCompensation);
    menu->addAction(tr("Record Follow-up…"), this, &TicketDetailPanel::recordFollowUp);
}

bool TicketDetailPanel::confirmMove(TicketStatus to, const QString &summary)
{
    // Resolving and closing end the desk's work on a complaint: one misplaced click must not.
    // (Closing with no summary is refused by core; there is nothing to confirm.)
    if ((to != TicketStatus::Resolved && to != TicketStatus::Closed)
        || (to == TicketStatus::Closed && summary.isEmpty()))
        return true;
    const QString guest = m_ticket.guestName.isEmpty() ? tr("a guest not known by name") : m_ticket.guestName;
    QMessageBox box(
        QMessageBox::Question, to == TicketStatus::Resolved ? tr("Resolve Complaint") : tr("Close Complaint"),
        to == TicketStatus::Resolved ? tr("Mark the complaint of %1 as resolved?").arg(guest)
                                     : tr("Close the complaint of %1? A closed complaint leaves "
                                          "the queue; it can be reopened from its guest's profile.")
                                           .arg(guest),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText); // the guest's name as typed
    box.button(QMessageBox::Yes)->setText(to == TicketStatus::Resolved ? tr("&Resolve") : tr("C&lose"));
    box.setDefaultButton(QMessageBox::Yes);
    if (!summary.isEmpty())
        box.setInformativeText(tr("Resolution: %1").arg(summary));
    return Question::exec(box) == QMessageBox::Yes;
}

void TicketDetailPanel::move(TicketStatus to)
{
    const QString summary = m_summary->text().trimmed();
    if (!confirmMove(to, summary))
        return;
    Result<ComplaintTicket> moved = std::unexpected(Error{});
    if (to == TicketStatus::Closed)
        moved = m_services.tickets.close(m_uuid, summary, TicketOutcome(m_outcome->currentData().toInt()));
    else if (to == TicketStatus::Resolved)
        moved = m_services.tickets.resolve(m_uuid, summary);
    else
        moved = m_services.tickets.move(m_uuid, to);
    if (!moved) {
        m_messages.showError(moved.error().message);
        if (moved.error().field == u"resolution_summary")
            m_summary->setFocus();
        return;
    }
    m_messages.showInfo(tr("Ticket is now %1.").arg(ticketStatusLabel(moved->status)));
    refresh();
}

void TicketDetailPanel::addNote()
{
    const QString text = m_note->text().trimmed();
    if (m_uuid.isEmpty() || text.isEmpty())
        return;
    if (auto r = m_services.tickets.addNote(m_uuid, text); !r) {
        m_messages.showError(r.error().message);
        return;
    }
    m_note->clear();
    refresh();
}

void TicketDetailPanel::reclassify()
{
    ReclassifyDialog dialog(m_services, m_ticket, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto r = m_services.tickets.reclassify(m_uuid, dialog.severity(), dialog.category()); !r) {
        m_messages.showError(r.error().message);
        return;
    }
    refresh();
}

void TicketDetailPanel::addCompensation()
{
    CompensationDialog dialog(m_venue.currency(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto r = m_services.tickets.addCompensation(m_uuid, dialog.compensation()); !r) {
        m_messages.showError(r.error().message);
        return;
    }
    refresh();
}

void TicketDetailPanel::recordFollowUp()
{
    FollowUpDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The follow-up and the outcome are one action: one core call stores both or neither.
    if (auto r = m_services.tickets.recordFollowUp(m_uuid, dialog.followUp(), dialog.outcome()); !r) {
        m_messages.showError(r.error().message);
        return;
    }
    refresh();
}

void TicketDetailPanel::fillTimeline()
{
    m_timeline->clear();
    TicketService &tickets = m_services.tickets;
    auto events = tickets.timeline(m_ticket.id);
    if (!events) {
        m_messages.showError(events.error().message);
        return;
    }
    const auto compensations = tickets.compensations(m_ticket.id).value_or(QList<Compensation>{});
    const auto followUps = tickets.followUps(m_ticket.id).value_or(QList<FollowUp>{});
    for (const TicketEvent &e : std::as_const(*events)) {
        QString what;
        switch (e.kind) {
        case TicketEvent::Kind::Created:
            what = tr("Logged: %1").arg(e.body.isEmpty() ? m_ticket.description : e.body);
            break;
        case TicketEvent::Kind::Status:
            what = tr("%1 → %2").arg(e.fromStatus ? ticketStatusLabel(*e.fromStatus) : QString(),
                                     e.toStatus ? ticketStatusLabel(*e.toStatus) : QString());
            if (!e.body.isEmpty())
                what += tr(": %1").arg(e.body);
            break;
        case TicketEvent::Kind::Note: what = tr("Note: %1").arg(e.body); break;
        case TicketEvent::Kind::Action: what = tr("Action: %1").arg(e.body); break;
        case TicketEvent::Kind::Assignment: what = tr("Assigned: %1").arg(e.body); break;
        case TicketEvent::Kind::Outcome:
            what = tr("Outcome: %1")
                       .arg(TicketDisplayText::outcomeLabel(
                           ticketOutcomeFromToken(e.body).value_or(TicketOutcome::None)));
            break;
        case TicketEvent::Kind::Link: what = tr("Linked: %1").arg(e.body); break;
        case TicketEvent::Kind::Compensation: {
            what = tr("Compensation: %1").arg(e.body);
            for (const Compensation &c : compensations) {
                if (c.uuid == e.refUuid) {
                    what = tr("Compensation: %1, %2")
                               .arg(TicketDisplayText::compensationKindLabel(c.kind),
                                    Format::money(c.costMinor, c.currency));
                    if (!c.description.isEmpty())
                        what += tr(" — %1").arg(c.description);
                }
            }
            break;
        }
        case TicketEvent::Kind::FollowUp: {
            what = tr("Follow-up: %1").arg(e.body);
            for (const FollowUp &f : followUps) {
                if (f.uuid != e.refUuid)
                    continue;
                what =
                    tr("Follow-up by %1").arg(TicketDisplayText::followUpChannelLabel(f.channel).toLower());
                if (f.satisfaction)
                    what += tr(", satisfaction %1/5").arg(*f.satisfaction);
                if (!f.reaction.isEmpty())
                    what += tr(": “%1”").arg(f.reaction);
            }
            break;
        }
        }
        auto *item = new QTreeWidgetItem(m_timeline, {Format::dateTime(e.atMs), e.staff, what});
        item->setToolTip(2, PlainText::toolTip(what)); // notes and reactions as staff typed them
    }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
}

} // namespace innkeep::ui
