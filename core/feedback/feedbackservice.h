// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "feedback/feedbackentry.h"
#include "feedback/feedbackrepository.h"
#include "feedback/feedbackteaching.h"
#include "storage/recordevents.h"
#include "tickets/complaintticket.h"
#include "tickets/ticketseverity.h"

#include <QCoreApplication>

#include <memory>
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
    // importers use it to write history at past instants. `teaching` (optional) is the venue's
    // one FeedbackTeaching (OpenVenue's); without it the service keeps its own.
    explicit FeedbackService(Database &db, const Clock *clock = nullptr,
                             FeedbackTeaching *teaching = nullptr);
    ~FeedbackService() override;

    // Needs text or a rating; a review-site entry needs the site's name; the rating must be on
    // its scale. The text is analysed (language, sentiment, topics; with the venue's lessons; the
    // entry's language, when it is one the analyser knows, is taken as given) and the result
    // stored with the entry. Returns the entry as stored, with its attention flags.
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
    // The venue's "low sentiment" threshold on the analyser's score, -1..1 (default -0.35): an
    // unanswered entry without a ticket at or under it (or labelled negative by staff) needs attention.
    [[nodiscard]] Status setSentimentThreshold(double threshold);
    [[nodiscard]] Result<double> sentimentThreshold() { return m_repo.sentimentThreshold(); }
    // Staff correct the analysis of an entry (label, topics): recorded with who (the staff on
    // duty) and when (the clock) in the change log in one transaction, overrides the analyser for
    // this entry (re-analysis never touches it), and teaches the analyser for this venue (the
    // lessons are learned again on next use). Adding a topic undoes its removal and the other way
    // round; a correction that leaves nothing corrected clears who and when. Unknown topic keys
    // are refused (InvalidInput naming the key; field add_topics or remove_topics), so is a
    // correction that says nothing; an unknown entry is NotFound.
    [[nodiscard]] Result<FeedbackEntry> correct(const QString &uuid, const FeedbackCorrection &correction);

    [[nodiscard]] Result<FeedbackEntry> entry(const QString &uuid); // NotFound when unknown

    // Read-only: a page of entries (see FeedbackQuery), and an entry's row as stored (column ->
    // value) for innkeep-cli's JSON output.
    [[nodiscard]] Result<QList<FeedbackEntry>> list(const FeedbackQuery &query) { return m_repo.list(query); }
    // The entry's columns plus `label`, `topics`, `topics_added`, `topics_removed`,
    // `effective_language` and `low_sentiment` (see FeedbackRepository::storedRow).
    [[nodiscard]] static QVariantMap storedRow(const FeedbackEntry &entry)
    {
        return FeedbackRepository::storedRow(entry);
    }
    // The venue's teaching (the one given to the constructor, or this service's own).
    [[nodiscard]] FeedbackTeaching &teaching() { return *m_teaching; }

private:
    [[nodiscard]] Result<FeedbackEntry> load(const QString &uuid);
    [[nodiscard]] Status save(const FeedbackEntry &before, FeedbackEntry &after);
    // One venue setting of the feedback rules, changed in its own transaction and change-logged.
    [[nodiscard]] Status storeThreshold(const QString &key, double threshold,
                                        Result<double> (FeedbackRepository::*read)(),
                                        Status (FeedbackRepository::*write)(double, qint64));

    Database &m_db;
    const Clock &m_clock;
    FeedbackRepository m_repo;
    std::unique_ptr<FeedbackTeaching> m_ownTeaching;
    FeedbackTeaching *m_teaching;
};

} // namespace innkeep
