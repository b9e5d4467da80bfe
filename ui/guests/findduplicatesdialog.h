// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guests/duplicatefinder.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace innkeep::ui {

class AppServices;

// Guests ▸ Find Duplicates: every pair of stored guests who may be one person, best match first,
// with the score and the reasons; a pair opens either guest or goes on to a merge.
class FindDuplicatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindDuplicatesDialog)

public:
    explicit FindDuplicatesDialog(AppServices &services, QWidget *parent = nullptr);

    // Finds the pairs again (after a merge).
    void reload();
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] const QList<DuplicatePair> &pairs() const { return m_pairs; }
    [[nodiscard]] QPushButton *mergeButton() const { return m_merge; }

Q_SIGNALS:
    void guestOpenRequested(const QString &guestUuid);
    // Merge `otherUuid` into `keptUuid` (the older profile is offered as the one to keep).
    void mergeRequested(const QString &keptUuid, const QString &otherUuid);

private:
    [[nodiscard]] const DuplicatePair *currentPair() const;
    void updateButtons();
    AppServices &m_services;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_openFirst;
    QPushButton *m_openSecond;
    QPushButton *m_merge;
    QList<DuplicatePair> m_pairs;
};

} // namespace innkeep::ui
