// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences/preference.h"

#include <QAbstractTableModel>
#include <QList>

namespace innkeep::ui {

// A guest's preferences, critical first (the order PreferenceService gives).
class PreferenceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferenceModel)

public:
    enum Column { Critical, Category, Value, Detail, Source, Observed, Confirmed, ColumnCount };
    explicit PreferenceModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setPreferences(const QList<Preference> &preferences);
    [[nodiscard]] const Preference &preference(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Preference> m_rows;
};

} // namespace innkeep::ui
