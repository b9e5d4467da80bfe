// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "todopanel.h"

#include "appservices.h"
#include "reminders/reminderlist.h"
#include "widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace innkeep::ui {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int GuestRole = Qt::UserRole + 2;

} // namespace

ToDoPanel::ToDoPanel(AppServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_title(new QLabel(this)), m_body(new QStackedWidget(this)),
      m_list(new QListWidget(this)), m_empty(new QLabel(this)),
      m_open(new QPushButton(tr("O&pen Guest"), this)), m_done(new QPushButton(tr("Mar&k Done"), this)),
      m_snooze(new QPushButton(tr("Snoo&ze to Tomorrow"), this))
{
    setObjectName(QStringLiteral("toDoPanel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_list->setAccessibleName(tr("To do"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_body->addWidget(m_list);
    m_body->addWidget(m_empty);
    m_done->setToolTip(tr("Done: it leaves the list (recorded with your name)"));
    m_snooze->setToolTip(tr("Hide it until tomorrow"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_open);
    top->addWidget(m_done);
    top->addWidget(m_snooze);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_body, 1);
    setTabOrder(m_list, m_open);
    setTabOrder(m_open, m_done);
    setTabOrder(m_done, m_snooze);

    m_later.setSingleShot(true);
    m_later.setInterval(250);
    connect(&m_later, &QTimer::timeout, this, &ToDoPanel::reload);
    connect(m_open, &QPushButton::clicked, this, &ToDoPanel::openSelected);
    connect(m_done, &QPushButton::clicked, this, &ToDoPanel::markSelectedDone);
    connect(m_snooze, &QPushButton::clicked, this, &ToDoPanel::snoozeSelected);
    connect(m_list, &QListWidget::itemActivated, this, &ToDoPanel::openSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &ToDoPanel::updateButtons);
    updateButtons();
}

void ToDoPanel::setDate(const QDate &date)
{
    m_date = date;
    reload();
}

void ToDoPanel::reload()
{
    m_later.stop();
    if (!m_date.isValid())
        return;
    const QString selected = selectedKey();
    m_list->clear();
    auto reminders = ReminderList(m_services.openVenue.database()).forDay(m_date);
    if (!reminders) {
        Q_EMIT failed(reminders.error().message);
        return;
    }
    const QPalette pal = palette();
    for (const Reminder &reminder : std::as_const(*reminders)) {
        // The text names the guest already ("Send Nare Petrosyan a birthday greeting").
        const QString line = QStringLiteral("%1 — %2").arg(reminderKindLabel(reminder.kind), reminder.text);
        auto *item = new QListWidgetItem(line, m_list);
        item->setData(KeyRole, reminder.key);
        item->setData(GuestRole, reminder.guestUuid);
        item->setToolTip(reminderActionLabel(reminder.action));
        if (reminder.urgency == ReminderUrgency::Now)
            item->setForeground(theme::foreground(pal, theme::Tone::Critical));
        if (reminder.key == selected)
            m_list->setCurrentItem(item);
    }
    const int count = m_list->count();
    m_title->setText(count == 0 ? tr("To do") : tr("To do (%1)").arg(QLocale().toString(count)));
    m_empty->setText(
        m_date == m_services.openVenue.clock().today()
            ? tr("Nothing to do today: no birthdays, follow-ups, arrivals to prepare or feedback to "
                 "answer.")
            : tr("Nothing to do on %1.").arg(QLocale().toString(m_date, QLocale::ShortFormat)));
    m_body->setCurrentWidget(count ? static_cast<QWidget *>(m_list) : m_empty);
    updateButtons();
}

void ToDoPanel::scheduleReload()
{
    m_later.start();
}

QString ToDoPanel::selectedKey() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(KeyRole).toString() : QString();
}

void ToDoPanel::updateButtons()
{
    const QListWidgetItem *item = m_list->currentItem();
    const bool writable = !m_services.openVenue.isReadOnly();
    m_open->setEnabled(item && !item->data(GuestRole).toString().isEmpty());
    m_done->setEnabled(item && writable);
    m_snooze->setEnabled(item && writable);
}

void ToDoPanel::openSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (item && !item->data(GuestRole).toString().isEmpty())
        Q_EMIT guestOpened(item->data(GuestRole).toString());
}

void ToDoPanel::markSelectedDone()
{
    const QString key = selectedKey();
    if (key.isEmpty())
        return;
    const int row = m_list->currentRow();
    if (auto ok = m_services.openVenue.reminders().markDone(key); !ok) {
        Q_EMIT failed(ok.error().message);
        return;
    }
    reload();
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
}

void ToDoPanel::snoozeSelected()
{
    const QString key = selectedKey();
    if (key.isEmpty())
        return;
    const int row = m_list->currentRow();
    if (auto ok =
            m_services.openVenue.reminders().snooze(key, m_services.openVenue.clock().today().addDays(1));
        !ok) {
        Q_EMIT failed(ok.error().message);
        return;
    }
    reload();
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
}

} // namespace innkeep::ui
