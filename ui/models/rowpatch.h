// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QSet>
#include <type_traits>

namespace innkeep::ui {

// Brings a flat model's rows up to date without a reset, so the receptionist's selection, current
// row and scroll position stay where they are when another record changes: the model re-reads
// its (short, loaded) list in SQL order and hands it here; rows that left are removed, rows that
// came are inserted, rows that moved are moved, and rows whose content differs are announced with
// dataChanged. Rows are matched by key (their UUID). A model lends RowPatch its protected row
// notifications by deriving from RowPatch::Patchable<QAbstractTableModel> (or …ListModel).
class RowPatch final
{
public:
    template<class Base> class Patchable : public Base
    {
    public:
        using Base::Base;

    private:
        friend class RowPatch;
    };

    // `keyOf(row)` names a row; `same(a, b)` says two rows with one key show the same thing.
    template<class Base, typename Row, typename KeyOf, typename Same>
    static void apply(Patchable<Base> &model, QList<Row> &rows, const QList<Row> &fresh, KeyOf keyOf,
                      Same same)
    {
        // Through the base: QAbstractListModel hides columnCount().
        const int lastColumn = static_cast<const QAbstractItemModel &>(model).columnCount({}) - 1;
        QSet<std::decay_t<decltype(keyOf(fresh.constFirst()))>> wanted;
        for (const Row &row : fresh)
            wanted.insert(keyOf(row));
        // Rows that left, bottom up, a run of neighbours at a time.
        for (int last = int(rows.size()) - 1; last >= 0;) {
            if (wanted.contains(keyOf(rows.at(last)))) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !wanted.contains(keyOf(rows.at(first - 1))))
                --first;
            model.beginRemoveRows({}, first, last);
            rows.remove(first, last - first + 1);
            model.endRemoveRows();
            last = first - 1;
        }
        // Every row left is wanted: walk the fresh order, moving, inserting and refreshing.
        for (int i = 0; i < fresh.size(); ++i) {
            const auto key = keyOf(fresh.at(i));
            int at = i;
            while (at < rows.size() && keyOf(rows.at(at)) != key)
                ++at;
            if (at == rows.size()) {
                model.beginInsertRows({}, i, i);
                rows.insert(i, fresh.at(i));
                model.endInsertRows();
                continue;
            }
            if (at != i) {
                model.beginMoveRows({}, at, at, {}, i);
                rows.move(at, i);
                model.endMoveRows();
            }
            if (!same(rows.at(i), fresh.at(i))) {
                rows[i] = fresh.at(i);
                Q_EMIT model.dataChanged(model.index(i, 0), model.index(i, lastColumn));
            }
        }
    }
};

} // namespace innkeep::ui
