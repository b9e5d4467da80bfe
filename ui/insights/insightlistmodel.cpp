// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightlistmodel.h"

#include "feedback/feedbackchannel.h"
#include "models/roles.h"
#include "stays/stay.h"
#include "tickets/ticketseverity.h"
#include "tickets/ticketstatus.h"
#include "widgets/format.h"

#include <QLocale>

namespace innkeep::ui {

QStringList InsightListModel::headerFor(KpiPopulation population)
{
    switch (population) {
    case KpiPopulation::Guests:
        return {tr("Guest"), tr("Nationality"), tr("VIP"), tr("Stays"), tr("Last arrival")};
    case KpiPopulation::Stays:
        return {tr("Guest"), tr("Arrival"), tr("Departure"), tr("Room"), tr("Status"), tr("Revenue")};
    case KpiPopulation::Tickets:
        return {tr("Logged"),   tr("Guest"),  tr("Room"),    tr("Category"),
                tr("Severity"), tr("Status"), tr("Outcome"), tr("Complaint")};
    case KpiPopulation::Feedback:
        return {tr("Received"), tr("Guest"), tr("Channel"), tr("Rating"), tr("Feedback")};
    }
    return {};
}

namespace {

QString ratingText(const InsightListRow &row)
{
    if (!row.rating)
        return InsightListModel::tr("No rating");
    const QString value = QLocale().toString(*row.rating, 'g', 3);
    if (row.ratingScale == QLatin1String("1-5"))
        return InsightListModel::tr("%1 / 5").arg(value);
    if (row.ratingScale == QLatin1String("1-10"))
        return InsightListModel::tr("%1 / 10").arg(value);
    if (row.ratingScale == QLatin1String("nps"))
        return InsightListModel::tr("NPS %1").arg(value);
    return value;
}

QString outcomeText(const QString &token)
{
    if (token == QLatin1String("recovered"))
        return InsightListModel::tr("Recovered");
    if (token == QLatin1String("lost"))
        return InsightListModel::tr("Lost");
    return {};
}

} // namespace

InsightListModel::InsightListModel(QObject *parent) : QAbstractTableModel(parent) {}

void InsightListModel::setList(const InsightList &list)
{
    beginResetModel();
    m_list = list;
    endResetModel();
}

int InsightListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.rows.size());
}

int InsightListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headerFor(m_list.population).size());
}

int InsightListModel::stretchColumn() const
{
    return columnCount() - 1;
}

QString InsightListModel::cell(const InsightListRow &r, int column) const
{
    const QString guest = r.guestName.isEmpty() ? tr("No guest") : r.guestName;
    switch (m_list.population) {
    case KpiPopulation::Guests:
        switch (column) {
        case 0: return guest;
        case 1: return r.nationality;
        case 2: return r.vipLevel > 0 ? Format::vipText(r.vipLevel) : QString();
        case 3: return QLocale().toString(r.stays);
        case 4: return Format::date(r.lastArrival);
        }
        break;
    case KpiPopulation::Stays:
        switch (column) {
        case 0: return guest;
        case 1: return Format::date(r.arrival);
        case 2: return Format::date(r.departure);
        case 3: return r.room;
        case 4: {
            const auto status = stayStatusFromToken(r.stayStatus);
            return status ? displayText(*status) : r.stayStatus;
        }
        case 5: return Format::money(r.revenueMinor, r.currency);
        }
        break;
    case KpiPopulation::Tickets:
        switch (column) {
        case 0: return Format::dateTime(r.createdAt);
        case 1: return guest;
        case 2: return r.room;
        case 3: return r.category;
        case 4: {
            const auto severity = ticketSeverityFromToken(r.severity);
            return severity ? ticketSeverityLabel(*severity) : r.severity;
        }
        case 5: {
            const auto status = ticketStatusFromToken(r.ticketStatus);
            return status ? ticketStatusLabel(*status) : r.ticketStatus;
        }
        case 6: return outcomeText(r.outcome);
        case 7: return r.text.simplified();
        }
        break;
    case KpiPopulation::Feedback:
        switch (column) {
        case 0: return Format::dateTime(r.receivedAt);
        case 1: return r.guestName.isEmpty() ? tr("Anonymous") : r.guestName;
        case 2: {
            const auto channel = feedbackChannelFromToken(r.channel);
            const QString label = channel ? feedbackChannelLabel(*channel) : r.channel;
            return r.site.isEmpty() ? label : tr("%1 (%2)").arg(label, r.site);
        }
        case 3: return ratingText(r);
        case 4: return r.text.simplified();
        }
        break;
    }
    return {};
}

QVariant InsightListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InsightListRow &row = m_list.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return cell(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == stretchColumn() && !row.text.isEmpty())
            return row.text;
        return cell(row, index.column());
    case Qt::TextAlignmentRole:
        if ((m_list.population == KpiPopulation::Guests && index.column() == 3)
            || (m_list.population == KpiPopulation::Stays && index.column() == 5))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter); // counts and money
        return {};
    case IdRole: return row.uuid;
    case GuestUuidRole: return row.guestUuid;
    default: return {};
    }
}

QVariant InsightListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return headerFor(m_list.population).value(section);
}

QStringList InsightListModel::header() const
{
    return headerFor(m_list.population);
}

QList<QStringList> InsightListModel::rows() const
{
    QList<QStringList> rows;
    rows.reserve(m_list.rows.size());
    const int columns = columnCount();
    for (const InsightListRow &row : m_list.rows) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << (c == stretchColumn() && !row.text.isEmpty() ? row.text : cell(row, c));
        rows.append(cells);
    }
    return rows;
}

} // namespace innkeep::ui
