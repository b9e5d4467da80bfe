// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>
#include <QUndoCommand>

#include <functional>

namespace innkeep::ui {

class AppServices;

// A merge of two profiles on the undo stack: redo merges (GuestMerge::merge), undo unmerges.
// A failure is reported through `onError` and the command turns obsolete, so the stack never
// claims a merge (or an undo) that did not happen; succeeded() tells the caller after push().
class MergeGuestsUndoCommand final : public QUndoCommand
{
public:
    MergeGuestsUndoCommand(AppServices &services, QString keptUuid, QString otherUuid,
                           QStringList preferOther, QStringList preferKept,
                           std::function<void(const Error &)> onError);
    void redo() override;
    void undo() override;
    [[nodiscard]] const QString &mergeUuid() const { return m_merge; }

private:
    AppServices &m_services;
    QString m_kept;
    QString m_other;
    QStringList m_preferOther;
    QStringList m_preferKept;
    std::function<void(const Error &)> m_onError;
    QString m_merge;
};

} // namespace innkeep::ui
