// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicsummarystrip.h"

#include "analysis/hospitalitytopic.h"
#include "widgets/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

#include <cmath>

namespace innkeep::ui {

namespace {

QString arrowOf(TopicSummaryStrip::Trend trend)
{
    switch (trend) {
    case TopicSummaryStrip::Trend::Worse: return QStringLiteral("\u25B2");  // ▲ more negative
    case TopicSummaryStrip::Trend::Better: return QStringLiteral("\u25BC"); // ▼ less negative
    case TopicSummaryStrip::Trend::Steady:
    case TopicSummaryStrip::Trend::None: break;
    }
    return {};
}

QString percent(double share)
{
    return QLocale().toString(int(std::lround(share * 100)));
}

} // namespace

TopicSummaryStrip::TopicSummaryStrip(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(tr("Topics:"))), m_empty(new QLabel), m_row(new QHBoxLayout),
      m_more(new QPushButton)
{
    setObjectName(QStringLiteral("topicSummaryStrip"));
    setAccessibleName(tr("Topic summary"));
    m_caption->setToolTip(tr("For the period shown, all channels and languages: mentions, share negative "
                             "and, with an arrow, whether that share rose (▲) or fell (▼) against the "
                             "period before"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setTextFormat(Qt::PlainText);
    m_more->setText(tr("More"));
    m_more->setMenu(new QMenu(m_more));
    m_more->setAccessibleName(tr("More topics"));
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->setSpacing(6);
    m_row->addWidget(m_caption);
    m_row->addWidget(m_empty, 1);
    m_row->addStretch(0);
    m_row->addWidget(m_more);
    setLayout(m_row);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setItems({}, {});
}

QString TopicSummaryStrip::describe(const Item &item)
{
    const QString name = HospitalityTopic::text(item.topic);
    const QString mentions = QLocale().toString(item.mentions);
    switch (item.trend) {
    case Trend::Worse:
        return tr("%1: mentions %2, negative %3%, more negative than the period before")
            .arg(name, mentions, percent(item.negativeShare));
    case Trend::Better:
        return tr("%1: mentions %2, negative %3%, less negative than the period before")
            .arg(name, mentions, percent(item.negativeShare));
    case Trend::Steady:
        return tr("%1: mentions %2, negative %3%, as in the period before")
            .arg(name, mentions, percent(item.negativeShare));
    case Trend::None: break;
    }
    return tr("%1: mentions %2, negative %3%").arg(name, mentions, percent(item.negativeShare));
}

QString TopicSummaryStrip::emptyText() const
{
    return m_empty->isVisible() || m_items.isEmpty() ? m_empty->text() : QString();
}

void TopicSummaryStrip::setItems(const QList<Item> &items, const QString &emptyText)
{
    // A rebuilt strip keeps the keyboard on the topic it was on.
    QString focused;
    for (int i = 0; i < m_buttons.size(); ++i) {
        if (m_buttons.at(i)->hasFocus())
            focused = m_items.at(i).topic;
    }
    m_items = items;
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_more->menu()->clear();
    m_empty->setText(emptyText);
    m_empty->setVisible(items.isEmpty());
    int at = m_row->indexOf(m_empty) + 1;
    for (const Item &item : items) {
        auto *button = new QToolButton;
        const QString arrow = arrowOf(item.trend);
        const QString figures =
            tr("%1 · %2%").arg(QLocale().toString(item.mentions), percent(item.negativeShare));
        // "&" in a topic's name ("Bed & sleep") is not a mnemonic.
        const QString name =
            HospitalityTopic::text(item.topic).replace(QLatin1Char('&'), QStringLiteral("&&"));
        button->setText(arrow.isEmpty() ? tr("%1 %2").arg(name, figures)
                                        : tr("%1 %2 %3").arg(name, figures, arrow));
        button->setCheckable(true);
        button->setChecked(item.topic == m_current);
        button->setAccessibleName(describe(item));
        button->setToolTip(describe(item));
        button->setFocusPolicy(Qt::StrongFocus);
        button->setProperty("trend", int(item.trend));
        connect(button, &QToolButton::clicked, this, [this, topic = item.topic](bool checked) {
            Q_EMIT topicClicked(checked ? topic : QString());
        });
        m_row->insertWidget(at++, button);
        m_buttons << button;
        QAction *action = m_more->menu()->addAction(
            QString(describe(item)).replace(QLatin1Char('&'), QStringLiteral("&&")));
        connect(action, &QAction::triggered, this,
                [this, topic = item.topic] { Q_EMIT topicClicked(topic); });
    }
    restyle();
    layoutButtons();
    if (QToolButton *again = button(focused))
        again->setFocus(Qt::OtherFocusReason);
}

QList<QWidget *> TopicSummaryStrip::tabStops() const
{
    QList<QWidget *> stops(m_buttons.cbegin(), m_buttons.cend());
    stops << m_more;
    return stops;
}

void TopicSummaryStrip::setCurrentTopic(const QString &topic)
{
    m_current = topic;
    for (int i = 0; i < m_buttons.size(); ++i)
        m_buttons.at(i)->setChecked(m_items.at(i).topic == topic);
}

QToolButton *TopicSummaryStrip::button(const QString &topic) const
{
    for (int i = 0; i < m_buttons.size(); ++i) {
        if (m_items.at(i).topic == topic && !m_buttons.at(i)->isHidden())
            return m_buttons.at(i);
    }
    return nullptr;
}

void TopicSummaryStrip::layoutButtons()
{
    // Keep the order; show as many as fit beside the caption and the More button.
    int room = width() - m_caption->sizeHint().width() - m_row->spacing() * 2;
    const int moreWidth = m_more->sizeHint().width() + m_row->spacing();
    const QList<QAction *> actions = m_more->menu()->actions();
    int hidden = 0;
    for (int i = 0; i < m_buttons.size(); ++i) {
        const int w = m_buttons.at(i)->sizeHint().width() + m_row->spacing();
        const bool last = i == m_buttons.size() - 1;
        const bool fits = hidden == 0 && w <= room - (last ? 0 : moreWidth);
        m_buttons.at(i)->setVisible(fits);
        actions.at(i)->setVisible(!fits);
        if (fits)
            room -= w;
        else
            ++hidden;
    }
    m_more->setVisible(hidden > 0);
    m_more->setText(tr("More (%1)").arg(QLocale().toString(hidden)));
}

void TopicSummaryStrip::restyle()
{
    for (QToolButton *button : std::as_const(m_buttons)) {
        const auto trend = Trend(button->property("trend").toInt());
        QPalette pal = palette();
        if (trend == Trend::Worse)
            pal.setColor(QPalette::ButtonText, theme::foreground(pal, theme::Tone::Critical));
        else if (trend == Trend::Better)
            pal.setColor(QPalette::ButtonText, theme::foreground(pal, theme::Tone::Success));
        button->setPalette(pal);
    }
}

void TopicSummaryStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutButtons();
}

void TopicSummaryStrip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

} // namespace innkeep::ui
