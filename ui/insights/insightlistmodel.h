// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/insightlists.h"

#include <QAbstractTableModel>

namespace innkeep::ui {

// The records behind a number on the Insights page, one row each, with the columns their kind
// has (guests: name, nationality, VIP, stays, last arrival; stays: guest, dates, room, status,
// revenue; tickets: created, guest, room, category, severity, status, outcome, complaint;
// feedback: received, guest, channel, rating, text). IdRole is the record's uuid, GuestUuidRole
// its guest's. Read-only.
class InsightListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightListModel)

public:
    explicit InsightListModel(QObject *parent = nullptr);

    void setList(const InsightList &list);
    [[nodiscard]] const InsightList &list() const { return m_list; }
    [[nodiscard]] KpiPopulation population() const { return m_list.population; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // What the view shows, as text: the header and every row (the CSV export).
    [[nodiscard]] QStringList header() const;
    [[nodiscard]] static QStringList headerFor(KpiPopulation population);
    [[nodiscard]] QList<QStringList> rows() const;
    // The column that takes what is left (the complaint or feedback text, else the last one).
    [[nodiscard]] int stretchColumn() const;

private:
    [[nodiscard]] QString cell(const InsightListRow &row, int column) const;

    InsightList m_list;
};

} // namespace innkeep::ui
