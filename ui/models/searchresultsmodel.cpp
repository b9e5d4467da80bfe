// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultsmodel.h"

#include "roles.h"

#include <QLocale>

namespace innkeep::ui {

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

QString SearchResultsModel::matchedText(const QString &token)
{
    if (token == QLatin1String("email"))
        return tr("e-mail");
    if (token == QLatin1String("phone"))
        return tr("phone");
    if (token == QLatin1String("tag"))
        return tr("tag");
    if (token == QLatin1String("stay"))
        return tr("stay");
    if (token == QLatin1String("note"))
        return tr("note");
    if (token == QLatin1String("room"))
        return tr("room");
    if (token == QLatin1String("text"))
        return tr("text");
    return token;
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
        if (hit.matched == QLatin1String("recent"))
            parts.append(tr("Opened recently"));
        if (hit.kind == QLatin1String("ticket"))
            parts.append(tr("Complaint"));
        else if (hit.kind == QLatin1String("feedback"))
            parts.append(tr("Feedback"));
        if (!hit.latinName.isEmpty() && hit.latinName != hit.displayName)
            parts.append(hit.latinName);
        if (hit.vipLevel > 0)
            parts.append(tr("VIP %1").arg(hit.vipLevel));
        if (hit.hasStay()) {
            const QLocale locale;
            const QString dates = tr("%1 – %2").arg(locale.toString(hit.arrival, QLocale::ShortFormat),
                                                    locale.toString(hit.departure, QLocale::ShortFormat));
            const QString room = hit.room.isEmpty() ? QString() : tr("room %1").arg(hit.room);
            if (hit.inHouse)
                parts.append(room.isEmpty() ? tr("in house, %1").arg(dates)
                                            : tr("in house, %1, %2").arg(room, dates));
            else if (hit.stayStatus == QLatin1String("booked"))
                parts.append(room.isEmpty() ? tr("booked %1").arg(dates)
                                            : tr("booked %1, %2").arg(dates, room));
            else
                parts.append(room.isEmpty() ? tr("last stay %1").arg(dates)
                                            : tr("last stay %1, %2").arg(dates, room));
        }
        if (!hit.matched.isEmpty() && hit.matched != QLatin1String("name")
            && hit.matched != QLatin1String("recent"))
            parts.append(tr("matched %1").arg(matchedText(hit.matched)));
        return parts.join(QStringLiteral(" · "));
    }
    case IdRole: return hit.uuid;
    case GuestUuidRole: return hit.guestUuid;
    case KindRole: return hit.kind;
    default: return {};
    }
}

} // namespace innkeep::ui
