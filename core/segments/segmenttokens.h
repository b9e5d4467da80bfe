// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace innkeep {

// A rule's text cut into words, quoted text, operators and punctuation (used by SegmentRule).
struct SegmentToken
{
    enum class Kind { Word, Quoted, Operator, Open, Close, Comma, End };
    Kind kind = Kind::End;
    QString text;   // the word, the unquoted text or the operator
    int column = 0; // 1-based, in characters (code points)

    // A word equal to `keyword`, ignoring ASCII case ("and", "AND", "And").
    [[nodiscard]] bool is(const char *keyword) const;
    // How an error message names it: the text as written, or "the end of the rule".
    [[nodiscard]] QString shown() const;
};

class SegmentTokens final
{
    Q_DECLARE_TR_FUNCTIONS(SegmentTokens)

public:
    // The tokens of `text`, ending with an End token; an error (field "rule") for an unclosed
    // quote or a character that has no place in a rule.
    [[nodiscard]] static Result<QList<SegmentToken>> read(const QString &text);
    // "column N: " + message, as every rule error starts.
    [[nodiscard]] static Error problem(int column, const QString &message);
};

} // namespace innkeep
