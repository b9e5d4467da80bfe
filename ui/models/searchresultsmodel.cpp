// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultsmodel.h"

#include "roles.h"

namespace innkeep::ui {

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return hit.displayName;
    case Qt::AccessibleTextRole: return QString(hit.displayName + QStringLiteral(", ") + hit.latinName);
    case SecondLineRole: {
        QStringList parts;
        if (hit.kind == QLatin1String("ticket"))
            parts.append(tr("Complaint"));
        else if (hit.kind == QLatin1String("feedback"))
            parts.append(tr("Feedback"));
        if (!hit.latinName.isEmpty() && hit.latinName != hit.displayName)
            parts.append(hit.latinName);
        if (!hit.matched.isEmpty() && hit.matched != QLatin1String("name"))
            parts.append(tr("matched %1").arg(hit.matched));
        return parts.join(QStringLiteral(" · "));
    }
    case IdRole: return hit.uuid;
    case GuestUuidRole: return hit.guestUuid;
    case KindRole: return hit.kind;
    default: return {};
    }
}

} // namespace innkeep::ui
