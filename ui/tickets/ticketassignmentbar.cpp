// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketassignmentbar.h"

#include "staff/staffservice.h"
#include "ticketservices.h"
#include "widgets/messagebar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace innkeep::ui {

TicketAssignmentBar::TicketAssignmentBar(TicketServices &services, MessageBar &messages, QWidget *parent)
    : QWidget(parent), m_services(services), m_messages(messages), m_department(new QComboBox(this)),
      m_assignee(new QComboBox(this)), m_assign(new QPushButton(tr("Assign"), this))
{
    m_department->setAccessibleName(tr("Department"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_department->setMinimumContentsLength(6);
    m_assignee->setEditable(true);
    m_assignee->setInsertPolicy(QComboBox::NoInsert);
    m_assignee->setAccessibleName(tr("Assignee"));
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assignee->setMinimumContentsLength(6);
    m_assignee->lineEdit()->setPlaceholderText(tr("Staff member"));
    m_assign->setAutoDefault(false);
    m_assign->setToolTip(tr("Save the department and assignee (Enter in the name field)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_department, 1);
    layout->addWidget(m_assignee, 1);
    layout->addWidget(m_assign);
    setTabOrder(m_department, m_assignee);
    setTabOrder(m_assignee, m_assign);
    setFocusProxy(m_department);

    connect(m_assign, &QPushButton::clicked, this, &TicketAssignmentBar::assign);
    connect(m_assignee->lineEdit(), &QLineEdit::returnPressed, this, &TicketAssignmentBar::assign);
    connect(m_department, &QComboBox::currentIndexChanged, this, &TicketAssignmentBar::updateButton);
    connect(m_assignee, &QComboBox::editTextChanged, this, &TicketAssignmentBar::updateButton);
}

void TicketAssignmentBar::setTicket(const ComplaintTicket &ticket)
{
    m_ticket = ticket;
    const QSignalBlocker a(m_department), b(m_assignee);
    m_department->clear();
    m_department->addItem(tr("No department"), QString());
    if (auto items = m_services.settings.items(TicketListItem::List::Departments, true)) {
        for (const TicketListItem &item : std::as_const(*items)) {
            // Archived departments are not offered, except the one the ticket already has.
            if (!item.archived || item.key == ticket.department)
                m_department->addItem(item.label, item.key);
        }
    }
    m_department->setCurrentIndex(std::max(0, m_department->findData(ticket.department)));
    m_assignee->clear();
    // The current assignee, whoever is at the desk, then the venue's staff list.
    QStringList names{ticket.assignee, m_services.openVenue.staffOnDuty()};
    if (auto staff = m_services.openVenue.staff().members()) {
        for (const StaffMember &member : std::as_const(*staff))
            names.append(member.name);
    }
    names.removeAll(QString());
    names.removeDuplicates();
    m_assignee->addItems(names);
    m_assignee->setEditText(ticket.assignee);
    updateButton();
}

void TicketAssignmentBar::updateButton()
{
    const bool changed = m_department->currentData().toString() != m_ticket.department
                         || m_assignee->currentText().trimmed() != m_ticket.assignee;
    m_assign->setEnabled(!m_ticket.uuid.isEmpty() && changed);
}

bool TicketAssignmentBar::assign()
{
    if (m_ticket.uuid.isEmpty())
        return false;
    const QString department = m_department->currentData().toString();
    const QString assignee = m_assignee->currentText().trimmed();
    if (department == m_ticket.department && assignee == m_ticket.assignee)
        return true;
    auto stored = m_services.tickets.assign(m_ticket.uuid, department, assignee);
    if (!stored) {
        m_messages.showError(stored.error().message);
        (stored.error().field == u"assignee" ? static_cast<QWidget *>(m_assignee) : m_department)->setFocus();
        return false;
    }
    const QStringList who =
        QStringList{m_department->currentIndex() > 0 ? m_department->currentText() : QString(), assignee}
            .filter(QRegularExpression(QStringLiteral("\\S")));
    m_messages.showInfo(who.isEmpty() ? tr("Ticket unassigned.")
                                      : tr("Assigned to %1.").arg(who.join(QStringLiteral(" / "))));
    Q_EMIT assigned();
    return true;
}

} // namespace innkeep::ui
