// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiletab.h"

class QTableView;

namespace innkeep::ui {

class AppServices;
class HistoryModel;

// The change log of the guest and everything that belongs to them: who, when, what.
class HistoryTab final : public ProfileTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTab)

public:
    explicit HistoryTab(AppServices &services, QWidget *parent = nullptr);
    void setGuest(const QString &guestUuid) override;

private:
    AppServices &m_services;
    HistoryModel *m_model;
    QTableView *m_view;
};

} // namespace innkeep::ui
