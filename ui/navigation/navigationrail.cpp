// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationrail.h"

#include "railbutton.h"
#include "widgets/icons.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace innkeep::ui {

NavigationRail::NavigationRail(QWidget *parent)
    : QFrame(parent), m_main(new QVBoxLayout), m_last(new QVBoxLayout), m_bottom(new QVBoxLayout),
      m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("navigationRail"));
    static const bool installed = [] {
        QAccessible::installFactory(&RailButton::accessible);
        return true;
    }();
    Q_UNUSED(installed)
    setAccessibleName(tr("Pages"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 8, 6, 8);
    layout->setSpacing(4);
    m_main->setSpacing(4);
    m_last->setSpacing(4);
    m_bottom->setSpacing(4);
    layout->addLayout(m_main);
    layout->addLayout(m_last);
    layout->addStretch(1);
    layout->addLayout(m_bottom);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        if (id == m_current)
            return;
        m_current = id;
        Q_EMIT currentChanged(id);
    });
}

int NavigationRail::addItem(const QString &iconName, const QString &title, const QString &toolTip,
                            Section section)
{
    auto *button = new RailButton(this);
    button->setText(title);
    button->setToolTip(toolTip);
    button->setAccessibleName(title);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    button->setIconSize(QSize(24, 24));
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // As wide as the longest title needs (Armenian "Վերլուծություն"), so no title is elided.
    button->setMinimumWidth(std::max(84, button->fontMetrics().horizontalAdvance(title) + 20));
    button->setFocusPolicy(Qt::TabFocus);
    const int index = int(m_buttons.size());
    m_buttons.append(button);
    m_group->addButton(button, index);
    switch (section) {
    case Section::Main: m_main->addWidget(button); break;
    case Section::Last: m_last->addWidget(button); break;
    case Section::Bottom: m_bottom->addWidget(button); break;
    }
    icons::set(button, iconName);
    // Tab follows the rail as it reads from top to bottom, not the order the pages were added; so
    // does a screen reader, which lists a widget's children in their stacking order (raise() puts
    // each at the end of that list, in reading order; the buttons never overlap).
    QToolButton *previous = nullptr;
    for (QVBoxLayout *column : {m_main, m_last, m_bottom}) {
        for (int i = 0; i < column->count(); ++i) {
            auto *next = qobject_cast<QToolButton *>(column->itemAt(i)->widget());
            if (previous && next)
                setTabOrder(previous, next);
            if (next) {
                next->raise();
                previous = next;
            }
        }
    }
    return index;
}

void NavigationRail::setCurrent(int index)
{
    if (QToolButton *b = button(index))
        b->setChecked(true);
    else if (QAbstractButton *checked = m_group->checkedButton()) {
        // A page outside the rail (a guest profile) is showing: nothing is highlighted.
        m_group->setExclusive(false);
        checked->setChecked(false);
        m_group->setExclusive(true);
    }
    m_current = index;
}

} // namespace innkeep::ui
