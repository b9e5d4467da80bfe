// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedback/feedbackentry.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QListWidget;
class QRadioButton;

namespace innkeep::ui {

class MessageBar;
class TicketServices;

// Staff correct what the analyser made of one entry: the sentiment (four radio buttons) and the
// topics (a checkable list of all fifteen, the current ones checked, the analyser's evidence
// under the list and as tooltips). Save sends only what changed through
// FeedbackService::correct; a refusal shows in the dialog, which stays open with the choices.
class CorrectAnalysisDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrectAnalysisDialog)

public:
    CorrectAnalysisDialog(TicketServices &services, const FeedbackEntry &entry, QWidget *parent = nullptr);

    // What Save would send: only the label and topics that differ from the entry as shown.
    [[nodiscard]] FeedbackCorrection correction() const;
    [[nodiscard]] const FeedbackEntry &saved() const { return m_saved; }
    [[nodiscard]] QRadioButton *labelButton(SentimentLabel label) const;
    [[nodiscard]] QListWidget *topicList() const { return m_topics; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }

public Q_SLOTS:
    void accept() override;

private:
    void showEvidence();

    TicketServices &m_services;
    FeedbackEntry m_entry;
    FeedbackEntry m_saved;
    MessageBar *m_messages;
    QButtonGroup *m_labels;
    QListWidget *m_topics;
    QLabel *m_evidence;
};

} // namespace innkeep::ui
