// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonetickey.h"

#include <QStringList>

#include <array>
#include <utility>

namespace innkeep {

namespace {

// Longest spellings first: each rewrites lower-case letters to an upper-case class letter, so
// what one rule wrote is never read again by a later one.
constexpr std::array<std::pair<const char *, const char *>, 32> Rules{{
    {"dzh", "J"}, {"tch", "C"}, {"sch", "S"}, {"zh", "J"}, {"dj", "J"}, {"kh", "K"}, {"gh", "K"},
    {"ch", "C"},  {"sh", "S"},  {"ts", "C"},  {"tz", "C"}, {"ph", "F"}, {"th", "T"}, {"ck", "K"},
    {"ou", "U"},  {"oo", "U"},  {"ee", "I"},  {"j", "J"},  {"x", "K"},  {"q", "K"},  {"k", "K"},
    {"g", "K"},   {"c", "C"},   {"w", "V"},   {"v", "V"},  {"f", "F"},  {"y", "I"},  {"i", "I"},
    {"u", "U"},   {"h", ""},    {"z", "Z"},   {"s", "S"},
}};

QString wordKey(QString word)
{
    for (const auto &[from, to] : Rules)
        word.replace(QLatin1String(from), QLatin1String(to));
    word = word.toLower();
    QString out;
    out.reserve(word.size());
    for (const QChar c : std::as_const(word)) {
        if (out.isEmpty() || out.back() != c)
            out += c;
    }
    // Word-initial Ye/E (Yerevan, Erevan; Yegor, Egor).
    if (out.startsWith(QLatin1String("ie")))
        out.remove(0, 1);
    return out;
}

} // namespace

QString phoneticKey(const QString &searchKey)
{
    QStringList words;
    for (const QString &word : searchKey.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words.append(wordKey(word));
    return words.join(QLatin1Char(' '));
}

} // namespace innkeep
