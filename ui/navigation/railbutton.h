// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

class QAccessibleInterface;

namespace innkeep::ui {

// One page on the navigation rail. It stays checked while its page shows (the rail's exclusive
// group draws that), but assistive technology reads it as what it is, a button that opens a page
// ("Guests, button, pressed" for the page shown), not as a check box to tick.
class RailButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RailButton)

public:
    explicit RailButton(QWidget *parent = nullptr);

    // For QAccessible::installFactory: the interface of a RailButton, nullptr for anything else.
    static QAccessibleInterface *accessible(const QString &className, QObject *object);
};

} // namespace innkeep::ui
