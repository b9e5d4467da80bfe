// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysislanguage.h"

#include <QString>
#include <QStringView>

namespace innkeep {

// Reduces a lower-case word to the stem the analyser's word lists are keyed by, so inflected forms
// reach their base form: Snowball for en hy ru de fr es, the analyser's own suffix stripping for
// Georgian and for Armenian / Russian typed in Latin letters. Thread-safe: each thread keeps its
// own Snowball stemmers (they are not thread-safe) and a small cache of recent words.
class WordStemmer final
{
public:
    [[nodiscard]] static QString stem(QStringView word, AnalysisLanguage language);
};

} // namespace innkeep
