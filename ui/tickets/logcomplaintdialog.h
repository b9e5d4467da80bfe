// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickets/complaintticket.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
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

// Log a complaint in seconds without the mouse (Ctrl+Shift+C): guest or room → category →
// severity → description → Save. Enter saves from any field (Shift+Enter starts a new line
// in the description, Ctrl+Enter saves there too). Core's refusal appears inline.
class LogComplaintDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogComplaintDialog)

public:
    LogComplaintDialog(TicketServices &services, GuestSearch &search, QWidget *parent = nullptr);

    void setGuest(const QString &uuid, const QString &name);
    void setRoom(const QString &room);
    // When no guest is chosen yet, the guest in the room typed (who has it today) is filled in.
    void fillOccupant();
    [[nodiscard]] const ComplaintTicket &saved() const { return m_saved; }

    [[nodiscard]] GuestPicker *guestEdit() const { return m_guest; }
    [[nodiscard]] QLineEdit *roomEdit() const { return m_room; }
    [[nodiscard]] QComboBox *categoryBox() const { return m_category; }
    [[nodiscard]] QComboBox *severityBox() const { return m_severity; }
    [[nodiscard]] QPlainTextEdit *descriptionEdit() const { return m_description; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }

public Q_SLOTS:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    TicketServices &m_services;
    MessageBar *m_messages;
    GuestPicker *m_guest;
    QLabel *m_guestNote;
    QLineEdit *m_room;
    QComboBox *m_category;
    QComboBox *m_severity;
    QPlainTextEdit *m_description;
    QDialogButtonBox *m_buttons;
    ComplaintTicket m_saved;
    QWidget *m_initialFocus = nullptr;
};

} // namespace innkeep::ui
