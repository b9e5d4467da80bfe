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
class PreferenceDialog;
class PreferenceModel;

// The guest's preferences: add, confirm ("told again"), edit, remove — each an undoable
// command through PreferenceService.
class PreferencesTab final : public ProfileTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesTab)

public:
    PreferencesTab(AppServices &services, QUndoStack &undo, ErrorSink onError, QWidget *parent = nullptr);
    void setGuest(const QString &guestUuid) override;

    void addPreference();
    void confirmSelected();
    void editSelected();
    void removeSelected();
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] PreferenceModel *model() const { return m_model; }

Q_SIGNALS:
    // Emitted with the dialog before it runs, so tests can fill it in.
    void dialogAboutToShow(innkeep::ui::PreferenceDialog *dialog);

private:
    [[nodiscard]] int selectedRow() const;
    void updateButtons();

    AppServices &m_services;
    QUndoStack &m_undo;
    ErrorSink m_onError;
    QString m_guestUuid;
    PreferenceModel *m_model;
    QStackedWidget *m_body;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_add;
    QPushButton *m_confirm;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace innkeep::ui
