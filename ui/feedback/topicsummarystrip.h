// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace innkeep::ui {

// Above the feedback list: one button per topic the guests wrote about in the period shown
// (mentions, share negative, an arrow when that share rose or fell against the period before),
// the most mentioned first, as many as fit and the rest under "More". Clicking a topic (or
// Space on it) asks to filter the list by it; clicking it again clears that. The arrow and
// colour are repeated in words in each button's accessible name and tooltip.
class TopicSummaryStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicSummaryStrip)

public:
    enum class Trend { None, Worse, Better, Steady };
    struct Item
    {
        QString topic; // HospitalityTopic key
        qint64 mentions = 0;
        double negativeShare = 0.0; // 0..1
        Trend trend = Trend::None;
    };

    explicit TopicSummaryStrip(QWidget *parent = nullptr);

    // `items` most mentioned first; empty shows `emptyText` instead.
    void setItems(const QList<Item> &items, const QString &emptyText);
    void setCurrentTopic(const QString &topic);
    [[nodiscard]] const QList<Item> &items() const { return m_items; }
    // The button of `topic`, or nullptr when it is not shown.
    [[nodiscard]] QToolButton *button(const QString &topic) const;
    [[nodiscard]] QPushButton *moreButton() const { return m_more; }
    [[nodiscard]] QString emptyText() const;
    // The topic buttons and More, in order: the page puts them in its tab order.
    [[nodiscard]] QList<QWidget *> tabStops() const;
    [[nodiscard]] static QString describe(const Item &item);

Q_SIGNALS:
    // `topic` "" clears the topic filter.
    void topicClicked(const QString &topic);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void layoutButtons();
    void restyle();

    QList<Item> m_items;
    QString m_current;
    QLabel *m_caption;
    QLabel *m_empty;
    QHBoxLayout *m_row;
    QList<QToolButton *> m_buttons;
    QPushButton *m_more;
};

} // namespace innkeep::ui
