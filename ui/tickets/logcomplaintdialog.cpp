// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logcomplaintdialog.h"

#include "guestpicker.h"
#include "ticketclasschoice.h"
#include "ticketservices.h"
#include "widgets/messagebar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace innkeep::ui {

LogComplaintDialog::LogComplaintDialog(TicketServices &services, GuestSearch &search, QWidget *parent)
    : QDialog(parent), m_services(services), m_messages(new MessageBar), m_guest(new GuestPicker(search)),
      m_guestNote(new QLabel), m_room(new QLineEdit), m_category(new QComboBox), m_severity(new QComboBox),
      m_description(new QPlainTextEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("logComplaintDialog"));
    setWindowTitle(tr("Log a Complaint"));
    m_room->setPlaceholderText(tr("e.g. 204"));
    m_room->setMaxLength(16);
    m_guestNote->setWordWrap(true);
    m_guestNote->setTextFormat(Qt::PlainText);
    m_guestNote->setForegroundRole(QPalette::PlaceholderText);

    fillCategories(*m_category, services, QStringLiteral("other"));
    fillSeverities(*m_severity, TicketSeverity::Medium);

    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What happened, in the guest's words"));
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_description->installEventFilter(this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *guestLabel = new QLabel(tr("&Guest:"));
    guestLabel->setBuddy(m_guest);
    form->addRow(guestLabel, m_guest);
    form->addRow(QString(), m_guestNote);
    auto *roomLabel = new QLabel(tr("&Room:"));
    roomLabel->setBuddy(m_room);
    form->addRow(roomLabel, m_room);
    auto *categoryLabel = new QLabel(tr("&Category:"));
    categoryLabel->setBuddy(m_category);
    form->addRow(categoryLabel, m_category);
    auto *severityLabel = new QLabel(tr("Se&verity:"));
    severityLabel->setBuddy(m_severity);
    form->addRow(severityLabel, m_severity);
    // A combo box reads out its current item; say which field it is.
    m_category->setAccessibleName(tr("Category"));
    m_severity->setAccessibleName(tr("Severity"));
    auto *descriptionLabel = new QLabel(tr("&Description:"));
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);

    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setText(tr("&Save"));
    save->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LogComplaintDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LogComplaintDialog::reject);
    connect(m_guest, &GuestPicker::guestChanged, this, [this](const QString &uuid, const QString &name) {
        if (uuid.isEmpty())
            m_guestNote->setText(m_guest->text().trimmed().isEmpty()
                                     ? tr("No guest: give the room instead.")
                                     : tr("No guest matches; give the room."));
        else
            m_guestNote->setText(tr("Logs against %1").arg(name));
    });
    m_guestNote->setText(tr("Type a few letters of the name, or leave empty and give the room."));
    connect(m_room, &QLineEdit::editingFinished, this, &LogComplaintDialog::fillOccupant);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    // Reading order; the room field is one Tab away for complaints not tied to a guest yet.
    setTabOrder(m_guest, m_room);
    setTabOrder(m_room, m_category);
    setTabOrder(m_category, m_severity);
    setTabOrder(m_severity, m_description);
    setTabOrder(m_description, save);
    setTabOrder(save, m_buttons->button(QDialogButtonBox::Cancel));
    setMinimumWidth(520);
    m_initialFocus = m_guest;
}

void LogComplaintDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_initialFocus)
        m_initialFocus->setFocus(Qt::TabFocusReason);
}

void LogComplaintDialog::setGuest(const QString &uuid, const QString &name)
{
    m_guest->setGuest(uuid, name);
    m_initialFocus = m_category; // the guest is known: start at the category
}

void LogComplaintDialog::setRoom(const QString &room)
{
    m_room->setText(room);
    if (m_guest->guestUuid().isEmpty())
        m_initialFocus = m_category;
}

void LogComplaintDialog::fillOccupant()
{
    const QString room = m_room->text().trimmed();
    if (room.isEmpty() || !m_guest->guestUuid().isEmpty())
        return;
    auto occupants = m_services.openVenue.stays().inRoom(room, m_services.openVenue.clock().today());
    if (!occupants) {
        m_messages->showError(occupants.error().message);
        return;
    }
    if (occupants->size() == 1) {
        const StayWithGuest &occupant = occupants->constFirst();
        m_guest->setGuest(occupant.stay.guestUuid, occupant.guestDisplayName);
        m_guestNote->setText(tr("In room %1 today: logs against %2").arg(room, occupant.guestDisplayName));
    } else if (occupants->size() > 1) {
        QStringList names;
        for (const StayWithGuest &occupant : std::as_const(*occupants))
            names.append(occupant.guestDisplayName);
        m_guestNote->setText(
            tr("Room %1 has %2 today: choose the guest.").arg(room, names.join(QStringLiteral(", "))));
    } else {
        m_guestNote->setText(
            tr("Nobody is in room %1 today; the complaint is logged against the room.").arg(room));
    }
}

bool LogComplaintDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & Qt::ShiftModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void LogComplaintDialog::accept()
{
    NewTicket input;
    input.guestUuid = m_guest->guestUuid();
    input.room = m_room->text().trimmed();
    input.category = m_category->currentData().toString();
    input.severity = TicketSeverity(m_severity->currentData().toInt());
    input.description = m_description->toPlainText().trimmed();
    input.source = QStringLiteral("in-person");
    auto created = m_services.tickets.create(input);
    if (!created) {
        m_messages->showError(created.error().message);
        const QString field = created.error().field;
        if (field == u"guest" || field == u"room")
            (m_guest->text().isEmpty() ? static_cast<QWidget *>(m_guest) : m_room)->setFocus();
        else if (field == u"description")
            m_description->setFocus();
        else if (field == u"category")
            m_category->setFocus();
        return;
    }
    m_saved = *created;
    QDialog::accept();
}

} // namespace innkeep::ui
