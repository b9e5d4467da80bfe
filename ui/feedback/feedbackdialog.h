// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedback/feedbackentry.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace innkeep {
class GuestSearch;
}

namespace innkeep::ui {

class GuestPicker;
class MessageBar;
class TicketServices;

// Capture feedback from any channel: channel (with the review site's name), rating on its own
// scale (1–5, 1–10, NPS 0–10) or none, text, language, guest. Core's refusal shows inline.
class FeedbackDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackDialog)

public:
    FeedbackDialog(TicketServices &services, GuestSearch &search, QWidget *parent = nullptr);

    void setGuest(const QString &uuid, const QString &name);
    [[nodiscard]] const FeedbackEntry &saved() const { return m_saved; }
    [[nodiscard]] QComboBox *channelBox() const { return m_channel; }
    [[nodiscard]] QLineEdit *siteEdit() const { return m_site; }
    [[nodiscard]] QComboBox *scaleBox() const { return m_scale; }
    [[nodiscard]] QDoubleSpinBox *ratingBox() const { return m_rating; }
    [[nodiscard]] QPlainTextEdit *textEdit() const { return m_text; }
    [[nodiscard]] QComboBox *languageBox() const { return m_language; }
    [[nodiscard]] GuestPicker *guestEdit() const { return m_guest; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }

public Q_SLOTS:
    void accept() override;

private:
    void updateScale();

    TicketServices &m_services;
    MessageBar *m_messages;
    QComboBox *m_channel;
    QLineEdit *m_site;
    QComboBox *m_scale;
    QDoubleSpinBox *m_rating;
    QPlainTextEdit *m_text;
    QComboBox *m_language;
    QCheckBox *m_public;
    GuestPicker *m_guest;
    FeedbackEntry m_saved;
};

} // namespace innkeep::ui
