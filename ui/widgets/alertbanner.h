// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/guestalert.h"

#include <QFrame>
#include <QList>

class QVBoxLayout;

namespace innkeep::ui {

// The profile's banner: what the desk must know before speaking to the guest (blocked,
// critical preferences, open complaints…), most serious first. Hidden when there is nothing.
class AlertBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertBanner)

public:
    explicit AlertBanner(QWidget *parent = nullptr);
    void setAlerts(const QList<GuestAlert> &alerts);
    [[nodiscard]] const QList<GuestAlert> &alerts() const { return m_alerts; }
    // The alert texts as shown, for tests and accessibility.
    [[nodiscard]] QStringList texts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QVBoxLayout *m_layout;
    QList<GuestAlert> m_alerts;
    bool m_restyling = false;
};

} // namespace innkeep::ui
