// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordstemmer.h"

#include <QHash>

#include <libstemmer.h>

#include <array>

namespace innkeep {

namespace {

// Endings stripped from Georgian words, longest first: case endings, the plural -ებ- and the
// postpositions written as suffixes (-ში in, -ზე on, -თან at, -დან from, -თვის for, -ვით like).
const char16_t *const GeorgianEndings[] = {
    u"ებისთვის", u"ისთვის", u"ებიდან", u"ებისგან", u"ისგან", u"ებშიც", u"ებში", u"ებზე", u"ებთან",
    u"ებით",     u"ების",   u"ებმა",   u"ებად",    u"ებს",   u"ები",   u"თვის", u"იდან", u"ამდე",
    u"ში",       u"ზე",     u"თან",    u"დან",     u"ვით",   u"ით",    u"ის",   u"მა",   u"ად",
    u"ს",        u"ი",      u"ო",      u"ა",       u"ე",     u"უ"};

// Armenian typed in Latin letters: plural, article and case endings (senyakum, hyuranocy, …).
const char16_t *const ArmenianLatinEndings[] = {
    u"nerits", u"neric", u"nerum", u"nerov", u"neri", u"nery", u"nern", u"ner", u"eri", u"erum",
    u"its",    u"ic",    u"um",    u"ov",    u"in",   u"y",    u"n",    u"i",   u"e"};

// Russian typed in Latin letters (after the spelling is folded, see foldRussianLatin): adjective,
// noun and verb endings.
const char16_t *const RussianLatinEndings[] = {
    u"ogo", u"ego", u"omu", u"emu", u"yaya", u"aya", u"oye", u"yye", u"iye", u"ymi", u"imi",
    u"ami", u"yah", u"iy",  u"yy",  u"yi",   u"ij",  u"oy",  u"ey",  u"oe",  u"ye",  u"ie",
    u"ih",  u"yh",  u"ah",  u"am",  u"om",   u"em",  u"ov",  u"ev",  u"ya",  u"yu",  u"et",
    u"it",  u"at",  u"a",   u"o",   u"u",    u"y",   u"e",   u"i"};

template<std::size_t N>
QString stripEnding(QStringView word, const char16_t *const (&endings)[N], qsizetype minimumStem)
{
    for (const char16_t *ending : endings) {
        const QStringView e(ending);
        if (word.size() - e.size() >= minimumStem && word.endsWith(e))
            return word.chopped(e.size()).toString();
    }
    return word.toString();
}

// One spelling for the many ways Russian is typed in Latin letters: kh / x → h, shch / sch → sh,
// j → y, w → v, ts / tz → c, apostrophes (soft signs) dropped.
QString foldRussianLatin(QStringView word)
{
    QString s = word.toString();
    s.remove(QLatin1Char('\''));
    s.replace(QLatin1String("shch"), QLatin1String("sh"));
    s.replace(QLatin1String("sch"), QLatin1String("sh"));
    s.replace(QLatin1String("kh"), QLatin1String("h"));
    s.replace(QLatin1Char('x'), QLatin1Char('h'));
    s.replace(QLatin1Char('j'), QLatin1Char('y'));
    s.replace(QLatin1Char('w'), QLatin1Char('v'));
    s.replace(QLatin1String("tz"), QLatin1String("c"));
    s.replace(QLatin1String("ts"), QLatin1String("c"));
    return s;
}

const char *snowballName(AnalysisLanguage language)
{
    switch (language) {
    case AnalysisLanguage::En: return "english";
    case AnalysisLanguage::Hy: return "armenian";
    case AnalysisLanguage::Ru: return "russian";
    case AnalysisLanguage::De: return "german";
    case AnalysisLanguage::Fr: return "french";
    case AnalysisLanguage::Es: return "spanish";
    default: return nullptr;
    }
}

// This thread's Snowball stemmers and its cache of recent stems, per language.
class ThreadStemmers final
{
public:
    ThreadStemmers() = default;
    ThreadStemmers(const ThreadStemmers &) = delete;
    ThreadStemmers &operator=(const ThreadStemmers &) = delete;
    ~ThreadStemmers()
    {
        for (sb_stemmer *s : m_stemmers) {
            if (s)
                sb_stemmer_delete(s);
        }
    }

    QString snowball(QStringView word, AnalysisLanguage language)
    {
        sb_stemmer *&s = m_stemmers[std::size_t(language)];
        if (!s)
            s = sb_stemmer_new(snowballName(language), "UTF_8");
        if (!s)
            return word.toString();
        const QByteArray utf8 = word.toUtf8();
        const sb_symbol *out =
            sb_stemmer_stem(s, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
        if (!out)
            return word.toString();
        return QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(s));
    }

    QHash<QString, QString> &cache(AnalysisLanguage language) { return m_cache[std::size_t(language)]; }

private:
    std::array<sb_stemmer *, AnalysisLanguageCount> m_stemmers{};
    std::array<QHash<QString, QString>, AnalysisLanguageCount> m_cache;
};

ThreadStemmers &threadStemmers()
{
    thread_local ThreadStemmers stemmers;
    return stemmers;
}

constexpr qsizetype CacheLimit = 40000;

QString computeStem(QStringView word, AnalysisLanguage language, ThreadStemmers &stemmers)
{
    switch (language) {
    case AnalysisLanguage::Ka: return stripEnding(word, GeorgianEndings, 3);
    case AnalysisLanguage::HyLatn: return stripEnding(word, ArmenianLatinEndings, 3);
    case AnalysisLanguage::RuLatn: return stripEnding(foldRussianLatin(word), RussianLatinEndings, 3);
    default: return stemmers.snowball(word, language);
    }
}

} // namespace

QString WordStemmer::stem(QStringView word, AnalysisLanguage language)
{
    if (word.size() < 3)
        return language == AnalysisLanguage::RuLatn ? foldRussianLatin(word) : word.toString();
    ThreadStemmers &stemmers = threadStemmers();
    QHash<QString, QString> &cache = stemmers.cache(language);
    const QString key = word.toString();
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QString stem = computeStem(word, language, stemmers);
    if (cache.size() >= CacheLimit)
        cache.clear();
    cache.insert(key, stem);
    return stem;
}

} // namespace innkeep
