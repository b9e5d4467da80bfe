// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickets/ticketlistitem.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimeEdit;

namespace innkeep::ui {

class MessageBar;
class TicketServices;

// Settings → "Service levels and lists": the SLA policy per severity (minutes to acknowledge
// and resolve, due-soon threshold, quiet hours) and the venue's complaint categories and
// departments (add, rename, remove — removed entries stay on old tickets).
class TicketSettingsSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketSettingsSection)

public:
    explicit TicketSettingsSection(TicketServices &services, QWidget *parent = nullptr);

    void load();
    void savePolicies();
    // The list's "Add" with this label (tests); returns false and shows the message on refusal.
    bool addItem(TicketListItem::List list, const QString &label);

    struct PolicyRow
    {
        QSpinBox *acknowledge;
        QSpinBox *resolve;
        QSpinBox *dueSoon;
        QCheckBox *quiet;
        QTimeEdit *quietFrom;
        QTimeEdit *quietTo;
    };
    [[nodiscard]] const QList<PolicyRow> &policyRows() const { return m_rows; }
    [[nodiscard]] QListWidget *list(TicketListItem::List which) const;
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }

private:
    QWidget *buildList(TicketListItem::List which, const QString &title);
    void renameItem(TicketListItem::List which);
    void removeItem(TicketListItem::List which);

    TicketServices &m_services;
    MessageBar *m_messages;
    QList<PolicyRow> m_rows;
    QListWidget *m_categories = nullptr;
    QListWidget *m_departments = nullptr;
    QLineEdit *m_categoryEdit = nullptr;
    QLineEdit *m_departmentEdit = nullptr;
};

} // namespace innkeep::ui
