// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonetickey.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <array>
#include <utility>

namespace innkeep {

namespace {

// Longest spellings first: each rewrites lower-case letters to an upper-case class letter, so
// what one rule wrote is never read again by a later one.
constexpr std::array<std::pair<const char *, const char *>, 32> Rules{{
    {"dzh", "J"}, {"tch", "C"}, {"sch", "S"}, {"zh", "J"}, {"dj", "J"}, {"kh", "K"}, {"gh", "K"}, {"ch", "C"},
    {"sh", "S"},  {"ts", "C"},  {"tz", "C"},  {"ph", "F"}, {"th", "T"}, {"ck", "K"}, {"ou", "U"}, {"oo", "U"},
    {"ee", "I"},  {"j", "J"},   {"x", "K"},   {"q", "K"},  {"k", "K"},  {"g", "K"},  {"c", "C"},  {"w", "V"},
    {"v", "V"},   {"f", "F"},   {"y", "I"},   {"i", "I"},  {"u", "U"},  {"h", ""},   {"z", "Z"},  {"s", "S"},
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
    // Names repeat (a venue's regulars, an import, Find Duplicates over every guest): remember
    // recent results, per thread.
    thread_local QHash<QString, QString> recent;
    if (const auto it = recent.constFind(searchKey); it != recent.constEnd())
        return *it;
    if (recent.size() > 100'000)
        recent.clear();
    QStringList words;
    for (const QString &word : searchKey.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words.append(wordKey(word));
    const QString key = words.join(QLatin1Char(' '));
    recent.insert(searchKey, key);
    return key;
}

bool hasSoundAlikeForm(const QString &searchKey)
{
    if (searchKey.isEmpty() || searchKey.size() > MaxSoundAlikeLetters)
        return false;
    return std::all_of(searchKey.begin(), searchKey.end(),
                       [](QChar c) { return (c >= u'a' && c <= u'z') || c == u' '; });
}

QString soundAlikeKey(const QString &searchKey)
{
    if (!hasSoundAlikeForm(searchKey))
        return {};
    const QString sound = phoneticKey(searchKey);
    return sound == searchKey ? QString() : sound;
}

} // namespace innkeep
