// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/feedbackanalyser.h"
#include "analysis/teachingexample.h"
#include "common/error.h"

#include <QList>

#include <functional>
#include <optional>

namespace innkeep {

class Database;

// What this venue has taught the analyser, and the analyser that uses it: the staff's corrections
// (weight 3) and the guests' rated feedback (a normalised rating of 0.4 or less says negative, 0.7
// or more positive; weight 1; the most recent 5,000, so learning stays well under a second), read
// from this venue's file only. OpenVenue holds the venue's one instance; it loads on first use and
// again after forget() (a correction). Not thread-safe: a background job builds its own from its
// connection with examples() and VenueLessons::learn().
class FeedbackTeaching final
{
public:
    static constexpr int MaxRatings = 5000;
    static constexpr double CorrectionWeight = 3.0;
    static constexpr double RatingWeight = 1.0;

    explicit FeedbackTeaching(Database &db) : m_db(db) {}

    // The venue's teaching examples, corrections first.
    [[nodiscard]] static Result<QList<TeachingExample>> examples(Database &db);
    // What `analyser` makes of an entry's text: the entry's language, when it is one the analyser
    // knows, is taken as given; the score is kept within -1..1. add() and re-analysis both read so.
    [[nodiscard]] static TextAnalysis read(const FeedbackAnalyser &analyser, const QString &text,
                                           const QString &language);
    // This venue's lessons, learned from `db` now.
    [[nodiscard]] static Result<VenueLessons> lessonsFor(Database &db);

    // The analyser with the venue's current lessons; learns them first when they are not loaded.
    // When reading them fails, the analyser as shipped (and the next call tries again).
    [[nodiscard]] const FeedbackAnalyser &analyser();
    // Learns the lessons again from the file now.
    [[nodiscard]] Status reload();
    // The lessons are out of date (a correction, another program's change): the next analyser()
    // learns them again, and the listener set with whenTaught() hears it.
    void forget()
    {
        m_loaded = false;
        if (m_taught)
            m_taught();
    }
    // Called on each forget(): OpenVenue schedules re-analysis with the new lessons.
    void whenTaught(std::function<void()> listener) { m_taught = std::move(listener); }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

private:
    Database &m_db;
    std::optional<FeedbackAnalyser> m_analyser;
    bool m_loaded = false;
    std::function<void()> m_taught;
};

} // namespace innkeep
