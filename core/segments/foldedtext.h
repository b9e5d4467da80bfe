// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace innkeep {

// Comparing text ignoring case in any script, in SQL, with nothing registered on the connection.
// SQLite's lower() folds only ASCII, so a city stored as "ԵՐԵՎԱՆ" would not equal "Երևան". The
// column side is folded with lower() and then, for each letter of the values compared with, a
// replace() of every character that case-folds to that letter (Ե → ե, Ⴀ → ⴀ, Ж → ж, K (Kelvin) → k),
// the characters bound as parameters. Characters that fold to letters the values do not hold
// cannot make the column equal them, folded or not, so this equals full simple case folding for
// the comparison at hand. One addition: Armenian և reads as եվ (its capitals are ԵՎ). Text is
// compared as stored (no Unicode normalisation).
class FoldedText final
{
public:
    // The folded form of `text` that the SQL is compared with (QString::toCaseFolded).
    [[nodiscard]] static QString fold(const QString &text);
    // An SQL expression: `column` folded for comparison with `foldedValues`; the replace() pairs
    // are appended to `values` in the order of their placeholders.
    [[nodiscard]] static QString sql(const QString &column, const QStringList &foldedValues,
                                     QVariantList &values);
};

} // namespace innkeep
