// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historywording.h"

#include "analysis/hospitalitytopic.h"
#include "analysis/sentimentlabel.h"
#include "common/placenames.h"
#include "feedback/feedbackchannel.h"
#include "feedback/feedbacklistmodel.h"
#include "guests/guest.h"
#include "preferences/preference.h"
#include "stays/stay.h"
#include "tickets/compensation.h"
#include "tickets/followup.h"
#include "tickets/ticketevent.h"
#include "tickets/ticketseverity.h"
#include "widgets/format.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace innkeep::ui {

using namespace Qt::StringLiterals;

namespace {

const QString Tickets = u"tickets"_s;
const QString Events = u"ticket_events"_s;
const QString Feedback = u"feedback"_s;

// Bookkeeping a reader has no use for: ids, the analyser's workings, instants the same step
// already tells (a status move carries its time), deadlines the SLA clock recomputes.
bool isBookkeeping(const QString &table, const QString &field)
{
    static const QSet<QString> hidden = {u"uuid"_s,
                                         u"guest_id"_s,
                                         u"stay_id"_s,
                                         u"feedback_id"_s,
                                         u"ref_uuid"_s,
                                         u"value_key"_s,
                                         u"created_at"_s,
                                         u"updated_at"_s,
                                         u"created_by"_s,
                                         u"corrected_by"_s,
                                         u"analyser_version"_s,
                                         u"evidence"_s,
                                         u"score"_s,
                                         u"rating_normalised"_s,
                                         u"detected_language"_s,
                                         u"effective_language"_s,
                                         u"low_sentiment"_s,
                                         u"due_at"_s,
                                         u"due_soon_at"_s,
                                         u"acknowledge_due_at"_s,
                                         u"resolve_due_at"_s,
                                         u"acknowledged_at"_s,
                                         u"resolved_at"_s,
                                         u"closed_at"_s,
                                         u"sla_policy"_s,
                                         u"responded_at"_s,
                                         u"search_text"_s};
    if (hidden.contains(field))
        return true;
    // A ticket's status is told by its status event, with the note that went with it.
    return table == Tickets && field == u"status"_s;
}

QString yesNo(const QVariant &v)
{
    const QString text = v.toString();
    const bool on = text == u"1"_s || text == u"true"_s;
    return on ? HistoryWording::tr("Yes") : HistoryWording::tr("No");
}

QString isoDate(const QVariant &v)
{
    const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
    return date.isValid() ? Format::date(date) : v.toString();
}

QString joined(const QString &text, const QString &separator)
{
    return text.split(separator, Qt::SkipEmptyParts).join(u", "_s);
}

} // namespace

QString HistoryWording::value(const QString &table, const QString &field, const QVariant &v,
                              const QString &currency) const
{
    if (v.isNull())
        return {};
    const QString text = v.toString();
    if (text.isEmpty())
        return {};
    if (field.endsWith(u"_at"_s) || field == u"at"_s) {
        bool number = false;
        const qint64 ms = text.toLongLong(&number);
        return number ? Format::dateTime(ms) : text;
    }
    if (field == u"arrival"_s || field == u"departure"_s || field == u"birthday"_s
        || field == u"anniversary"_s || field == u"observed_on"_s)
        return isoDate(v);
    if (field == u"blocked"_s || field == u"press"_s || field.startsWith(u"consent_"_s)
        || field == u"critical"_s || field == u"public"_s)
        return yesNo(v);
    if (field == u"vip_level"_s)
        return text.toInt() > 0 ? Format::vipText(text.toInt()) : tr("None");
    if (field == u"language"_s)
        return PlaceNames::language(text);
    if (field == u"nationality"_s || field == u"country"_s)
        return PlaceNames::country(text);
    if (field == u"emails"_s || field == u"phones"_s || field == u"tags"_s)
        return joined(text, u"\n"_s);
    if (field.endsWith(u"_minor"_s))
        return Format::money(text.toLongLong(), currency.isEmpty() ? m_currency : currency);
    if (field == u"severity"_s)
        return ticketSeverityFromToken(text).transform(ticketSeverityLabel).value_or(text);
    if (field == u"department"_s)
        return m_labels.department(text);
    if (field == u"outcome"_s)
        return TicketDisplayText::outcomeLabel(ticketOutcomeFromToken(text).value_or(TicketOutcome::None));
    if (field == u"label"_s || field == u"sentiment_label"_s || field == u"corrected_label"_s)
        return sentimentLabelFromToken(text).transform(sentimentLabelText).value_or(text);
    if (field == u"staff-added"_s || field == u"staff-removed"_s || field == u"topic"_s)
        return HospitalityTopic::text(text);
    if (table == u"guests"_s && field == u"source"_s)
        return guestSourceFromToken(text)
            .transform([](GuestSource s) { return displayText(s); })
            .value_or(text);
    if (table == u"preferences"_s && field == u"source"_s)
        return preferenceSourceFromToken(text)
            .transform([](PreferenceSource s) { return displayText(s); })
            .value_or(text);
    if (field == u"category"_s)
        return table == u"preferences"_s ? preferenceCategoryFromToken(text)
                                               .transform([](PreferenceCategory c) { return displayText(c); })
                                               .value_or(text)
                                         : m_labels.category(text);
    if (field == u"status"_s)
        return table == u"stays"_s ? stayStatusFromToken(text)
                                         .transform([](StayStatus s) { return displayText(s); })
                                         .value_or(text)
                                   : ticketStatusFromToken(text).transform(ticketStatusLabel).value_or(text);
    if (field == u"channel"_s)
        return table == Feedback
                   ? feedbackChannelFromToken(text).transform(feedbackChannelLabel).value_or(text)
                   : Format::channelText(text);
    return text;
}

std::optional<HistoryLine> HistoryWording::ticketEvent(const QVariantMap &row) const
{
    const auto kind = TicketEvent::kindFromToken(row.value(u"kind"_s).toString());
    const QString body = row.value(u"body"_s).toString();
    if (!kind)
        return std::nullopt;
    switch (*kind) {
    case TicketEvent::Kind::Status: {
        HistoryLine line{tr("Complaint status"), value(Tickets, u"status"_s, row.value(u"from_status"_s)),
                         value(Tickets, u"status"_s, row.value(u"to_status"_s))};
        if (!body.isEmpty())
            line.after = tr("%1: %2", "status: the note given with the move").arg(line.after, body);
        return line;
    }
    case TicketEvent::Kind::Note: return HistoryLine{tr("Note on a complaint"), {}, body};
    case TicketEvent::Kind::Action: return HistoryLine{tr("Action on a complaint"), {}, body};
    // Told elsewhere: the ticket row (logged, reassigned, outcome) or the attached row.
    case TicketEvent::Kind::Created:
    case TicketEvent::Kind::Assignment:
    case TicketEvent::Kind::Outcome:
    case TicketEvent::Kind::Compensation:
    case TicketEvent::Kind::FollowUp:
    case TicketEvent::Kind::Link: break;
    }
    return std::nullopt;
}

std::optional<HistoryLine> HistoryWording::rowAdded(const ChangeEntry &entry) const
{
    const QVariantMap row =
        QJsonDocument::fromJson(entry.newValue.toString().toUtf8()).object().toVariantMap();
    const QString &table = entry.table;
    auto cell = [&](const QString &field) {
        return value(table, field, row.value(field), row.value(u"currency"_s).toString());
    };
    if (table == Events)
        return ticketEvent(row);
    if (table == Tickets) {
        const QStringList kind =
            QStringList{cell(u"category"_s), cell(u"severity"_s)}.filter(QRegularExpression(u"\\S"_s));
        return HistoryLine{tr("Complaint logged"),
                           {},
                           kind.isEmpty() ? cell(u"description"_s)
                                          : tr("%1: %2", "category and severity: description")
                                                .arg(kind.join(u", "_s), cell(u"description"_s))};
    }
    if (table == u"ticket_compensations"_s) {
        const auto kind = Compensation::kindFromToken(row.value(u"kind"_s).toString());
        QString after = tr("%1, %2", "kind of compensation, amount")
                            .arg(kind ? TicketDisplayText::compensationKindLabel(*kind) : QString(),
                                 cell(u"cost_minor"_s));
        if (const QString d = cell(u"description"_s); !d.isEmpty())
            after = tr("%1 — %2", "compensation — what was given").arg(after, d);
        return HistoryLine{tr("Compensation given"), {}, after};
    }
    if (table == u"ticket_follow_ups"_s) {
        const auto channel = FollowUp::channelFromToken(row.value(u"channel"_s).toString());
        QString after = channel ? TicketDisplayText::followUpChannelLabel(*channel) : QString();
        if (const QVariant s = row.value(u"satisfaction"_s); !s.isNull())
            after = tr("%1, satisfaction %2/5").arg(after, QLocale().toString(s.toInt()));
        if (const QString r = row.value(u"reaction"_s).toString(); !r.isEmpty())
            after = tr("%1: “%2”", "follow-up: the guest's words").arg(after, r);
        return HistoryLine{tr("Guest followed up after a complaint"), {}, after};
    }
    if (table == Feedback) {
        QString rating;
        if (const QVariant r = row.value(u"rating"_s); !r.isNull()) {
            const auto scale = ratingScaleFromToken(row.value(u"rating_scale"_s).toString());
            FeedbackEntry rated;
            if (scale)
                rated.rating = Rating{r.toDouble(), *scale};
            rating = scale ? FeedbackListModel::ratingText(rated) : r.toString();
        }
        const QStringList parts =
            QStringList{cell(u"channel"_s), rating, cell(u"body"_s)}.filter(QRegularExpression(u"\\S"_s));
        return HistoryLine{tr("Feedback received"), {}, parts.join(u" · "_s)};
    }
    if (table == u"stays"_s) {
        const QDate arrival = QDate::fromString(row.value(u"arrival"_s).toString(), Qt::ISODate);
        const QDate departure = QDate::fromString(row.value(u"departure"_s).toString(), Qt::ISODate);
        const QString room = row.value(u"room"_s).toString();
        const QString dates = arrival.isValid() ? Format::dateRange(arrival, departure) : QString();
        return HistoryLine{Format::fieldName(table, entry.field),
                           {},
                           room.isEmpty() ? dates : tr("%1, room %2").arg(dates, room)};
    }
    if (table == u"guest_merges"_s)
        return HistoryLine{Format::fieldName(table, entry.field), {}, {}};
    for (const char *key : {"value", "body", "given_name"}) {
        const QString v = row.value(QLatin1String(key)).toString();
        if (v.isEmpty())
            continue;
        const QString after = QLatin1String(key) == QLatin1String("given_name")
                                  ? v + u' ' + row.value(u"family_name"_s).toString()
                                  : v;
        return HistoryLine{Format::fieldName(table, entry.field), {}, after};
    }
    return HistoryLine{Format::fieldName(table, entry.field), {}, {}};
}

std::optional<HistoryLine> HistoryWording::line(const ChangeEntry &entry) const
{
    const QString &table = entry.table;
    const QString &field = entry.field;
    if (field == u"*"_s)
        return rowAdded(entry);
    if (field == u"-"_s) {
        const QVariantMap row =
            QJsonDocument::fromJson(entry.oldValue.toString().toUtf8()).object().toVariantMap();
        return HistoryLine{Format::fieldName(table, field), row.value(u"value"_s).toString(), {}};
    }
    if (isBookkeeping(table, field))
        return std::nullopt;
    // Ids, and the profile a row moved to, are not the reader's words: the name says what happened.
    if (field == u"guest_uuid"_s || field == u"merged_into"_s || table == u"guest_merges"_s)
        return HistoryLine{Format::fieldName(table, field), {}, {}};
    if (table == Feedback && field == u"ticket_id"_s)
        return HistoryLine{entry.newValue.isNull() ? tr("Feedback no longer linked to a complaint")
                                                   : tr("Feedback linked to a complaint"),
                           {},
                           {}};
    if (field.endsWith(u"_id"_s))
        return std::nullopt;
    if (table == u"feedback_topics"_s)
        return HistoryLine{field == u"staff-added"_s ? tr("Feedback topic added by staff")
                                                     : tr("Feedback topic removed by staff"),
                           {},
                           value(table, field, entry.newValue.isNull() ? entry.oldValue : entry.newValue)};
    QString what = Format::fieldName(table, field);
    if (table == Tickets)
        what = tr("Complaint: %1", "a complaint's field that changed").arg(what);
    else if (table == Feedback)
        what = tr("Feedback: %1", "a feedback entry's field that changed").arg(what);
    return HistoryLine{what, value(table, field, entry.oldValue), value(table, field, entry.newValue)};
}

} // namespace innkeep::ui
