// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guestundocommands.h"
#include "profiletab.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace innkeep::ui {

class AppServices;
class StayTableModel;

// Every stay of the guest, newest first; Add stay… (StayService::add) and Edit stay… (an
// undoable StayService::update). Enter or a double-click on a row edits it.
class StaysTab final : public ProfileTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaysTab)

public:
    StaysTab(AppServices &services, QUndoStack &undo, ErrorSink onError, QWidget *parent = nullptr);
    void setGuest(const QString &guestUuid) override;

    void addStay();
    void editSelected();

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] StayTableModel *model() const { return m_model; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *editButton() const { return m_edit; }

private:
    void updateButtons();

    AppServices &m_services;
    QUndoStack &m_undo;
    ErrorSink m_onError;
    QString m_guestUuid;
    StayTableModel *m_model;
    QStackedWidget *m_body;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_add;
    QPushButton *m_edit;
};

} // namespace innkeep::ui
