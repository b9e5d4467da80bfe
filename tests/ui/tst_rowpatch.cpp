// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// RowPatch: a list brought up to date row by row, never reset, with the selection kept.
#include "models/rowpatch.h"
#include "qstringmaker.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace innkeep::ui;

namespace {

struct Item
{
    QString key;
    QString text;
};

class ItemModel final : public RowPatch::Patchable<QAbstractTableModel>
{
public:
    void show(const QList<Item> &fresh)
    {
        RowPatch::apply(
            *this, m_items, fresh, [](const Item &i) { return i.key; },
            [](const Item &a, const Item &b) { return a.text == b.text; });
    }
    [[nodiscard]] QStringList keys() const
    {
        QStringList keys;
        for (const Item &i : m_items)
            keys << i.key;
        return keys;
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        const Item &item = m_items.at(index.row());
        return index.column() == 0 ? item.key : item.text;
    }

private:
    QList<Item> m_items;
};

QList<Item> items(const QString &keys, const QString &text = QStringLiteral("v1"))
{
    QList<Item> list;
    for (const QChar c : keys)
        list.append({QString(c), text});
    return list;
}

} // namespace

TEST_CASE("RowPatch: inserts, removes and moves rows without a reset, and the selected row stays selected",
          "[rowpatch]")
{
    ItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.show(items(QStringLiteral("abcde")));
    CHECK(inserted.size() == 5);
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(2, 0),
                              QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
    inserted.clear();

    // A new row above the selected one, one gone below it, the selected one unchanged.
    model.show(items(QStringLiteral("xabcd")));
    CHECK(model.keys().join(QString()) == QStringLiteral("xabcd"));
    CHECK(inserted.size() == 1);
    CHECK(removed.size() == 1);
    CHECK(changed.isEmpty());
    CHECK(selection.currentIndex().row() == 3);
    CHECK(selection.currentIndex().data().toString() == QStringLiteral("c"));
    CHECK(selection.isRowSelected(3, {}));

    // The selected row moves to the top and its text changes: it stays selected, one dataChanged.
    QList<Item> fresh = items(QStringLiteral("cxabd"));
    fresh[0].text = QStringLiteral("v2");
    model.show(fresh);
    CHECK(model.keys().join(QString()) == QStringLiteral("cxabd"));
    CHECK(moved.size() == 1);
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).value<QModelIndex>().row() == 0);
    CHECK(changed.at(0).at(1).value<QModelIndex>().column() == 1);
    CHECK(selection.currentIndex().row() == 0);
    CHECK(model.index(0, 1).data().toString() == QStringLiteral("v2"));

    // Everything gone, then back.
    model.show({});
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(selection.currentIndex().isValid());
    model.show(items(QStringLiteral("ab")));
    CHECK(model.keys().join(QString()) == QStringLiteral("ab"));
    CHECK(reset.isEmpty());
}

TEST_CASE("RowPatch: any reordering of any subset ends in the fresh order", "[rowpatch]")
{
    ItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QRandomGenerator random(9);
    const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    for (int round = 0; round < 300; ++round) {
        QString keys = alphabet;
        for (int i = int(keys.size()) - 1; i > 0; --i)
            std::swap(keys[i], keys[random.bounded(i + 1)]);
        keys.truncate(random.bounded(int(keys.size()) + 1));
        QList<Item> fresh = items(keys, QString::number(random.bounded(3)));
        model.show(fresh);
        QStringList expected;
        for (const Item &i : fresh)
            expected << i.key;
        REQUIRE(model.keys() == expected);
        for (int row = 0; row < fresh.size(); ++row)
            REQUIRE(model.index(row, 1).data().toString() == fresh.at(row).text);
    }
    CHECK(reset.isEmpty());
}
