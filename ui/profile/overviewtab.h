// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiletab.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace innkeep::ui {

class AppServices;

// Lifetime roll-ups (stays, nights, spend, average rate, first and last stay), the latest
// stays and the guest's notes, with a field to add one (GuestService::addNote). Notes are
// append-only history, so adding one is not undoable.
class OverviewTab final : public ProfileTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewTab)

public:
    explicit OverviewTab(AppServices &services, QWidget *parent = nullptr);
    void setGuest(const QString &guestUuid) override;

    // Puts the cursor in the note field (Guest ▸ Add Note, Ctrl+Shift+N).
    void focusNoteEditor();
    // Stores the typed note; on a refusal the message stays under the field and the text stays.
    bool addNote();
    [[nodiscard]] QLineEdit *noteEdit() const { return m_noteEdit; }
    [[nodiscard]] QLabel *noteError() const { return m_noteError; }
    [[nodiscard]] QLabel *notesLabel() const { return m_notes; }
    [[nodiscard]] QLabel *staysLabel() const { return m_stays; }

private:
    AppServices &m_services;
    QString m_guestUuid;
    QLabel *m_stays;
    QLabel *m_nights;
    QLabel *m_spend;
    QLabel *m_rate;
    QLabel *m_first;
    QLabel *m_last;
    QLabel *m_recent;
    QLabel *m_notes;
    QLineEdit *m_noteEdit;
    QPushButton *m_addNote;
    QLabel *m_noteError;
};

} // namespace innkeep::ui
