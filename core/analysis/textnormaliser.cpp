// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textnormaliser.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace innkeep {

namespace {

struct Emoticon
{
    const char *text; // lower-case
    float valence;
};

// Longest first where one starts another.
constexpr Emoticon Emoticons[] = {
    {">:(", -0.7f}, {":'(", -0.7f}, {":-(", -0.6f}, {":-)", 0.6f}, {":-d", 0.7f},
    {":-p", 0.4f},  {":-/", -0.3f}, {";-)", 0.5f},  {"^_^", 0.6f}, {"</3", -0.6f},
    {":)", 0.6f},   {":(", -0.6f},  {":d", 0.7f},   {":p", 0.4f},  {":]", 0.5f},
    {":[", -0.5f},  {"=)", 0.5f},   {"=(", -0.5f},  {";)", 0.5f},  {":/", -0.3f},
    {":|", -0.2f},  {":@", -0.6f},  {":*", 0.5f},   {"<3", 0.7f},  {"^^", 0.5f}};

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'\u02BC' || c == U'`';
}

bool isWordChar(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    return QChar::isLetterOrNumber(c) || cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining;
}

bool isEmoji(char32_t c)
{
    if (c < 0x2190)
        return false;
    if ((c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF))
        return true;
    return QChar::category(c) == QChar::Symbol_Other;
}

bool ignorable(char32_t c)
{
    return c == 0xFE0F || c == 0xFE0E || c == 0x200D || (c >= 0x1F3FB && c <= 0x1F3FF);
}

bool isClauseBreak(char32_t c)
{
    return c == U',' || c == U';' || c == U':' || c == U'(' || c == U')' || c == U'[' || c == U']'
           || c == U'\u2013' || c == U'\u2014' || c == U'\u2026' || c == U'"' || c == U'\u00AB'
           || c == U'\u00BB' || c == U'\u201C' || c == U'\u201D' || c == U'\u201E' || c == U'\u060C'
           || c == U'\u055D'; // Armenian comma
}

bool isSentenceBreak(char32_t c)
{
    return c == U'.' || c == U'!' || c == U'?' || c == U'\n' || c == U'\r'
           || c == U'\u0589' // Armenian full stop
           || c == U'\u055C' || c == U'\u055E' || c == U'\u00A1' || c == U'\u00BF' || c == U'\u3002';
}

// French, Catalan-style elision: l'hôtel, d'eau, n'était, qu'il → le hôtel, de eau, ne était, que il.
QString elided(const QString &prefix)
{
    static const QHash<QString, QString> full{
        {QStringLiteral("l"), QStringLiteral("le")},  {QStringLiteral("d"), QStringLiteral("de")},
        {QStringLiteral("n"), QStringLiteral("ne")},  {QStringLiteral("j"), QStringLiteral("je")},
        {QStringLiteral("c"), QStringLiteral("ce")},  {QStringLiteral("s"), QStringLiteral("se")},
        {QStringLiteral("m"), QStringLiteral("me")},  {QStringLiteral("t"), QStringLiteral("te")},
        {QStringLiteral("qu"), QStringLiteral("que")}};
    return full.value(prefix);
}

class Scanner final
{
public:
    explicit Scanner(const QString &text) : m_text(text) {}

    TokenisedText run()
    {
        m_out.exclamations.append(0);
        qsizetype i = 0;
        const qsizetype n = m_text.size();
        while (i < n) {
            const char32_t c = at(i);
            const qsizetype width = c > 0xFFFF ? 2 : 1;
            if (ignorable(c)) {
                i += width;
                continue;
            }
            if (const qsizetype len = emoticonAt(i); len > 0) {
                i += len;
                continue;
            }
            if (QChar::isDigit(c)) {
                i = number(i);
                continue;
            }
            if (isWordChar(c)) {
                i = word(i);
                continue;
            }
            if (isEmoji(c)) {
                emoji(i, width);
                i += width;
                continue;
            }
            if (c == U'!' && !m_out.tokens.isEmpty())
                ++m_out.exclamations[m_out.tokens.last().sentence];
            if (isSentenceBreak(c)) {
                breakSentence();
            } else if (isClauseBreak(c)) {
                breakClause();
            } else if (c == U'-' && i > 0 && i + 1 < n && at(i - 1) == U' ' && at(i + 1) == U' ') {
                breakClause();
            }
            i += width;
        }
        m_out.clauseCount = m_clause + 1;
        return std::move(m_out);
    }

private:
    char32_t at(qsizetype i) const
    {
        const QChar c = m_text.at(i);
        if (c.isHighSurrogate() && i + 1 < m_text.size() && m_text.at(i + 1).isLowSurrogate())
            return QChar::surrogateToUcs4(c, m_text.at(i + 1));
        return c.unicode();
    }

    void breakClause()
    {
        if (m_clauseUsed) {
            ++m_clause;
            m_clauseUsed = false;
        }
    }

    void breakSentence()
    {
        breakClause();
        if (m_sentenceUsed) {
            ++m_sentence;
            m_sentenceUsed = false;
            m_out.exclamations.append(0);
        }
    }

    void push(TextToken token)
    {
        token.clause = m_clause;
        token.sentence = m_sentence;
        m_clauseUsed = m_sentenceUsed = true;
        m_out.tokens.append(std::move(token));
    }

    qsizetype emoticonAt(qsizetype i)
    {
        const QChar first = m_text.at(i);
        if (!QStringView(u":;=<^>").contains(first))
            return 0;
        for (const Emoticon &e : Emoticons) {
            const QLatin1String pattern(e.text);
            if (i + pattern.size() > m_text.size())
                continue;
            const QStringView candidate = QStringView(m_text).mid(i, pattern.size());
            if (candidate.compare(pattern, Qt::CaseInsensitive) != 0)
                continue;
            qsizetype end = i + pattern.size();
            // A letter right after (":pool", ":document") means it was no emoticon.
            if (end < m_text.size() && m_text.at(end).isLetterOrNumber() && QChar(pattern.back()).isLetter())
                continue;
            const QChar last = m_text.at(end - 1);
            float valence = e.valence;
            while (end < m_text.size() && m_text.at(end) == last && (last == u')' || last == u'(')) {
                ++end; // ":)))" is a stronger ":)"
                valence = std::clamp(valence * 1.2f, -1.0f, 1.0f);
            }
            TextToken token;
            token.kind = TextToken::Kind::Emoticon;
            token.written = m_text.mid(i, end - i);
            token.word = QString::fromLatin1(e.text);
            token.emoticonValence = valence;
            push(std::move(token));
            return end - i;
        }
        return 0;
    }

    qsizetype number(qsizetype i)
    {
        const qsizetype start = i;
        const qsizetype n = m_text.size();
        auto digits = [&] {
            while (i < n && m_text.at(i).isDigit())
                ++i;
        };
        auto fraction = [&] {
            if (i + 1 < n && (m_text.at(i) == u'.' || m_text.at(i) == u',') && m_text.at(i + 1).isDigit()) {
                ++i;
                digits();
            }
        };
        digits();
        fraction();
        if (i + 1 < n && m_text.at(i) == u'/' && m_text.at(i + 1).isDigit()) {
            ++i;
            digits();
            fraction();
        }
        if (i < n && isWordChar(at(i))) // "5th", "2x", "wifi6": a word
            return word(start);
        TextToken token;
        token.kind = TextToken::Kind::Number;
        token.written = m_text.mid(start, i - start);
        token.word = token.written;
        token.word.replace(u',', u'.');
        push(std::move(token));
        return i;
    }

    qsizetype word(qsizetype i)
    {
        const qsizetype start = i;
        const qsizetype n = m_text.size();
        qsizetype split = -1; // French elision point
        while (i < n) {
            const char32_t c = at(i);
            if (isWordChar(c)) {
                i += c > 0xFFFF ? 2 : 1;
                continue;
            }
            if (isApostrophe(c) && i + 1 < n && isWordChar(at(i + 1))) {
                if (split < 0 && i - start <= 2)
                    split = i;
                ++i;
                continue;
            }
            break;
        }
        if (split > 0) {
            const QString prefix = m_text.mid(start, split - start).toLower();
            const QString full = elided(prefix);
            const QChar next = m_text.at(split + 1).toLower();
            if (!full.isEmpty() && QStringView(u"aeiouyhàâéèêëîïôûüœæ").contains(next)) {
                addWord(QStringView(m_text).mid(start, split - start), full);
                addWord(QStringView(m_text).mid(split + 1, i - split - 1), {});
                return i;
            }
        }
        addWord(QStringView(m_text).mid(start, i - start), {});
        return i;
    }

    void addWord(QStringView written, const QString &replacement)
    {
        TextToken token;
        token.written = written.toString();
        int upper = 0, lower = 0;
        for (const QChar c : written) {
            if (!c.isLetter())
                continue;
            const ushort u = c.unicode();
            if (u < 0x0250)
                ++m_out.latinLetters;
            else if (u >= 0x0400 && u <= 0x052F)
                ++m_out.cyrillicLetters;
            else if (u >= 0x0531 && u <= 0x058F)
                ++m_out.armenianLetters;
            else if ((u >= 0x10A0 && u <= 0x10FF) || (u >= 0x1C90 && u <= 0x1CBF))
                ++m_out.georgianLetters;
            else
                ++m_out.otherLetters;
            if (c.isUpper())
                ++upper;
            else if (c.isLower())
                ++lower;
        }
        if (lower > 0)
            m_out.hasLowerCase = true;
        token.shouted = upper >= 2 && lower == 0;
        QString lowered = replacement.isEmpty() ? written.toString().toLower() : replacement;
        lowered.replace(u'\u2019', u'\'');
        lowered.replace(u'\u02BC', u'\'');
        lowered.replace(u'`', u'\'');
        lowered.replace(u'ё', u'е');
        // Runs of three or more equal letters ("sooo", "gooood") are cut to two.
        QString cut;
        cut.reserve(lowered.size());
        int run = 0;
        for (qsizetype k = 0; k < lowered.size(); ++k) {
            const QChar c = lowered.at(k);
            run = (k > 0 && lowered.at(k - 1) == c && c.isLetter()) ? run + 1 : 1;
            if (run >= 3) {
                token.stretched = true;
                continue;
            }
            cut.append(c);
        }
        token.word = cut;
        if (token.word == QLatin1String("xd")) {
            token.kind = TextToken::Kind::Emoticon;
            token.emoticonValence = 0.6f;
        }
        push(std::move(token));
    }

    void emoji(qsizetype i, qsizetype width)
    {
        TextToken token;
        token.kind = TextToken::Kind::Emoji;
        token.written = m_text.mid(i, width);
        token.word = token.written;
        push(std::move(token));
    }

    const QString &m_text;
    TokenisedText m_out;
    int m_clause = 0;
    int m_sentence = 0;
    bool m_clauseUsed = false;
    bool m_sentenceUsed = false;
};

bool isPlainAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

TokenisedText TextNormaliser::tokenise(QStringView text)
{
    const QString normal =
        isPlainAscii(text) ? text.toString() : text.toString().normalized(QString::NormalizationForm_KC);
    return Scanner(normal).run();
}

QStringList TextNormaliser::words(QStringView term)
{
    QStringList out;
    const TokenisedText t = tokenise(term);
    for (const TextToken &token : t.tokens)
        out << token.word;
    return out;
}

} // namespace innkeep
