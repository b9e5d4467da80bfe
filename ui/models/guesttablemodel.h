// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "guests/guestdirectory.h"
#include "guests/guestservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace innkeep {
class GuestService;
class StayService;
}

namespace innkeep::ui {

// The guest list: rows read a page at a time from GuestDirectory as the view scrolls
// (canFetchMore/fetchMore); sorting and filtering run in SQL, never over loaded rows.
class GuestTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuestTableModel)

public:
    enum Column { Name, NativeName, Vip, Stays, LastStay, Email, Phone, City, Tags, Added, ColumnCount };
    static constexpr int PageSize = 200;

    // Follows `guests` and `stays` to update the rows they change.
    GuestTableModel(GuestDirectory directory, GuestService &guests, StayService &stays,
                    QObject *parent = nullptr);

    void setFilter(const GuestDirectoryFilter &filter);
    [[nodiscard]] const GuestDirectoryFilter &filter() const { return m_directory.filter(); }
    // Matching guests in the database (not only loaded rows).
    [[nodiscard]] qint64 totalCount();
    [[nodiscard]] QStringList tags() { return m_directory.tags().value_or(QStringList()); }
    [[nodiscard]] static bool isSortable(int column) { return column == Name || column == Added; }
    [[nodiscard]] QString uuidAt(int row) const;
    // The row showing this guest, or -1 when it is not loaded.
    [[nodiscard]] int rowOf(const QString &uuid) const;
    void reload();
    // While held back, a reload only marks the rows stale: the page showing the model holds it
    // back until it is first shown, so a hidden page costs no query at start-up.
    void setHeldBack(bool held);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void failed(const innkeep::Error &error);
    void totalCountChanged();

private:
    // data() before tooltips are made plain (PlainText::toolTip): names and notes are user text.
    [[nodiscard]] QVariant cell(const QModelIndex &index, int role) const;
    void onGuestChanged(RecordEvents::Kind kind, const QString &guestUuid);

    GuestDirectory m_directory;
    QList<GuestDirectoryRow> m_rows;
    bool m_atEnd = false;
    bool m_heldBack = false;
    bool m_stale = false;
    qint64 m_total = -1;
};

} // namespace innkeep::ui
