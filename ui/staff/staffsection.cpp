// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffsection.h"

#include "house/openvenue.h"
#include "staff/staffservice.h"
#include "widgets/appsettings.h"
#include "widgets/followrecords.h"
#include "widgets/messagebar.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace innkeep::ui {

namespace {

constexpr int UuidRole = Qt::UserRole;
constexpr int ActiveRole = Qt::UserRole + 1;
const QString DeskKey = QStringLiteral("staff");

} // namespace

StaffSection::StaffSection(OpenVenue &venue, QWidget *parent)
    : QWidget(parent), m_venue(venue), m_staff(venue.staff()), m_messages(new MessageBar(this)),
      m_list(new QListWidget(this)), m_name(new QLineEdit(this)), m_add(new QPushButton(tr("A&dd"), this)),
      m_rename(new QPushButton(tr("Rena&me"), this)), m_retire(new QPushButton(tr("&Retire"), this)),
      m_atDesk(new QComboBox(this))
{
    auto *group = new QGroupBox(tr("Staff"), this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(group);

    auto *desk = new QFormLayout;
    auto *deskLabel = new QLabel(tr("At the des&k on this computer:"), group);
    deskLabel->setBuddy(m_atDesk);
    desk->addRow(deskLabel, m_atDesk);
    m_atDesk->setToolTip(tr("Changes, notes and ticket events are recorded under this name."));

    auto *nameLabel = new QLabel(tr("Staff mem&ber:"), group);
    nameLabel->setBuddy(m_name);
    m_name->setPlaceholderText(tr("Name as colleagues know it"));
    m_list->setAccessibleName(tr("Staff members"));
    m_list->setMaximumHeight(180);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(nameLabel);
    buttons->addWidget(m_name, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_retire);

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_messages);
    layout->addLayout(desk);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    setTabOrder(m_atDesk, m_list);
    setTabOrder(m_list, m_name);
    setTabOrder(m_name, m_add);
    setTabOrder(m_add, m_rename);
    setTabOrder(m_rename, m_retire);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addMember(m_name->text()))
            m_name->clear();
    });
    connect(m_name, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_rename, &QPushButton::clicked, this, &StaffSection::renameSelected);
    connect(m_retire, &QPushButton::clicked, this, &StaffSection::toggleSelected);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_name->setText(item->data(Qt::UserRole + 2).toString());
        updateButtons();
    });
    connect(m_atDesk, &QComboBox::activated, this, &StaffSection::chooseAtDesk);
    followRecords(m_staff, this, [this] { load(); });
    load();
}

StaffSection::~StaffSection() = default;

void StaffSection::load()
{
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(UuidRole).toString() : QString();
    m_list->clear();
    m_atDesk->clear();
    auto members = m_staff.members(true);
    if (!members) {
        m_messages->showError(members.error().message);
        return;
    }
    for (const StaffMember &member : std::as_const(*members)) {
        auto *item =
            new QListWidgetItem(member.active ? member.name : tr("%1 (retired)").arg(member.name), m_list);
        item->setData(UuidRole, member.uuid);
        item->setData(ActiveRole, member.active);
        item->setData(Qt::UserRole + 2, member.name);
        if (!member.active)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (member.uuid == selected)
            m_list->setCurrentItem(item);
        if (member.active)
            m_atDesk->addItem(member.name);
    }
    // Whoever this computer last had at the desk stays chosen, even before they are on the list.
    const QString current = m_venue.staffOnDuty();
    if (!current.isEmpty() && m_atDesk->findText(current) < 0)
        m_atDesk->addItem(current);
    m_atDesk->setCurrentIndex(m_atDesk->findText(current));
    if (m_list->count() == 0)
        m_messages->showInfo(tr("No staff yet. Type a name below and press Enter to add the first one."));
    updateButtons();
}

bool StaffSection::addMember(const QString &name)
{
    auto added = m_staff.add(name);
    if (!added) {
        m_messages->showError(added.error().message);
        m_name->setFocus();
        return false;
    }
    m_messages->hide();
    load();
    return true;
}

void StaffSection::renameSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString before = item->data(Qt::UserRole + 2).toString();
    auto renamed = m_staff.rename(item->data(UuidRole).toString(), m_name->text());
    if (!renamed) {
        m_messages->showError(renamed.error().message);
        return;
    }
    if (m_venue.staffOnDuty() == before) {
        m_venue.setStaffOnDuty(renamed->name);
        AppSettings::setValue(DeskKey, renamed->name);
    }
    m_messages->hide();
    load();
}

void StaffSection::toggleSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    auto changed = m_staff.setActive(item->data(UuidRole).toString(), !item->data(ActiveRole).toBool());
    if (!changed) {
        m_messages->showError(changed.error().message);
        return;
    }
    load();
}

void StaffSection::chooseAtDesk(int index)
{
    if (index < 0)
        return;
    const QString name = m_atDesk->itemText(index);
    m_venue.setStaffOnDuty(name);
    AppSettings::setValue(DeskKey, name);
}

void StaffSection::updateButtons()
{
    QListWidgetItem *item = m_list->currentItem();
    m_rename->setEnabled(item != nullptr);
    m_retire->setEnabled(item != nullptr);
    m_retire->setText(item && !item->data(ActiveRole).toBool() ? tr("Re&instate") : tr("&Retire"));
}

} // namespace innkeep::ui
