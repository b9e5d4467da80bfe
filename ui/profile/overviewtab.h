// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiletab.h"

class QFormLayout;
class QLabel;

namespace innkeep::ui {

class AppServices;

// Lifetime roll-ups (stays, nights, spend, average rate, first and last stay), the latest
// stays and the guest's notes.
class OverviewTab final : public ProfileTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewTab)

public:
    explicit OverviewTab(AppServices &services, QWidget *parent = nullptr);
    void setGuest(const QString &guestUuid) override;

private:
    AppServices &m_services;
    QLabel *m_stays;
    QLabel *m_nights;
    QLabel *m_spend;
    QLabel *m_rate;
    QLabel *m_first;
    QLabel *m_last;
    QLabel *m_recent;
    QLabel *m_notes;
};

} // namespace innkeep::ui
