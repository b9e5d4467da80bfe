// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guests/guesthistory.h"
#include "profile/historywording.h"

#include <QAbstractTableModel>
#include <QList>

namespace innkeep::ui {

// The change log of one guest, newest first: when, who, what changed, before and after, in the
// desk's words (HistoryWording); bookkeeping entries are not rows.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { When, Who, What, Before, After, ColumnCount };
    explicit HistoryModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setEntries(const QList<ChangeEntry> &entries, const HistoryWording &wording = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // data() before tooltips are made plain (PlainText::toolTip): names and notes are user text.
    [[nodiscard]] QVariant cell(const QModelIndex &index, int role) const;
    struct Row
    {
        ChangeEntry entry;
        HistoryLine line;
    };
    QList<Row> m_rows;
};

} // namespace innkeep::ui
