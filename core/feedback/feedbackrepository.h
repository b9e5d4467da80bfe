// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "feedback/feedbackentry.h"
#include "storage/changelog.h"

#include <QVariantMap>

#include <optional>

namespace innkeep {

class Database;

// The SQL behind feedback. Writes go through FeedbackService.
class FeedbackRepository final
{
public:
    explicit FeedbackRepository(Database &db) : m_db(db) {}

    static inline const QString FeedbackTable = QStringLiteral("feedback");
    static inline const QString ThresholdKey = QStringLiteral("feedback.attention_threshold");
    static constexpr double DefaultThreshold = 0.4;

    [[nodiscard]] static QVariantMap rowOf(const FeedbackEntry &entry);
    [[nodiscard]] Result<std::optional<FeedbackEntry>> byUuid(const QString &uuid);
    [[nodiscard]] Result<std::optional<FeedbackEntry>> byId(qint64 id);
    [[nodiscard]] Result<qint64> insert(const FeedbackEntry &entry);
    [[nodiscard]] Result<QList<FieldChange>> update(const FeedbackEntry &before, const FeedbackEntry &after);
    // Rewrites the entry's search document through SearchIndex::indexFeedback(), which owns its rowid.
    [[nodiscard]] Status updateSearchDocument(qint64 feedbackId);

    [[nodiscard]] Result<QList<FeedbackEntry>> list(const FeedbackQuery &query);
    [[nodiscard]] Result<int> needsAttentionCount();

    // The venue's "needs attention" threshold on the normalised rating (venue_settings).
    [[nodiscard]] Result<double> attentionThreshold();
    [[nodiscard]] Status setAttentionThreshold(double threshold, qint64 hlc);

private:
    [[nodiscard]] Result<QList<FeedbackEntry>> select(const QString &whereAndOrder, QVariantList values);
    Database &m_db;
};

} // namespace innkeep
