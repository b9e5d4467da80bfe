// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stays/stay.h"

#include <QAbstractTableModel>
#include <QList>

namespace innkeep::ui {

// A guest's stays, newest first.
class StayTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StayTableModel)

public:
    enum Column { Arrival, Departure, Nights, Room, Status, Channel, Rate, Revenue, Reference, ColumnCount };
    explicit StayTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setStays(const QList<Stay> &stays);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Stay> m_rows;
};

} // namespace innkeep::ui
