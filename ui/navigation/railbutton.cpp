// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "railbutton.h"

#include <QAccessibleWidget>

namespace innkeep::ui {

namespace {

class AccessibleRailButton final : public QAccessibleWidget
{
public:
    explicit AccessibleRailButton(RailButton *button) : QAccessibleWidget(button, QAccessible::Button) {}

    [[nodiscard]] RailButton *button() const { return static_cast<RailButton *>(widget()); }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name) {
            const QString name = button()->accessibleName();
            return name.isEmpty() ? button()->text() : name;
        }
        if (t == QAccessible::Description)
            return button()->toolTip();
        return QAccessibleWidget::text(t);
    }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.checkable = false;
        s.checked = false;
        s.pressed = button()->isChecked(); // the page that shows
        return s;
    }

    QStringList actionNames() const override { return {pressAction(), setFocusAction()}; }
    void doAction(const QString &name) override
    {
        if (name == pressAction())
            button()->click();
        else if (name == setFocusAction())
            button()->setFocus(Qt::OtherFocusReason);
    }
};

} // namespace

RailButton::RailButton(QWidget *parent) : QToolButton(parent)
{
    setCheckable(true);
}

QAccessibleInterface *RailButton::accessible(const QString &className, QObject *object)
{
    auto *button = qobject_cast<RailButton *>(object);
    if (!button || className != QLatin1String("innkeep::ui::RailButton"))
        return nullptr;
    return new AccessibleRailButton(button);
}

} // namespace innkeep::ui
