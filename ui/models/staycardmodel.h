// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/guestalert.h"
#include "rowpatch.h"
#include "stays/stayservice.h"

#include <QAbstractListModel>
#include <QMetaType>

namespace innkeep::ui {

// What a recognition card on the Today page shows about one stay.
struct RecognitionCard
{
    StayWithGuest stay;
    QList<GuestAlert> alerts; // blocked, critical preferences, open complaints…
};

// One Today list (arrivals, in house or departures) as recognition cards.
class StayCardModel final : public RowPatch::Patchable<QAbstractListModel>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StayCardModel)

public:
    explicit StayCardModel(QObject *parent = nullptr) : Patchable(parent) {}

    // Shows `cards`, in their order: cards that came are inserted, cards that went removed, cards
    // whose stay, guest or alerts changed repainted (RowPatch); never a reset, so the card the
    // receptionist is on stays current.
    void setCards(const QList<RecognitionCard> &cards);
    [[nodiscard]] const RecognitionCard &card(int row) const { return m_cards.at(row); }
    [[nodiscard]] bool containsGuest(const QString &guestUuid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    // data() before tooltips are made plain (PlainText::toolTip): names and notes are user text.
    [[nodiscard]] QVariant cell(const QModelIndex &index, int role) const;
    QList<RecognitionCard> m_cards;
};

} // namespace innkeep::ui

Q_DECLARE_METATYPE(innkeep::ui::RecognitionCard)
