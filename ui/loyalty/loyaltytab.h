// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "profile/profiletab.h"

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace innkeep::ui {

class AppServices;

// The guest's loyalty: their tier and why, how far the next one is, the points balance and the
// ledger (newest first); Adjust Points…, Redeem Points… and Undo Entry… (PointsLedger; an undo is
// a new entry, so these are not on the undo stack).
class LoyaltyTab final : public ProfileTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoyaltyTab)

public:
    LoyaltyTab(AppServices &services, std::function<void(const Error &)> onError, QWidget *parent = nullptr);
    void setGuest(const QString &guestUuid) override;

    void adjust();
    void redeem();
    void undoSelected();

    [[nodiscard]] QLabel *tierLabel() const { return m_tier; }
    [[nodiscard]] QLabel *balanceLabel() const { return m_balance; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QPushButton *adjustButton() const { return m_adjust; }
    [[nodiscard]] QPushButton *undoButton() const { return m_undo; }

private:
    void updateButtons();
    [[nodiscard]] qint64 balance();

    AppServices &m_services;
    std::function<void(const Error &)> m_onError;
    QString m_guestUuid;
    QLabel *m_tier;
    QLabel *m_reason;
    QLabel *m_next;
    QLabel *m_balance;
    QStandardItemModel *m_model;
    QStackedWidget *m_body;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_adjust;
    QPushButton *m_redeem;
    QPushButton *m_undo;
};

} // namespace innkeep::ui
