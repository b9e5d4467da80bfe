// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/teachingexample.h"
#include "common/error.h"
#include "feedback/feedbackentry.h"
#include "storage/changelog.h"

#include <QVariantMap>

#include <optional>

namespace innkeep {

class Database;

// One entry's text as the analyser reads it (re-analysis in the background).
struct FeedbackText
{
    qint64 id = 0;
    QString text;
    QString language; // the entry's own language, "" when the desk gave none
};

// The SQL behind feedback. Writes go through FeedbackService (and the analyser's results through
// FeedbackReanalysis).
class FeedbackRepository final
{
public:
    explicit FeedbackRepository(Database &db) : m_db(db) {}

    static inline const QString FeedbackTable = QStringLiteral("feedback");
    static inline const QString TopicsTable = QStringLiteral("feedback_topics");
    static inline const QString ThresholdKey = QStringLiteral("feedback.attention_threshold");
    static inline const QString SentimentThresholdKey = QStringLiteral("feedback.sentiment_threshold");
    static constexpr double DefaultThreshold = 0.4;
    static constexpr double DefaultSentimentThreshold = -0.35;

    // The entry's columns (table feedback), as written and change-logged.
    [[nodiscard]] static QVariantMap rowOf(const FeedbackEntry &entry);
    // rowOf() plus what the analysis adds for readers (innkeep-cli's JSON): `label` (effective
    // label token), `topics` (effective topics: list of {topic, score, evidence}), `topics_added`,
    // `topics_removed` (lists of keys), `effective_language`, `low_sentiment`.
    [[nodiscard]] static QVariantMap storedRow(const FeedbackEntry &entry);
    [[nodiscard]] Result<std::optional<FeedbackEntry>> byUuid(const QString &uuid);
    [[nodiscard]] Result<std::optional<FeedbackEntry>> byId(qint64 id);
    // Writes the row and its analyser and staff topics.
    [[nodiscard]] Result<qint64> insert(const FeedbackEntry &entry);
    [[nodiscard]] Result<QList<FieldChange>> update(const FeedbackEntry &before, const FeedbackEntry &after);
    // Rewrites the entry's search document through SearchIndex::indexFeedback(), which owns its rowid.
    [[nodiscard]] Status updateSearchDocument(qint64 feedbackId);

    // The analyser's result for an entry: sentiment, label, detected language, version and its
    // topic rows (origin 'analyser'). Never touches the staff's corrections. Not change-logged:
    // derived data, rewritten whenever the analyser changes.
    [[nodiscard]] Status storeAnalysis(qint64 feedbackId, const TextAnalysis &analysis, int version);
    // Replaces the entry's staff-added and staff-removed topic rows.
    [[nodiscard]] Status storeStaffTopics(qint64 feedbackId, const QStringList &added,
                                          const QStringList &removed);

    // Up to `limit` entries after id `afterId` (ascending) that need reading: analysed with a
    // version below `versionBelow` (0 = any version), and, with `uncorrectedOnly`, never corrected.
    [[nodiscard]] Result<QList<FeedbackText>> toAnalyse(qint64 afterId, int limit, int versionBelow,
                                                        bool uncorrectedOnly);
    [[nodiscard]] Result<qint64> countToAnalyse(int versionBelow, bool uncorrectedOnly);

    // What this venue teaches the analyser: every staff correction (weight `correctionWeight`),
    // and the most recent `maxRatings` rated entries with text whose normalised rating says
    // negative (<= 0.4) or positive (>= 0.7) (weight `ratingWeight`), corrected ones excepted.
    [[nodiscard]] Result<QList<TeachingExample>> teachingExamples(int maxRatings, double correctionWeight,
                                                                  double ratingWeight);

    [[nodiscard]] Result<QList<FeedbackEntry>> list(const FeedbackQuery &query);
    [[nodiscard]] Result<int> needsAttentionCount();

    // The venue's "needs attention" threshold on the normalised rating (venue_settings).
    [[nodiscard]] Result<double> attentionThreshold();
    // The SQL condition "low rating or low sentiment" over `feedback f`, with the two thresholds
    // bound as `th.v` (attentionThreshold) and `th.s` (sentimentThreshold). An entry needs
    // attention when this holds and it has no ticket and no response (the KPIs count it either way).
    [[nodiscard]] static QString lowFeedbackClause();
    [[nodiscard]] Status setAttentionThreshold(double threshold, qint64 hlc);
    // The venue's "low sentiment" threshold on the analyser's score, -1..1 (venue_settings).
    [[nodiscard]] Result<double> sentimentThreshold();
    [[nodiscard]] Status setSentimentThreshold(double threshold, qint64 hlc);

private:
    [[nodiscard]] Result<QList<FeedbackEntry>> select(const QString &whereAndOrder, QVariantList values);
    [[nodiscard]] Result<double> setting(const QString &key, double fallback);
    // The two settings the "needs attention" clause binds (th.v, th.s).
    struct Thresholds
    {
        double rating;
        double sentiment;
    };
    [[nodiscard]] Result<Thresholds> attentionThresholds();
    [[nodiscard]] Status setSetting(const QString &key, double value, qint64 hlc);
    [[nodiscard]] Status insertTopic(qint64 feedbackId, const QString &topic, double score,
                                     const QStringList &evidence, const QString &origin);
    Database &m_db;
};

} // namespace innkeep
