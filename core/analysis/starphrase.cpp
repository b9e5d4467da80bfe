// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "starphrase.h"

#include "analysis/languagepack.h"
#include "analysis/textnormaliser.h"

namespace innkeep {

namespace {

// The word(s) between two numbers of a rating ("8 out of 10", "8 из 10", "8 von 10", …).
bool isOutOf(const QString &word)
{
    static const QStringList words{QStringLiteral("of"),  QStringLiteral("из"),  QStringLiteral("von"),
                                   QStringLiteral("sur"), QStringLiteral("de"),  QStringLiteral("sobre"),
                                   QStringLiteral("от"),  QStringLiteral("aus"), QStringLiteral("en"),
                                   QStringLiteral("-ից")};
    return words.contains(word);
}

std::optional<double> share(double value, double best)
{
    if (best <= 0 || value < 0 || value > best)
        return std::nullopt;
    if (best != 5 && best != 10 && best != 100 && best != 4 && best != 3 && best != 6)
        return std::nullopt;
    return value / best;
}

std::optional<double> number(const TextToken &token)
{
    if (token.kind != TextToken::Kind::Number || token.word.contains(u'/'))
        return std::nullopt;
    bool ok = false;
    const double value = token.word.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

std::optional<double> StarPhrase::rating(const TokenisedText &text, const LanguagePack &pack)
{
    double sum = 0;
    int count = 0;
    auto add = [&](std::optional<double> r) {
        if (r) {
            sum += *r;
            ++count;
        }
    };
    const QList<TextToken> &tokens = text.tokens;
    int filled = 0, empty = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const TextToken &token = tokens.at(i);
        if (token.kind == TextToken::Kind::Emoji) {
            if (token.word == QStringLiteral("★") || token.word == QStringLiteral("⭐"))
                ++filled;
            else if (token.word == QStringLiteral("☆"))
                ++empty;
            continue;
        }
        if (token.kind != TextToken::Kind::Number)
            continue;
        if (const qsizetype slash = token.word.indexOf(u'/'); slash > 0) {
            add(share(token.word.left(slash).toDouble(), token.word.mid(slash + 1).toDouble()));
            continue;
        }
        const std::optional<double> value = number(token);
        if (!value || i + 1 >= tokens.size())
            continue;
        const TextToken &next = tokens.at(i + 1);
        // "8 out of 10", "8 из 10"
        qsizetype j = i + 1;
        if (next.word == QLatin1String("out") && j + 1 < tokens.size()
            && tokens.at(j + 1).word == QLatin1String("of"))
            ++j;
        if (isOutOf(tokens.at(j).word) && j + 1 < tokens.size()) {
            if (const std::optional<double> best = number(tokens.at(j + 1))) {
                add(share(*value, *best));
                i = j + 1;
                continue;
            }
        }
        // "5 stars", "2 Sterne", "5 звезд"
        const WordSense sense = pack.senses.entries.value(next.stem);
        if (next.kind == TextToken::Kind::Word && (sense.star || pack.senses.entries.value(next.word).star)
            && *value >= 0 && *value <= 5)
            add(share(*value, 5));
    }
    if (filled + empty >= 3)
        add(share(filled, filled + empty > 5 ? filled + empty : 5));
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

} // namespace innkeep
