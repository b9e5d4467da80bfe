// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/sentimentlabel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace innkeep {

// One hospitality aspect a text talks about (HospitalityTopic key), with the sentiment of what it
// says about it in [-1, 1] and the words of the text that triggered it, as written.
struct TopicFinding
{
    QString topic;
    double score = 0.0;
    QStringList evidence;

    friend bool operator==(const TopicFinding &, const TopicFinding &) = default;
};

// What the analyser makes of one text.
struct TextAnalysis
{
    QString language = QStringLiteral("und"); // ISO 639-1, "und" when unsure
    double score = 0.0;                       // [-1, 1]
    SentimentLabel label = SentimentLabel::Neutral;
    QList<TopicFinding> topics; // in HospitalityTopic::keys() order

    friend bool operator==(const TextAnalysis &, const TextAnalysis &) = default;
};

} // namespace innkeep
