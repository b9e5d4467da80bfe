// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "feedback/feedbackentry.h"
#include "feedback/feedbackrepository.h"
#include "storage/recordevents.h"
#include "tickets/complaintticket.h"
#include "tickets/ticketseverity.h"

#include <QCoreApplication>

#include <optional>

namespace innkeep {

class Database;

// Feedback as user actions: one transaction each, change log, Feedback change events, search
// index kept current.
class FeedbackService final : public RecordEvents
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackService)

public:
    // `clock` (optional) overrides the database's clock as "now" for this service: the demo and
    // importers use it to write history at past instants.
    explicit FeedbackService(Database &db, const Clock *clock = nullptr);

    // Needs text or a rating; a review-site entry needs the site's name; the rating must be on
    // its scale. Returns the entry as stored, with its attention flags.
    [[nodiscard]] Result<FeedbackEntry> add(const NewFeedback &input);
    // Records the answer given to the guest (now).
    [[nodiscard]] Result<FeedbackEntry> respond(const QString &uuid, const QString &response);
    // Turns the entry into a complaint ticket linked both ways (tickets.feedback_id and
    // feedback.ticket_id), in one transaction. Severity defaults from the rating: High when the
    // normalised rating is 0.2 or less, otherwise Medium. Refused if it already has a ticket.
    [[nodiscard]] Result<ComplaintTicket> toTicket(const QString &uuid,
                                                   const QString &category = QStringLiteral("other"),
                                                   std::optional<TicketSeverity> severity = std::nullopt);
    // The venue's threshold on the normalised rating, 0..1.
    [[nodiscard]] Status setAttentionThreshold(double threshold);
    // Staff correct the analysis of an entry (label, topics): recorded with who and when in the
    // change log, overrides the analyser for this entry, teaches the analyser for this venue.
    // Unknown topic keys are refused, naming the key.
    [[nodiscard]] Result<FeedbackEntry> correct(const QString &uuid, const FeedbackCorrection &correction);

    [[nodiscard]] Result<FeedbackEntry> entry(const QString &uuid); // NotFound when unknown

    // Read-only: a page of entries (see FeedbackQuery), and an entry's row as stored (column ->
    // value) for innkeep-cli's JSON output.
    [[nodiscard]] Result<QList<FeedbackEntry>> list(const FeedbackQuery &query) { return m_repo.list(query); }
    [[nodiscard]] static QVariantMap storedRow(const FeedbackEntry &entry)
    {
        return FeedbackRepository::rowOf(entry);
    }

private:
    [[nodiscard]] Result<FeedbackEntry> load(const QString &uuid);
    [[nodiscard]] Status save(const FeedbackEntry &before, FeedbackEntry &after);

    Database &m_db;
    const Clock &m_clock;
    FeedbackRepository m_repo;
};

} // namespace innkeep
