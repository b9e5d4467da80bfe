// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/venuelessons.h"

#include <QHash>
#include <QString>

namespace innkeep {

// What VenueLessons::learn() keeps (private to the analyser).
struct VenueLessons::Data
{
    int examples = 0;
    QHash<QString, float> stemWeights;  // stem → valence added where it appears (bounded)
    QHash<QString, quint16> topicWords; // stem → topics (bits of HospitalityTopic::keys()) it shows
    QHash<QString, quint16> suppressed; // topic-list key → topics it must no longer trigger
};

} // namespace innkeep
