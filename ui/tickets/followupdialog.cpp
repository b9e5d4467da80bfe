// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupdialog.h"

#include "ticketdisplaytext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace innkeep::ui {

FollowUpDialog::FollowUpDialog(QWidget *parent)
    : QDialog(parent), m_channel(new QComboBox), m_reaction(new QLineEdit), m_satisfaction(new QComboBox),
      m_outcome(new QComboBox)
{
    setWindowTitle(tr("Record Follow-up"));
    for (auto channel : {FollowUp::Channel::InPerson, FollowUp::Channel::Phone, FollowUp::Channel::Email,
                         FollowUp::Channel::Sms, FollowUp::Channel::Letter, FollowUp::Channel::Other})
        m_channel->addItem(TicketDisplayText::followUpChannelLabel(channel), int(channel));
    m_reaction->setPlaceholderText(tr("What the guest said"));
    m_satisfaction->addItem(tr("Not asked"), 0);
    const QStringList words{tr("1 – very unhappy"), tr("2 – unhappy"), tr("3 – neutral"), tr("4 – satisfied"),
                            tr("5 – delighted")};
    for (int i = 0; i < words.size(); ++i)
        m_satisfaction->addItem(words.at(i), i + 1);
    for (auto o : {TicketOutcome::None, TicketOutcome::Recovered, TicketOutcome::Lost})
        m_outcome->addItem(TicketDisplayText::outcomeLabel(o), int(o));

    auto *form = new QFormLayout(this);
    auto add = [form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    add(tr("&Contacted by:"), m_channel);
    add(tr("Guest's &reaction:"), m_reaction);
    add(tr("&Satisfaction:"), m_satisfaction);
    add(tr("&Outcome:"), m_outcome);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(440);
}

FollowUp FollowUpDialog::followUp() const
{
    FollowUp f;
    f.channel = FollowUp::Channel(m_channel->currentData().toInt());
    f.reaction = m_reaction->text().trimmed();
    if (const int s = m_satisfaction->currentData().toInt(); s > 0)
        f.satisfaction = s;
    return f;
}

TicketOutcome FollowUpDialog::outcome() const
{
    return TicketOutcome(m_outcome->currentData().toInt());
}

} // namespace innkeep::ui
