// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QDate>
#include <QList>
#include <QString>

namespace innkeep {

class Database;

// One topic an entry talks about, with the score it counts with (see TopicSummaryRow).
struct TopicMention
{
    QString topic;
    double score = 0.0;
};

// One feedback entry as the insights count it: effective label and topics (corrections win).
struct FeedbackFact
{
    qint64 id = 0;
    qint64 receivedAt = 0;
    QString channel;
    QString site;
    bool analysed = false; // has text, and was analysed or labelled by staff
    double score = 0.0;    // effective sentiment
    bool negative = false; // effective label is negative
    QList<TopicMention> mentions;
};

// The entries received in a range of local dates, read for the insights (one pass, two queries).
class FeedbackFacts final
{
public:
    // Entries received from the start of `from` to the end of `to` (local time), oldest first.
    [[nodiscard]] static Result<QList<FeedbackFact>> between(Database &db, const QDate &from,
                                                             const QDate &to);
    // The local date an instant falls on.
    [[nodiscard]] static QDate localDate(qint64 ms);
    // The SQL expression of an entry's effective sentiment over `feedback f`: the staff's label
    // (+CorrectedScore, -CorrectedScore, 0) when there is one, else the analyser's score, else 0.
    [[nodiscard]] static QString effectiveScoreSql();
    // Whether a mention counts as negative.
    [[nodiscard]] static bool isNegative(const TopicMention &mention);
};

} // namespace innkeep
