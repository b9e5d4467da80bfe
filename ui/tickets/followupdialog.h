// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickets/followup.h"
#include "tickets/ticketoutcome.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace innkeep::ui {

// Closing the loop with the guest: how they were reached, what they said, how satisfied they
// are with the resolution (1–5) and whether we kept them (Recovered / Lost).
class FollowUpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpDialog)

public:
    explicit FollowUpDialog(QWidget *parent = nullptr);

    [[nodiscard]] FollowUp followUp() const;
    [[nodiscard]] TicketOutcome outcome() const;
    [[nodiscard]] QComboBox *channelBox() const { return m_channel; }
    [[nodiscard]] QLineEdit *reactionEdit() const { return m_reaction; }
    [[nodiscard]] QComboBox *satisfactionBox() const { return m_satisfaction; }
    [[nodiscard]] QComboBox *outcomeBox() const { return m_outcome; }

private:
    QComboBox *m_channel;
    QLineEdit *m_reaction;
    QComboBox *m_satisfaction;
    QComboBox *m_outcome;
};

} // namespace innkeep::ui
