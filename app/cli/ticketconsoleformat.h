// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "feedback/feedbackentry.h"
#include "tickets/compensation.h"
#include "tickets/complaintticket.h"
#include "tickets/followup.h"
#include "tickets/slaclock.h"
#include "tickets/ticketevent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace innkeep {
class Clock;
}

namespace innkeep::cli {

// What the ticket, feedback and handover commands share: parsing of the command-line values
// (tokens, durations, times, amounts) and the JSON and text shapes of tickets and feedback.
// JSON keys are the database's column names; internal row ids become the linked record's uuid.
class TicketConsoleFormat final
{
    // The translation context keeps its old name so the catalogues keep their translations.
    Q_DECLARE_TR_FUNCTIONS(TicketFormat)

public:
    // An InvalidInput error naming the option ("--severity: ...").
    [[nodiscard]] static Error optionError(const QString &option, const QString &message);

    [[nodiscard]] static Result<TicketStatus> status(const QString &option, const QString &token);
    [[nodiscard]] static Result<TicketSeverity> severity(const QString &option, const QString &token);
    [[nodiscard]] static Result<TicketOutcome> outcome(const QString &option, const QString &token);
    [[nodiscard]] static Result<FeedbackChannel> feedbackChannel(const QString &option, const QString &token);
    [[nodiscard]] static Result<FollowUp::Channel> followUpChannel(const QString &option,
                                                                   const QString &token);
    [[nodiscard]] static Result<Compensation::Kind> compensationKind(const QString &option,
                                                                     const QString &token);
    [[nodiscard]] static Result<int> positiveNumber(const QString &option, const QString &text);
    // A record id as typed: trimmed, lower case, and it must look like a uuid.
    [[nodiscard]] static Result<QString> uuid(const QString &option, const QString &text);

    // "2h", "30m", "1d", "1h30m" -> milliseconds (> 0).
    [[nodiscard]] static Result<qint64> duration(const QString &option, const QString &text);
    // ISO 8601 ("2026-06-15T08:00", local unless it carries an offset), "HH:MM" (the latest such
    // time of day, local: today, or yesterday while today's is still ahead) or a duration back
    // from now ("8h") -> UTC milliseconds.
    [[nodiscard]] static Result<qint64> instant(const QString &option, const QString &text,
                                                const Clock &clock);
    // A decimal amount ("25", "12.5", "12,50") in minor units of `currency`: core's Money::parse.
    [[nodiscard]] static Result<qint64> amountMinor(const QString &option, const QString &text,
                                                    const QString &currency);
    // "12.50 EUR", "1500 JPY": the plain amount in the currency's decimals, then the code.
    [[nodiscard]] static QString money(qint64 minor, const QString &currency);

    // Local time, QLocale short format; "—" for none.
    [[nodiscard]] static QString localTime(std::optional<qint64> ms);
    // "2h 5m", "45m", "3d 4h".
    [[nodiscard]] static QString span(qint64 ms);

    // The state and due time that matter now: core's SlaReading::headline().
    [[nodiscard]] static SlaState overallState(const SlaReading &reading);
    [[nodiscard]] static std::optional<qint64> dueTime(const SlaReading &reading);

    [[nodiscard]] static QJsonObject toJson(const ComplaintTicket &ticket);
    // The ticket with its live SLA state and due time ("sla_state", "sla_due_at").
    [[nodiscard]] static QJsonObject toJson(const ComplaintTicket &ticket, const SlaReading &reading);
    [[nodiscard]] static QJsonObject toJson(const SlaReading &reading);
    [[nodiscard]] static QJsonObject toJson(const TicketEvent &event);
    [[nodiscard]] static QJsonObject toJson(const Compensation &compensation);
    [[nodiscard]] static QJsonObject toJson(const FollowUp &followUp);
    [[nodiscard]] static QJsonObject toJson(const FeedbackEntry &entry);

    // One line of a ticket list: id, severity, status, SLA state and due time, who/where,
    // category, description (shortened).
    [[nodiscard]] static QString line(const ComplaintTicket &ticket, const SlaReading &reading);
    // Who the complaint is from: guest name, room, or both.
    [[nodiscard]] static QString from(const ComplaintTicket &ticket);
    [[nodiscard]] static QString stateLabel(SlaState state);
};

} // namespace innkeep::cli
