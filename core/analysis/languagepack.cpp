// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagepack.h"

#include "analysis/hospitalitytopic.h"
#include "analysis/textnormaliser.h"
#include "analysis/wordstemmer.h"

#include <QFile>

namespace innkeep {

namespace {

struct Line
{
    int number;
    QStringList fields;
};

// The data lines of a word-list file: comments and blank lines skipped, fields split at tabs.
// An absent file gives nothing (a language may not have every list).
QList<Line> readLines(const QString &path, int &fileCount)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    ++fileCount;
    QList<Line> lines;
    int number = 0;
    const QList<QByteArray> raw = file.readAll().split('\n');
    for (const QByteArray &bytes : raw) {
        ++number;
        QString line = QString::fromUtf8(bytes);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        lines.append(Line{number, line.split(u'\t')});
    }
    return lines;
}

template<typename T>
T &entryFor(PhraseTable<T> &table, const QString &key)
{
    const qsizetype space = key.indexOf(u' ');
    if (space > 0) {
        const int words = int(key.count(u' ')) + 1;
        int &longest = table.longestFrom[key.left(space)];
        longest = std::max(longest, words);
    }
    return table.entries[key];
}

QString where(const QString &path, int line)
{
    return QStringLiteral("%1:%2").arg(path).arg(line);
}

// lexicon/ and curated/: term<TAB>weight. Stems that several terms share get their mean weight.
void readValences(LanguagePack &pack, const QString &path, QSet<QString> &overridden)
{
    QHash<QString, QPair<double, int>> sums;
    for (const Line &line : readLines(path, pack.fileCount)) {
        bool ok = false;
        const double weight = line.fields.value(1).trimmed().toDouble(&ok);
        const QStringList words = TextNormaliser::words(line.fields.value(0));
        const QString key = LanguagePack::key(words, pack.language);
        if (line.fields.size() < 2 || !ok || line.fields.value(0).trimmed().isEmpty()) {
            pack.problems << where(path, line.number);
            continue;
        }
        if (key.isEmpty())
            continue; // punctuation only (VADER's "$:", "%)"): emoticons are the normaliser's
        for (const QString &word : words)
            pack.vocabulary.insert(word);
        auto &sum = sums[key];
        sum.first += weight;
        ++sum.second;
    }
    QSet<QString> seen;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        if (overridden.contains(it.key()))
            continue;
        WordSense &sense = entryFor(pack.senses, it.key());
        sense.valence = float(it->first / it->second);
        sense.opinion = sense.valence != 0.0f;
        seen.insert(it.key());
    }
    overridden.unite(seen);
}

void readRules(LanguagePack &pack, const QString &path)
{
    for (const Line &line : readLines(path, pack.fileCount)) {
        const QString kind = line.fields.value(0).trimmed();
        const QString term = line.fields.value(1).trimmed().toLower();
        bool ok = true;
        const double value = line.fields.size() > 2 ? line.fields.value(2).trimmed().toDouble(&ok) : 0.0;
        if (kind == QLatin1String("negator-prefix")) {
            if (term.isEmpty() || !ok) {
                pack.problems << where(path, line.number);
                continue;
            }
            pack.negatorPrefixes.append(NegatorPrefix{term, value > 0 ? int(value) : 2});
            continue;
        }
        const QStringList words = TextNormaliser::words(term);
        const QString key = LanguagePack::key(words, pack.language);
        if (key.isEmpty() || !ok) {
            pack.problems << where(path, line.number);
            continue;
        }
        WordSense &sense = entryFor(pack.senses, key);
        if (kind == QLatin1String("negator")) {
            sense.negator = true;
        } else if (kind == QLatin1String("intensifier") && value > 0) {
            sense.intensity = float(value);
        } else if (kind == QLatin1String("contrast") && value > 0) {
            sense.contrast = float(value);
        } else if (kind == QLatin1String("conjunction")) {
            sense.joins = true;
        } else if (kind == QLatin1String("star")) {
            sense.star = true;
            continue; // "stars" may keep a valence of its own ("five-star")
        } else {
            pack.problems << where(path, line.number);
            continue;
        }
        sense.opinion = false; // a rule word carries no valence of its own
        sense.valence = 0;
        for (const QString &word : words)
            pack.vocabulary.insert(word);
    }
}

void readTopics(LanguagePack &pack, const QString &path)
{
    const QStringList &keys = HospitalityTopic::keys();
    for (const Line &line : readLines(path, pack.fileCount)) {
        const int index = int(keys.indexOf(line.fields.value(0).trimmed()));
        const QStringList words = TextNormaliser::words(line.fields.value(1));
        const QString key = LanguagePack::key(words, pack.language);
        if (index < 0 || key.isEmpty()) {
            pack.problems << where(path, line.number);
            continue;
        }
        entryFor(pack.topics, key) |= quint16(1u << index);
        for (const QString &word : words)
            pack.vocabulary.insert(word);
    }
}

template<typename T>
void addFolded(PhraseTable<T> &table)
{
    const QHash<QString, T> entries = table.entries;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const QString folded = LanguagePack::folded(it.key());
        if (folded != it.key() && !table.entries.contains(folded))
            entryFor(table, folded) = it.value();
    }
}

bool foldsAccents(AnalysisLanguage language)
{
    return language == AnalysisLanguage::En || language == AnalysisLanguage::De
           || language == AnalysisLanguage::Fr || language == AnalysisLanguage::Es;
}

} // namespace

QString LanguagePack::folded(const QString &stem)
{
    bool plain = true;
    for (const QChar c : stem) {
        if (c.unicode() >= 0x80) {
            plain = false;
            break;
        }
    }
    if (plain)
        return stem;
    const QString decomposed = stem.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

QString LanguagePack::key(const QStringList &words, AnalysisLanguage language)
{
    QStringList stems = words;
    for (QString &word : stems)
        word = WordStemmer::stem(word, language);
    return stems.join(u' ');
}

LanguagePack LanguagePack::load(const QString &root, AnalysisLanguage language)
{
    LanguagePack pack;
    pack.language = language;
    const QString name = analysisLanguageFileName(language);
    auto path = [&](const char *folder, const char *suffix) {
        return QStringLiteral("%1/%2/%3.%4").arg(root, QLatin1String(folder), name, QLatin1String(suffix));
    };
    QSet<QString> overridden;
    readValences(pack, path("curated", "tsv"), overridden); // curated first: it wins
    readValences(pack, path("lexicon", "tsv"), overridden);
    readRules(pack, path("rules", "tsv"));
    readTopics(pack, path("topics", "tsv"));
    if (foldsAccents(language)) {
        addFolded(pack.senses);
        addFolded(pack.topics);
    }
    for (const Line &line : readLines(path("language", "txt"), pack.fileCount)) {
        const QString word = line.fields.value(0).trimmed().toLower();
        if (!word.isEmpty())
            pack.functionWords.insert(word);
    }
    return pack;
}

} // namespace innkeep
