// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "todaypage.h"

#include "appservices.h"
#include "models/roles.h"
#include "models/staycardmodel.h"
#include "recognitioncarddelegate.h"
#include "todopanel.h"
#include "widgets/datefield.h"
#include "widgets/followrecords.h"
#include "widgets/icons.h"
#include "widgets/messagebar.h"
#include "widgets/rowmenu.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace innkeep::ui {

TodayPage::TodayPage(AppServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_date(services.openVenue.clock().today()),
      m_messages(new MessageBar(this)), m_dateEdit(new QDateEdit(this)), m_toDo(new ToDoPanel(services, this))
{
    setObjectName(QStringLiteral("todayPage"));
    auto *heading = new QLabel(tr("Today"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);

    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous day"));
    icons::set(previous, QStringLiteral("back"));
    previous->setToolTip(tr("Previous day"));
    previous->setAccessibleName(tr("Previous day"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next day"));
    icons::set(next, QStringLiteral("forward"));
    next->setToolTip(tr("Next day"));
    next->setAccessibleName(tr("Next day"));
    auto *today = new QPushButton(tr("Tod&ay"), this);
    auto *dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_dateEdit);
    m_dateEdit->setCalendarPopup(true);
    tabLeavesDateField(m_dateEdit);
    m_dateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_dateEdit->setDate(m_date);
    m_dateEdit->setMinimumWidth(
        m_dateEdit->fontMetrics().horizontalAdvance(QStringLiteral("Wednesday, 30 September 2026")) + 40);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addSpacing(24);
    top->addWidget(dateLabel);
    top->addWidget(previous);
    top->addWidget(m_dateEdit);
    top->addWidget(next);
    top->addWidget(today);
    top->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(12);
    columns->addWidget(column(0, tr("Arrivals")), 1);
    columns->addWidget(column(1, tr("In house")), 1);
    columns->addWidget(column(2, tr("Departures")), 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(top);
    layout->addWidget(m_messages);
    layout->addLayout(columns, 1);
    layout->addSpacing(6);
    layout->addWidget(m_toDo);
    m_toDo->setMaximumHeight(m_toDo->fontMetrics().height() * 11);
    setTabOrder(previous, m_dateEdit);
    setTabOrder(m_dateEdit, next);
    setTabOrder(next, today);
    setTabOrder(today, m_views[0]);
    setTabOrder(m_views[0], m_views[1]);
    setTabOrder(m_views[1], m_views[2]);
    setTabOrder(m_views[2], m_toDo->list());
    setFocusProxy(m_views[0]);

    connect(m_toDo, &ToDoPanel::guestOpened, this, &TodayPage::guestOpened);
    connect(m_toDo, &ToDoPanel::failed, m_messages,
            [this](const QString &message) { m_messages->showError(message); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &TodayPage::setDate);
    connect(previous, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(1)); });
    connect(today, &QPushButton::clicked, this, [this] { setDate(m_services.openVenue.clock().today()); });
    OpenVenue &venue = services.openVenue;
    const auto markDirty = [this] {
        m_dirty = true;
        if (isVisible())
            reload();
    };
    // A stay may join or leave the lists; anything else matters only for a guest on them.
    followRecords(venue.stays(), this, markDirty);
    // Reminders are about any guest, ticket or feedback, not only those on the lists.
    for (RecordEvents *source :
         std::initializer_list<RecordEvents *>{&venue.reminders(), &venue.loyaltyTiers(), &venue.tickets(),
                                               &venue.feedback(), &venue.guests(), &venue.preferences()})
        followRecords(*source, m_toDo, [this] {
            if (isVisible())
                m_toDo->scheduleReload();
        });
    for (RecordEvents *source : std::initializer_list<RecordEvents *>{&venue.guests(), &venue.preferences(),
                                                                      &venue.tickets(), &venue.feedback()}) {
        followRecords(
            *source, this,
            [this](RecordEvents::Kind, const QString &, const QString &guestUuid) { onChanged(guestUuid); },
            markDirty);
    }
}

QWidget *TodayPage::column(int i, const QString &title)
{
    auto *box = new QWidget(this);
    m_titles[i] = new QLabel(title, box);
    QFont font = m_titles[i]->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_titles[i]->setFont(font);
    m_models[i] = new StayCardModel(this);
    m_views[i] = new QListView(box);
    m_views[i]->setModel(m_models[i]);
    m_views[i]->setItemDelegate(new RecognitionCardDelegate(m_views[i]));
    m_views[i]->setAccessibleName(title);
    m_views[i]->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_views[i]->setFrameShape(QFrame::NoFrame);
    m_views[i]->setBackgroundRole(QPalette::Window);
    m_views[i]->viewport()->setBackgroundRole(QPalette::Window);
    m_titles[i]->setBuddy(m_views[i]);
    onRowMenu(m_views[i], [this](const QModelIndex &index, const QPoint &at) {
        Q_EMIT guestMenuRequested(index.data(GuestUuidRole).toString(), at);
    });
    m_empty[i] = new QLabel(box);
    m_empty[i]->setWordWrap(true);
    m_empty[i]->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty[i]->setMargin(16);
    m_stacks[i] = new QStackedWidget(box);
    m_stacks[i]->addWidget(m_views[i]);
    m_stacks[i]->addWidget(m_empty[i]);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titles[i]);
    layout->addWidget(m_stacks[i], 1);
    m_views[i]->installEventFilter(this);
    connect(m_views[i], &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT guestOpened(index.data(GuestUuidRole).toString()); });
    connect(m_views[i], &QListView::clicked, this, [this, i] { m_activeColumn = i; });
    return box;
}

void TodayPage::setDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_date = date;
    if (m_dateEdit->date() != date) {
        const QSignalBlocker blocker(m_dateEdit);
        m_dateEdit->setDate(date);
    }
    reload();
}

bool TodayPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (int i = 0; i < 3; ++i) {
            if (watched == m_views[i])
                m_activeColumn = i;
        }
    }
    return QWidget::eventFilter(watched, event);
}

const RecognitionCard *TodayPage::selectedCard() const
{
    const QModelIndex current = m_views[m_activeColumn]->currentIndex();
    if (m_stacks[m_activeColumn]->currentIndex() != 0 || !current.isValid()
        || !m_views[m_activeColumn]->selectionModel()->isSelected(current))
        return nullptr;
    return &m_models[m_activeColumn]->card(current.row());
}

QString TodayPage::selectedGuestUuid() const
{
    const RecognitionCard *card = selectedCard();
    return card ? card->stay.stay.guestUuid : QString();
}

void TodayPage::showEvent(QShowEvent *event)
{
    if (m_dirty)
        reload();
    else
        m_toDo->reload(); // reminders follow every ticket and feedback entry, heard or not while hidden
    QWidget::showEvent(event);
}

void TodayPage::onChanged(const QString &guestUuid)
{
    const bool onLists = std::any_of(std::begin(m_models), std::end(m_models),
                                     [&](StayCardModel *m) { return m->containsGuest(guestUuid); });
    if (!onLists)
        return;
    m_dirty = true;
    if (isVisible())
        reload();
}

void TodayPage::reload()
{
    m_dirty = false;
    m_messages->hide();
    using Loader = Result<QList<StayWithGuest>> (StayService::*)(const QDate &);
    const Loader loaders[3] = {&StayService::arrivals, &StayService::inHouse, &StayService::departures};
    const QString titles[3] = {tr("Arrivals"), tr("In house"), tr("Departures")};
    const QLocale locale;
    const bool isToday = m_date == m_services.openVenue.clock().today();
    const QString empties[3] = {
        isToday
            ? tr("No arrivals today. Stays booked for today appear here with what to know about each guest.")
            : tr("No arrivals on %1.").arg(locale.toString(m_date, QLocale::ShortFormat)),
        tr("Nobody in house on this date."),
        isToday ? tr("No departures today.")
                : tr("No departures on %1.").arg(locale.toString(m_date, QLocale::ShortFormat)),
    };
    for (int i = 0; i < 3; ++i) {
        auto stays = (m_services.stays.*loaders[i])(m_date);
        if (!stays) {
            m_messages->showError(stays.error().message);
            continue;
        }
        QList<RecognitionCard> cards;
        cards.reserve(stays->size());
        for (const StayWithGuest &stay : std::as_const(*stays)) {
            RecognitionCard card{stay, {}};
            if (auto alerts = m_services.alerts.forGuest(stay.stay.guestUuid))
                card.alerts = *alerts;
            cards.append(card);
        }
        m_models[i]->setCards(cards);
        m_titles[i]->setText(QStringLiteral("%1  (%2)").arg(titles[i], locale.toString(cards.size())));
        m_empty[i]->setText(empties[i]);
        m_stacks[i]->setCurrentIndex(cards.isEmpty() ? 1 : 0);
        // The first card is where the keyboard starts, not a choice: it is current, not selected,
        // so nothing is pre-filled from it until the receptionist picks a card.
        if (!cards.isEmpty() && !m_views[i]->currentIndex().isValid())
            m_views[i]->selectionModel()->setCurrentIndex(m_models[i]->index(0, 0),
                                                          QItemSelectionModel::NoUpdate);
    }
    m_toDo->setDate(m_date);
}

} // namespace innkeep::ui
