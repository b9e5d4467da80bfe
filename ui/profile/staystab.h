// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiletab.h"

class QTableView;

namespace innkeep::ui {

class AppServices;
class StayTableModel;

// Every stay of the guest, newest first.
class StaysTab final : public ProfileTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaysTab)

public:
    explicit StaysTab(AppServices &services, QWidget *parent = nullptr);
    void setGuest(const QString &guestUuid) override;

private:
    AppServices &m_services;
    StayTableModel *m_model;
    QTableView *m_view;
};

} // namespace innkeep::ui
