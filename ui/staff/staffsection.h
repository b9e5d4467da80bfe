// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace innkeep {
class OpenVenue;
class StaffService;
} // namespace innkeep

namespace innkeep::ui {

class MessageBar;

// Settings → "Staff": the venue's staff list (add, rename, retire or reinstate) and who is at
// the desk on this computer, whose name goes on every change and ticket event.
class StaffSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffSection)

public:
    explicit StaffSection(OpenVenue &venue, QWidget *parent = nullptr);
    ~StaffSection() override;

    void load();
    // The "Add" button with this name (tests); false, with the message shown, when refused.
    bool addMember(const QString &name);
    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QComboBox *atDesk() const { return m_atDesk; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }

private:
    void renameSelected();
    void toggleSelected();
    void chooseAtDesk(int index);
    void updateButtons();

    OpenVenue &m_venue;
    StaffService &m_staff;
    MessageBar *m_messages;
    QListWidget *m_list;
    QLineEdit *m_name;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_retire;
    QComboBox *m_atDesk;
};

} // namespace innkeep::ui
