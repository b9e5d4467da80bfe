// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/sentimentlabel.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace innkeep {

// One thing a venue's staff or guests told the analyser about a text: a staff correction (label
// and topics added or removed) or a guest's own rating turned into a label. Corrections weigh more
// than ratings (`weight`).
struct TeachingExample
{
    QString text;
    QString language; // "" = detect
    std::optional<SentimentLabel> label;
    QStringList addedTopics;   // HospitalityTopic keys staff added
    QStringList removedTopics; // HospitalityTopic keys staff removed
    double weight = 1.0;
};

} // namespace innkeep
