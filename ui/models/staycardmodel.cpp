// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "staycardmodel.h"

#include "roles.h"
#include "widgets/format.h"
#include "widgets/plaintext.h"

#include <algorithm>

namespace innkeep::ui {

namespace {

// Everything a card shows, for telling whether it changed.
bool sameCard(const RecognitionCard &a, const RecognitionCard &b)
{
    const auto alertTexts = [](const RecognitionCard &card) {
        QStringList texts;
        for (const GuestAlert &alert : card.alerts)
            texts << QString::number(int(alert.level)) + alert.text;
        return texts;
    };
    return a.stay.stay.updatedAt == b.stay.stay.updatedAt && a.stay.stay.room == b.stay.stay.room
           && a.stay.stay.arrival == b.stay.stay.arrival && a.stay.stay.departure == b.stay.stay.departure
           && a.stay.stay.status == b.stay.stay.status && a.stay.guestDisplayName == b.stay.guestDisplayName
           && a.stay.guestLatinName == b.stay.guestLatinName && a.stay.vipLevel == b.stay.vipLevel
           && a.stay.stayNumber == b.stay.stayNumber && alertTexts(a) == alertTexts(b);
}

} // namespace

void StayCardModel::setCards(const QList<RecognitionCard> &cards)
{
    RowPatch::apply(
        *this, m_cards, cards, [](const RecognitionCard &card) { return card.stay.stay.uuid; }, sameCard);
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
