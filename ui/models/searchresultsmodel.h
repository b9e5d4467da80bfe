// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/guestsearch.h"

#include <QAbstractListModel>

namespace innkeep::ui {

// The global search popup's rows: guests, tickets and feedback entries matching the typed text.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    // "matched e-mail": the reason a hit matched, in the user's words.
    [[nodiscard]] static QString matchedText(const QString &token);
    explicit SearchResultsModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}

    void setHits(const QList<SearchHit> &hits);
    [[nodiscard]] const SearchHit &hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace innkeep::ui
