// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "feedback/feedbackentry.h"
#include "models/roles.h"
#include "models/rowpatch.h"

#include <QAbstractTableModel>
#include <QList>

namespace innkeep::ui {

class TicketServices;

// Feedback, newest first, a page at a time from FeedbackRepository::list as the view scrolls;
// the needs-attention and channel filters go into the FeedbackQuery. An entry that changes, comes
// or goes re-reads the loaded rows and patches them (RowPatch), keeping the selection.
class FeedbackListModel final : public RowPatch::Patchable<QAbstractTableModel>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackListModel)

public:
    enum Column {
        Received,
        Attention,
        Rating,
        Sentiment,
        Guest,
        Channel,
        Topics,
        Text,
        Language,
        ColumnCount
    };
    // Besides IdRole, GuestUuidRole and ChipsRole (Sentiment and Topics columns), on every column:
    enum Role {
        LabelRole = ChipsRole + 1, // the effective SentimentLabel token, "" when not analysed
        ScoreRole,                 // the analyser's score, double in [-1, 1]
        TopicsRole,                // the effective HospitalityTopic keys (QStringList)
        CorrectedRole,             // bool: staff corrected the label or topics
    };
    static constexpr int PageSize = 100;

    explicit FeedbackListModel(TicketServices &services, QObject *parent = nullptr);

    // guestId < 0 shows no rows (a profile tab before its guest is known).
    void setQuery(const FeedbackQuery &query);
    [[nodiscard]] const FeedbackQuery &query() const { return m_query; }
    [[nodiscard]] const FeedbackEntry *entryAt(int row) const;
    [[nodiscard]] int rowOf(const QString &uuid) const;
    void reload();
    // Brings the loaded rows up to date without a reset; the row of `changedUuid` is repainted
    // even if it looks the same.
    void refresh(const QString &changedUuid = {});
    // During refresh(): a view's current row that moves to a neighbour because its own row left
    // is not the receptionist's choice (a page keeps showing what it showed).
    [[nodiscard]] bool isRefreshing() const { return m_refreshing; }

    [[nodiscard]] static QString ratingText(const FeedbackEntry &entry);
    [[nodiscard]] static QString attentionText(const FeedbackEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Sorts in SQL (FeedbackQuery::sortBy); the topics column keeps the order it has.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void failed(const innkeep::Error &error);
    // The loaded rows were brought up to date without a reset (refresh()).
    void refreshed();

private:
    // data() before tooltips are made plain (PlainText::toolTip): names and notes are user text.
    [[nodiscard]] QVariant cell(const QModelIndex &index, int role) const;
    TicketServices &m_services;
    FeedbackQuery m_query;
    QList<FeedbackEntry> m_rows;
    bool m_atEnd = false;
    bool m_refreshing = false;
};

} // namespace innkeep::ui
