// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guests/duplicatefinder.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace innkeep::ui {

// "This guest may already be here": the stored guests a profile being saved may duplicate (name,
// last stay, contacts, why, how sure), with Open Existing and Save Anyway. Shown inside the guest
// form when Save finds candidates; hidden until then.
class DuplicatePanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatePanel)

public:
    explicit DuplicatePanel(QWidget *parent = nullptr);

    void showCandidates(const QList<DuplicateCandidate> &candidates);
    [[nodiscard]] int candidateCount() const;
    // The chosen (or only) candidate's id.
    [[nodiscard]] QString chosenUuid() const;
    [[nodiscard]] QPushButton *openButton() const { return m_open; }
    [[nodiscard]] QPushButton *saveAnywayButton() const { return m_saveAnyway; }
    [[nodiscard]] QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void openRequested(const QString &guestUuid);
    void saveAnywayRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_title;
    QTreeWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_saveAnyway;
    QList<DuplicateCandidate> m_candidates;
};

} // namespace innkeep::ui
