// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

namespace innkeep::ui {

// A tab of the guest profile. The profile page tells every tab which guest it shows and
// when that guest's data changed; other areas (tickets, feedback) add their own tabs with
// GuestProfilePage::addTab().
class ProfileTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileTab)

public:
    using QWidget::QWidget;
    // Show this guest (empty: none). Called again to refresh after a change.
    virtual void setGuest(const QString &guestUuid) = 0;
};

} // namespace innkeep::ui
