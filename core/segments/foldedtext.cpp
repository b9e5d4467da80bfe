// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "foldedtext.h"

#include <QChar>
#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>

namespace innkeep {

namespace {

constexpr char32_t LastCodePoint = 0x1FFFF; // every cased script is below it

// For each folded character, the other characters that fold to it (not ASCII ones: lower() does
// those). Worked out once from Qt's Unicode tables, in about a millisecond.
const QHash<char32_t, QList<char32_t>> &unfoldings()
{
    static const QHash<char32_t, QList<char32_t>> table = [] {
        QHash<char32_t, QList<char32_t>> map;
        for (char32_t c = 0x80; c <= LastCodePoint; ++c) {
            if (c >= 0xD800 && c <= 0xDFFF)
                continue;
            const char32_t folded = QChar::toCaseFolded(c);
            if (folded != c)
                map[folded].append(c);
        }
        return map;
    }();
    return table;
}

QString fromCodePoint(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

// Armenian և (ech-yiwn) is one letter in lower case and two in capitals: ԵՎ in the spelling used in
// Armenia, so "ԵՐԵՎԱՆ" is how "Երևան" is written in capitals. Unicode folds it to neither, so it is
// read as ե + վ on both sides.
const QString EchYiwn = QStringLiteral("\u0587");
const QString EchVew = QStringLiteral("\u0565\u057E");

} // namespace

QString FoldedText::fold(const QString &text)
{
    return text.toCaseFolded().replace(EchYiwn, EchVew);
}

QString FoldedText::sql(const QString &column, const QStringList &foldedValues, QVariantList &values)
{
    QString expression = QStringLiteral("lower(") + column + u')';
    if (std::any_of(foldedValues.begin(), foldedValues.end(),
                    [](const QString &value) { return value.contains(EchVew); })) {
        expression = QStringLiteral("replace(") + expression + QStringLiteral(", ?, ?)");
        values << EchYiwn << EchVew;
    }
    QSet<char32_t> seen;
    for (const QString &value : foldedValues) {
        for (char32_t c : value.toUcs4()) {
            if (seen.contains(c))
                continue;
            seen.insert(c);
            const auto it = unfoldings().constFind(c);
            if (it == unfoldings().constEnd())
                continue;
            for (char32_t other : *it) {
                expression = QStringLiteral("replace(") + expression + QStringLiteral(", ?, ?)");
                values.append(fromCodePoint(other));
                values.append(fromCodePoint(c));
            }
        }
    }
    return expression;
}

} // namespace innkeep
