// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/textanalysis.h"
#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

namespace innkeep::cli {

// What analyze, feedback list/correct and insights trends share: the command-line values of the
// analysis (label and topic tokens, language codes) and its text and JSON shapes.
class AnalysisConsoleFormat final
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisConsoleFormat)

public:
    // Parsers in the TicketConsoleFormat style: errors name the option ("--label: ...").
    [[nodiscard]] static Result<SentimentLabel> label(const QString &option, const QString &token);
    [[nodiscard]] static Result<QString> topic(const QString &option, const QString &key);
    // One of FeedbackAnalyser::languages(), trimmed and in lower case.
    [[nodiscard]] static Result<QString> language(const QString &option, const QString &code);

    // One compact JSON object, keys in this order, scores rounded to 2 decimals, no newline:
    // {"language":"en","score":-0.62,"label":"negative","topics":[{"topic":"cleanliness",
    // "score":-0.8,"evidence":["filthy"]}]}. QJsonObject sorts its keys, hence the hand-written form.
    [[nodiscard]] static QByteArray jsonLine(const TextAnalysis &analysis);
    // The topics as a JSON array of {"evidence","score","topic"} objects (scores rounded to 2
    // decimals), for the outputs built with QJsonObject.
    [[nodiscard]] static QJsonArray topicsJson(const QList<TopicFinding> &topics);
    // A score rounded to 2 decimals (-0.62, 0.8, 1, 0): what every JSON output prints.
    [[nodiscard]] static double rounded(double score);

    // For people: "-0.62" in the user's locale, always two decimals.
    [[nodiscard]] static QString score(double score);
    // "Cleanliness -0.80 (filthy, stained); Wi-Fi 0.50 (wifi)"; "—" when there are none.
    [[nodiscard]] static QString topicsText(const QList<TopicFinding> &topics);
    // One readable line: language, label, score and topics.
    [[nodiscard]] static QString line(const TextAnalysis &analysis);
};

} // namespace innkeep::cli
