// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "staycardmodel.h"

#include "roles.h"
#include "widgets/format.h"
#include "widgets/plaintext.h"

#include <algorithm>

namespace innkeep::ui {

void StayCardModel::setCards(const QList<RecognitionCard> &cards)
{
    beginResetModel();
    m_cards = cards;
    endResetModel();
}

bool StayCardModel::containsGuest(const QString &guestUuid) const
{
    return std::any_of(m_cards.cbegin(), m_cards.cend(),
                       [&](const RecognitionCard &card) { return card.stay.stay.guestUuid == guestUuid; });
}

int StayCardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant StayCardModel::data(const QModelIndex &index, int role) const
{
    const QVariant value = cell(index, role);
    if (role == Qt::ToolTipRole && value.isValid())
        return PlainText::toolTip(value.toString());
    return value;
}

QVariant StayCardModel::cell(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecognitionCard &card = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return card.stay.guestDisplayName;
    case SecondLineRole: return card.stay.guestLatinName;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList parts{card.stay.guestDisplayName, card.stay.guestLatinName,
                          Format::stayNumber(card.stay.stayNumber)};
        if (card.stay.vipLevel > 0)
            parts.append(Format::vipText(card.stay.vipLevel));
        for (const GuestAlert &alert : card.alerts)
            parts.append(alert.text);
        return parts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    case IdRole: return card.stay.stay.uuid;
    case GuestUuidRole: return card.stay.stay.guestUuid;
    case CardRole: return QVariant::fromValue(card);
    default: return {};
    }
}

} // namespace innkeep::ui
