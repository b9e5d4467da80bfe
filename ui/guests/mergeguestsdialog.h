// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guests/guestmerge.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QLabel;

namespace innkeep::ui {

class AppServices;
class MessageBar;

// Merge two profiles of one guest: for each field they disagree on, the user picks the kept
// guest's value or the other's (the kept one's by default, the other's where the kept one is
// empty); contacts, tags, stays, preferences, notes, complaints and feedback of both are kept.
// Merge is not done here: the caller reads the choices and makes the merge undoable.
class MergeGuestsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeGuestsDialog)

public:
    MergeGuestsDialog(AppServices &services, const QString &keptUuid, const QString &otherUuid,
                      QWidget *parent = nullptr);

    [[nodiscard]] const QString &keptUuid() const { return m_kept; }
    [[nodiscard]] const QString &otherUuid() const { return m_other; }
    // The fields whose value comes from the other guest, and those kept as the kept guest has them.
    [[nodiscard]] QStringList preferOther() const;
    [[nodiscard]] QStringList preferKept() const;
    [[nodiscard]] const QList<MergeField> &fields() const { return m_fields; }
    // Picks the other guest's value for `field` (as a click on its button would).
    void chooseOther(const QString &field, bool other);
    // Swaps which guest is kept.
    void swapGuests();

private:
    void rebuild();
    AppServices &m_services;
    QString m_kept;
    QString m_other;
    QList<MergeField> m_fields;
    QList<QButtonGroup *> m_choices;
    QWidget *m_grid = nullptr;
    QLabel *m_heading;
    MessageBar *m_messages;
};

} // namespace innkeep::ui
