// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbacklistmodel.h"

#include "analysischips.h"
#include "tickets/ticketservices.h"
#include "widgets/followrecords.h"
#include "widgets/format.h"
#include "widgets/plaintext.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>

namespace innkeep::ui {

FeedbackListModel::FeedbackListModel(TicketServices &services, QObject *parent)
    : Patchable(parent), m_services(services)
{
    followRecords(
        services.feedback, this,
        [this](RecordEvents::Kind, const QString &uuid, const QString &) { refresh(uuid); },
        [this] { reload(); });
    followRecords(services.settings, this, [this] { refresh(); }); // category names
}

void FeedbackListModel::sort(int column, Qt::SortOrder order)
{
    using By = FeedbackQuery::SortBy;
    FeedbackQuery query = m_query;
    switch (Column(column)) {
    case Received: query.sortBy = By::Received; break;
    case Attention: query.sortBy = By::Attention; break;
    case Rating: query.sortBy = By::Rating; break;
    case Sentiment: query.sortBy = By::Sentiment; break;
    case Guest: query.sortBy = By::Guest; break;
    case Channel: query.sortBy = By::Channel; break;
    case Text: query.sortBy = By::Text; break;
    case Language: query.sortBy = By::Language; break;
    case Topics:
    case ColumnCount: return;
    }
    // The view's ascending arrow: oldest first for the date, lowest or A first for the others
    // (attention: the entries needing it first, as the arrow points the way the page reads).
    const bool ascending = order == Qt::AscendingOrder;
    query.reversed = query.sortBy == By::Received ? ascending : !ascending;
    if (query.sortBy == m_query.sortBy && query.reversed == m_query.reversed)
        return;
    setQuery(query);
}

void FeedbackListModel::setQuery(const FeedbackQuery &query)
{
    m_query = query;
    reload();
}

void FeedbackListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    endResetModel();
}

const FeedbackEntry *FeedbackListModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int FeedbackListModel::rowOf(const QString &uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).uuid == uuid)
            return i;
    }
    return -1;
}

QString FeedbackListModel::ratingText(const FeedbackEntry &e)
{
    if (!e.rating)
        return tr("No rating");
    const QLocale locale;
    const QString value = locale.toString(e.rating->value, 'g', 3);
    switch (e.rating->scale) {
    case RatingScale::OneToFive:
        //: A rating on 1-5 with the common 0-10 score every channel shares: "4 / 5 (8 of 10)".
        return tr("%1 / 5 (%2 of 10)").arg(value, locale.toString(e.rating->outOfTen(), 'g', 3));
    case RatingScale::OneToTen: return tr("%1 / 10").arg(value);
    case RatingScale::Nps: return tr("NPS %1").arg(value);
    }
    return value;
}

QString FeedbackListModel::attentionText(const FeedbackEntry &e)
{
    if (!e.ticketUuid.isEmpty())
        return tr("Complaint logged");
    if (e.needsAttention)
        return tr("Needs attention");
    if (e.respondedAt)
        return tr("Answered");
    return e.lowRating ? tr("Low rating") : QString();
}

int FeedbackListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedbackListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedbackListModel::data(const QModelIndex &index, int role) const
{
    const QVariant value = cell(index, role);
    if (role == Qt::ToolTipRole && value.isValid())
        return PlainText::toolTip(value.toString());
    return value;
}

QVariant FeedbackListModel::cell(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedbackEntry &e = m_rows.at(index.row());
    switch (role) {
    case IdRole: return e.uuid;
    case GuestUuidRole: return e.guestUuid;
    case KindRole: return QStringLiteral("feedback");
    case LabelRole:
        return AnalysisChips::hasAnalysis(e) ? sentimentLabelToken(e.effectiveLabel()) : QString();
    case ScoreRole: return e.analysis.score;
    case TopicsRole: {
        QStringList keys;
        for (const TopicFinding &t : e.effectiveTopics())
            keys << t.topic;
        return keys;
    }
    case CorrectedRole: return AnalysisChips::isCorrected(e);
    case ChipsRole:
        if (!AnalysisChips::hasAnalysis(e))
            return {};
        if (index.column() == Sentiment)
            return QVariant::fromValue(ChipList{AnalysisChips::labelChip(e)});
        if (index.column() == Topics)
            return QVariant::fromValue(AnalysisChips::topicChips(e));
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == Sentiment)
            return AnalysisChips::hasAnalysis(e) ? AnalysisChips::labelText(e) : tr("Not analysed yet");
        if (index.column() == Topics)
            return AnalysisChips::topicsText(e);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Received: return Format::dateTime(e.receivedAt);
        case Attention: return attentionText(e);
        case Rating: return ratingText(e);
        case Sentiment:
            if (role == Qt::ToolTipRole)
                return AnalysisChips::labelToolTip(e);
            return AnalysisChips::hasAnalysis(e) ? sentimentLabelText(e.effectiveLabel()) : QString();
        case Topics:
            return role == Qt::ToolTipRole ? AnalysisChips::topicsToolTip(e) : AnalysisChips::topicsText(e);
        case Guest: return e.guestName.isEmpty() ? tr("Anonymous") : e.guestName;
        case Channel:
            return e.channel == FeedbackChannel::ReviewSite && !e.site.isEmpty()
                       ? tr("%1 (%2)").arg(feedbackChannelLabel(e.channel), e.site)
                       : feedbackChannelLabel(e.channel);
        case Text: return role == Qt::DisplayRole ? e.text.simplified() : e.text;
        case Language: return e.language.isEmpty() ? QString() : QLocale(e.language).nativeLanguageName();
        case ColumnCount: break;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Attention && e.needsAttention)
            return theme::foreground(QApplication::palette(), theme::Tone::Critical);
        if (index.column() == Rating && e.lowRating)
            return theme::foreground(QApplication::palette(), theme::Tone::Warning);
        return {};
    case Qt::FontRole:
        if (index.column() == Attention && e.needsAttention) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant FeedbackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Received: return tr("Received");
    case Attention: return tr("Follow-up");
    case Rating: return tr("Rating");
    case Sentiment: return tr("Sentiment");
    case Topics: return tr("Topics");
    case Guest: return tr("Guest");
    case Channel: return tr("Channel");
    case Text: return tr("Feedback");
    case Language: return tr("Language");
    case ColumnCount: break;
    }
    return {};
}

bool FeedbackListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void FeedbackListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    if (m_query.guestId < 0) {
        m_atEnd = true;
        return;
    }
    FeedbackQuery page = m_query;
    page.offset = int(m_rows.size());
    page.limit = PageSize;
    auto entries = m_services.feedback.list(page);
    if (!entries) {
        m_atEnd = true;
        Q_EMIT failed(entries.error());
        return;
    }
    if (entries->size() < PageSize)
        m_atEnd = true;
    if (entries->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + entries->size() - 1));
    m_rows.append(*entries);
    endInsertRows();
}

void FeedbackListModel::refresh(const QString &changedUuid)
{
    if (m_query.guestId < 0 || (m_rows.isEmpty() && !m_atEnd))
        return; // nothing read yet: the view's first fetchMore reads it all
    // The window the view has loaded, and when it reached the end, a page more for what came.
    const int loaded = std::max(int(m_rows.size()), int(PageSize));
    FeedbackQuery window = m_query;
    window.offset = 0;
    window.limit = m_atEnd ? loaded + PageSize : loaded;
    auto fresh = m_services.feedback.list(window);
    if (!fresh) {
        Q_EMIT failed(fresh.error());
        return;
    }
    m_atEnd = fresh->size() < window.limit;
    const QScopedValueRollback refreshing(m_refreshing, true);
    RowPatch::apply(
        *this, m_rows, *fresh, [](const FeedbackEntry &e) { return e.uuid; },
        [&](const FeedbackEntry &a, const FeedbackEntry &b) {
            return a.uuid != changedUuid && a.updatedAt == b.updatedAt && a.respondedAt == b.respondedAt
                   && a.guestName == b.guestName && a.needsAttention == b.needsAttention
                   && a.ticketUuid == b.ticketUuid && a.analyserVersion == b.analyserVersion
                   && a.analysis == b.analysis && a.correctedAt == b.correctedAt
                   && a.correctedLabel == b.correctedLabel && a.topicsAdded == b.topicsAdded
                   && a.topicsRemoved == b.topicsRemoved;
        });
    Q_EMIT refreshed();
}

} // namespace innkeep::ui
