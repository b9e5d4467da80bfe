// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QList>

class QButtonGroup;
class QToolButton;
class QVBoxLayout;

namespace innkeep::ui {

// The column of page buttons down the window's left edge. Pages at the top in the order
// they are added; Section::Last pages under all of those whenever the others are added (Insights,
// which the window adds before the modules add Tickets and Feedback); Settings-like pages pinned to
// the bottom.
class NavigationRail final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationRail)

public:
    enum class Section { Main, Last, Bottom };
    explicit NavigationRail(QWidget *parent = nullptr);

    // Returns the item's index, used by setCurrent() and currentChanged().
    int addItem(const QString &iconName, const QString &title, const QString &toolTip, Section section);
    void setCurrent(int index);
    [[nodiscard]] int current() const { return m_current; }
    [[nodiscard]] QToolButton *button(int index) const { return m_buttons.value(index); }
    [[nodiscard]] int count() const { return int(m_buttons.size()); }

Q_SIGNALS:
    void currentChanged(int index);

private:
    QVBoxLayout *m_main;
    QVBoxLayout *m_last;
    QVBoxLayout *m_bottom;
    QButtonGroup *m_group;
    QList<QToolButton *> m_buttons;
    int m_current = -1;
};

} // namespace innkeep::ui
