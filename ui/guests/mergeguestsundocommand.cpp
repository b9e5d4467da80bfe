// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergeguestsundocommand.h"

#include "appservices.h"

#include <QCoreApplication>

namespace innkeep::ui {

MergeGuestsUndoCommand::MergeGuestsUndoCommand(AppServices &services, QString keptUuid, QString otherUuid,
                                               QStringList preferOther, QStringList preferKept,
                                               std::function<void(const Error &)> onError)
    : m_services(services), m_kept(std::move(keptUuid)), m_other(std::move(otherUuid)),
      m_preferOther(std::move(preferOther)), m_preferKept(std::move(preferKept)),
      m_onError(std::move(onError))
{
    auto other = m_services.guests.find(m_other);
    setText(QCoreApplication::translate("innkeep::ui::MergeGuestsUndoCommand", "Merge %1")
                .arg(other ? other->displayName() : QString()));
}

void MergeGuestsUndoCommand::redo()
{
    auto merged = m_services.openVenue.guestMerges().merge(m_kept, m_other, m_preferOther, m_preferKept);
    if (!merged) {
        setObsolete(true);
        m_onError(merged.error());
        return;
    }
    m_merge = *merged;
}

void MergeGuestsUndoCommand::undo()
{
    if (auto ok = m_services.openVenue.guestMerges().unmerge(m_merge); !ok) {
        setObsolete(true);
        m_onError(ok.error());
    }
}

} // namespace innkeep::ui
