// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/textanalysis.h"
#include "feedback/feedbackchannel.h"
#include "feedback/ratingscale.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

namespace innkeep {

// One piece of guest feedback (table feedback). Guest and stay are optional.
struct FeedbackEntry
{
    qint64 id = 0;
    QString uuid;
    qint64 guestId = 0;
    QString guestUuid;
    QString guestName; // read-only here
    qint64 stayId = 0;
    QString stayUuid;
    qint64 ticketId = 0; // the complaint ticket made from it, if any
    QString ticketUuid;
    FeedbackChannel channel = FeedbackChannel::InPerson;
    QString site;                           // review site's name (review-site channel), e.g. "TripAdvisor"
    std::optional<Rating> rating;           // as given
    std::optional<double> ratingNormalised; // 0..1
    QString text;
    QString language; // BCP 47 / ISO 639-1, e.g. "hy", "ka", "de"
    qint64 receivedAt = 0;
    bool isPublic = false;
    QString response;
    std::optional<qint64> respondedAt;
    QString createdBy;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    // Computed when read against the venue threshold (docs/tickets.md, "Feedback"):
    bool lowRating = false;      // normalised rating <= threshold
    bool needsAttention = false; // low rating or low sentiment, not yet answered nor a ticket
    bool lowSentiment = false;   // labelled negative by staff, or (not relabelled) negative or mixed with a
                                 // score at or under the venue's sentiment threshold

    // Analysis (docs/analysis.md). `analysis` is what the analyser found (language "und" and
    // neutral before it ran); `analyserVersion` 0 = not analysed yet.
    TextAnalysis analysis;
    int analyserVersion = 0;
    // Staff corrections: they override the analyser for this entry and teach it for the venue.
    std::optional<SentimentLabel> correctedLabel;
    QStringList topicsAdded;   // HospitalityTopic keys staff added
    QStringList topicsRemoved; // HospitalityTopic keys staff removed
    QString correctedBy;
    std::optional<qint64> correctedAt;

    // What to show and count: the correction where there is one, otherwise the analyser's.
    [[nodiscard]] SentimentLabel effectiveLabel() const { return correctedLabel.value_or(analysis.label); }
    [[nodiscard]] QList<TopicFinding> effectiveTopics() const
    {
        QList<TopicFinding> topics;
        for (const TopicFinding &t : analysis.topics) {
            if (!topicsRemoved.contains(t.topic))
                topics << t;
        }
        for (const QString &key : topicsAdded) {
            if (std::none_of(topics.cbegin(), topics.cend(),
                             [&](const TopicFinding &t) { return t.topic == key; }))
                topics << TopicFinding{key, 0.0, {}};
        }
        return topics;
    }
};

// A staff correction of an entry's analysis. Unset label = leave the label as it is;
// `clearLabel` returns the label to the analyser's. Topics are HospitalityTopic keys.
struct FeedbackCorrection
{
    std::optional<SentimentLabel> label;
    bool clearLabel = false;
    QStringList addTopics;
    QStringList removeTopics;
};

// What the desk enters. `receivedAt` 0 means now.
struct NewFeedback
{
    qint64 guestId = 0;
    QString guestUuid;
    qint64 stayId = 0;
    QString stayUuid;
    FeedbackChannel channel = FeedbackChannel::InPerson;
    QString site;
    std::optional<Rating> rating;
    QString text;
    QString language;
    qint64 receivedAt = 0;
    bool isPublic = false;
};

// A page of the feedback list, newest first unless sorted otherwise (ties: newest first).
// Empty lists / zeros mean "any".
struct FeedbackQuery
{
    enum class SortBy { Received, Attention, Rating, Sentiment, Guest, Channel, Text, Language };

    bool needsAttentionOnly = false;
    QList<FeedbackChannel> channels;
    qint64 guestId = 0;
    qint64 receivedFrom = 0;      // inclusive, 0 = no bound
    qint64 receivedTo = 0;        // exclusive, 0 = no bound
    QList<SentimentLabel> labels; // effective label is one of these
    QString topic;                // effective topics include this HospitalityTopic key
    QString language;             // the entry's language, or the detected one when it has none
    SortBy sortBy = SortBy::Received;
    // Received: newest first. Attention: needing it first. Rating and Sentiment: lowest or most
    // negative first. Words (guest, channel, text, language): A to Z. `reversed` turns each round.
    bool reversed = false;
    int limit = 100;
    int offset = 0;
};

} // namespace innkeep
