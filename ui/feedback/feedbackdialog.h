// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedback/feedbackentry.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
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
// scale (1–5, 1–10, NPS 0–10) or none, text, language, guest. The rating starts empty ("Not
// given"), never at a score nobody gave; a guest in the house today brings their stay (and room).
// Core's refusal shows inline.
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
    // The stay the entry will be linked to (the chosen guest's stay today), empty when none.
    [[nodiscard]] const QString &stayUuid() const { return m_stayUuid; }
    [[nodiscard]] QLabel *stayNote() const { return m_stayNote; }

public Q_SLOTS:
    void accept() override;

private:
    void updateScale();
    void fillStay(const QString &guestUuid);

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
    QLabel *m_stayNote;
    QString m_stayUuid;
    FeedbackEntry m_saved;
};

} // namespace innkeep::ui
