// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace innkeep::ui {

// Scrolling a page with the mouse wheel must not change the spin box or combo box that happens to
// pass under the pointer (an SLA target, a severity). Installed on the application: a wheel over
// such a control that does not have the keyboard focus scrolls the page around it instead.
class WheelGuard final : public QObject
{
    Q_OBJECT

public:
    explicit WheelGuard(QObject *parent = nullptr) : QObject(parent) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace innkeep::ui
