// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace innkeep::ui {

class AppServices;
class GuestTableModel;
class MessageBar;

// Every guest in a table that stays smooth at a million rows, with filters (VIP, returning,
// blocked, tag, name) run in SQL, and New guest.
class GuestsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuestsPage)

public:
    explicit GuestsPage(AppServices &services, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] GuestTableModel *model() const { return m_model; }
    [[nodiscard]] QCheckBox *vipFilter() const { return m_vip; }
    // The guests chosen in the table (Ctrl- or Shift-click for several), by uuid, in list order.
    [[nodiscard]] QStringList chosenGuests() const;

Q_SIGNALS:
    void guestOpened(const QString &guestUuid);
    // A right-click (or the menu key) on a guest's row: the window shows the guest's actions.
    void guestMenuRequested(const QString &guestUuid, const QPoint &globalPos);
    void newGuestRequested();
    void importRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void refreshTags();
    void updateCount();
    void openCurrent();

    GuestTableModel *m_model;
    MessageBar *m_messages;
    QLineEdit *m_text;
    QCheckBox *m_vip;
    QCheckBox *m_returning;
    QCheckBox *m_blocked;
    QComboBox *m_tag;
    QPushButton *m_new;
    QPushButton *m_import;
    QLabel *m_count;
    QStackedWidget *m_body;
    QTableView *m_table;
    QLabel *m_empty;
    bool m_countDirty = true;
    bool m_tagsDirty = true;
};

} // namespace innkeep::ui
