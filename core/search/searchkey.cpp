// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchkey.h"

#include <QHash>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace innkeep {

namespace {

// ICU transliterators are not safe to share between threads; one per thread, built once.
class Transliteration
{
public:
    explicit Transliteration(const char *rules)
    {
        UErrorCode status = U_ZERO_ERROR;
        m_transliterator.reset(
            icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(rules), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_transliterator.reset();
    }

    QString apply(const QString &text)
    {
        if (!m_transliterator)
            return text;
        // Names repeat a lot (imports, demo data): remember recent results.
        if (auto it = m_cache.constFind(text); it != m_cache.constEnd())
            return *it;
        icu::UnicodeString value(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
        m_transliterator->transliterate(value);
        QString result(reinterpret_cast<const QChar *>(value.getBuffer()), value.length());
        if (m_cache.size() > 100'000)
            m_cache.clear();
        m_cache.insert(text, result);
        return result;
    }

private:
    std::unique_ptr<icu::Transliterator> m_transliterator;
    QHash<QString, QString> m_cache;
};

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

QString keepLettersAndDigits(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += c;
        } else {
            space = true;
        }
    }
    return out;
}

QString titleCase(const QString &text)
{
    QString out = text;
    bool start = true;
    for (QChar &c : out) {
        if (c.isLetter()) {
            if (start)
                c = c.toUpper();
            start = false;
        } else {
            start = c.isSpace() || c == QLatin1Char('-');
        }
    }
    return out;
}

// Everyday romanisation, letter by letter (word-initial Armenian ե and ո are handled apart).
const char *popularLatin(char16_t c)
{
    switch (c) {
    // Armenian
    case u'ա': return "a";
    case u'բ': return "b";
    case u'գ': return "g";
    case u'դ': return "d";
    case u'ե': return "e";
    case u'զ': return "z";
    case u'է': return "e";
    case u'ը': return "y";
    case u'թ': return "t";
    case u'ժ': return "zh";
    case u'ի': return "i";
    case u'լ': return "l";
    case u'խ': return "kh";
    case u'ծ': return "ts";
    case u'կ': return "k";
    case u'հ': return "h";
    case u'ձ': return "dz";
    case u'ղ': return "gh";
    case u'ճ': return "ch";
    case u'մ': return "m";
    case u'յ': return "y";
    case u'ն': return "n";
    case u'շ': return "sh";
    case u'ո': return "o";
    case u'չ': return "ch";
    case u'պ': return "p";
    case u'ջ': return "j";
    case u'ռ': return "r";
    case u'ս': return "s";
    case u'վ': return "v";
    case u'տ': return "t";
    case u'ր': return "r";
    case u'ց': return "ts";
    case u'ւ': return "v";
    case u'փ': return "p";
    case u'ք': return "k";
    case u'օ': return "o";
    case u'ֆ': return "f";
    case u'և': return "ev";
    // Georgian (national system, without apostrophes)
    case u'ა': return "a";
    case u'ბ': return "b";
    case u'გ': return "g";
    case u'დ': return "d";
    case u'ე': return "e";
    case u'ვ': return "v";
    case u'ზ': return "z";
    case u'თ': return "t";
    case u'ი': return "i";
    case u'კ': return "k";
    case u'ლ': return "l";
    case u'მ': return "m";
    case u'ნ': return "n";
    case u'ო': return "o";
    case u'პ': return "p";
    case u'ჟ': return "zh";
    case u'რ': return "r";
    case u'ს': return "s";
    case u'ტ': return "t";
    case u'უ': return "u";
    case u'ფ': return "p";
    case u'ქ': return "k";
    case u'ღ': return "gh";
    case u'ყ': return "q";
    case u'შ': return "sh";
    case u'ჩ': return "ch";
    case u'ც': return "ts";
    case u'ძ': return "dz";
    case u'წ': return "ts";
    case u'ჭ': return "ch";
    case u'ხ': return "kh";
    case u'ჯ': return "j";
    case u'ჰ': return "h";
    // Cyrillic (Russian and Ukrainian)
    case u'а': return "a";
    case u'б': return "b";
    case u'в': return "v";
    case u'г': return "g";
    case u'д': return "d";
    case u'е': return "e";
    case u'ё': return "e";
    case u'ж': return "zh";
    case u'з': return "z";
    case u'и': return "i";
    case u'й': return "y";
    case u'к': return "k";
    case u'л': return "l";
    case u'м': return "m";
    case u'н': return "n";
    case u'о': return "o";
    case u'п': return "p";
    case u'р': return "r";
    case u'с': return "s";
    case u'т': return "t";
    case u'у': return "u";
    case u'ф': return "f";
    case u'х': return "kh";
    case u'ц': return "ts";
    case u'ч': return "ch";
    case u'ш': return "sh";
    case u'щ': return "shch";
    case u'ъ': return "";
    case u'ы': return "y";
    case u'ь': return "";
    case u'э': return "e";
    case u'ю': return "yu";
    case u'я': return "ya";
    case u'і': return "i";
    case u'ї': return "yi";
    case u'є': return "ye";
    case u'ґ': return "g";
    default: return nullptr;
    }
}

// Armenian, Georgian and Cyrillic words spelt the way they are in English; empty when the text
// has none of those letters.
QString popularKey(const QString &text)
{
    const QString lower = foldGeorgianCapitals(text).toLower();
    QString out;
    bool changed = false;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const char16_t c = lower.at(i).unicode();
        const bool wordStart = i == 0 || !lower.at(i - 1).isLetter();
        const char16_t next = i + 1 < lower.size() ? lower.at(i + 1).unicode() : 0;
        if (c == u'ո' && next == u'ւ') { // ու is one vowel
            out += QLatin1Char('u');
            ++i;
            changed = true;
        } else if (wordStart && c == u'ե') {
            out += QStringLiteral("ye");
            changed = true;
        } else if (wordStart && c == u'ո') {
            out += QStringLiteral("vo");
            changed = true;
        } else if (const char *latin = popularLatin(c)) {
            out += QLatin1String(latin);
            changed = true;
        } else {
            out += lower.at(i);
        }
    }
    return changed ? out : QString();
}

} // namespace

QString foldGeorgianCapitals(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        // Mtavruli U+1C90–U+1CBA and U+1CBD–U+1CBF map to Mkhedruli U+10D0–U+10FA, U+10FD–U+10FF.
        if ((u >= 0x1C90 && u <= 0x1CBA) || (u >= 0x1CBD && u <= 0x1CBF))
            c = QChar(char16_t(u - 0x1C90 + 0x10D0));
    }
    return text;
}

QString searchKey(const QString &text)
{
    if (isAscii(text))
        return keepLettersAndDigits(text.toLower());
    thread_local Transliteration toKey("Any-Latin; Latin-ASCII; Lower");
    // ICU marks aspiration with apostrophes (t'umanyan); they are not word breaks.
    QString key = toKey.apply(foldGeorgianCapitals(text));
    key.remove(QLatin1Char('\''));
    key.remove(QChar(0x02BC));
    return keepLettersAndDigits(key);
}

QStringList searchKeys(const QString &text)
{
    QStringList keys{searchKey(text)};
    const QString popular = popularKey(text);
    if (!popular.isEmpty()) {
        const QString key = searchKey(popular);
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

bool isLatinScript(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter() && c.script() != QChar::Script_Latin)
            return false;
    }
    return true;
}

QString latinForm(const QString &text)
{
    if (isLatinScript(text))
        return text;
    thread_local Transliteration toLatin("Any-Latin; Latin-ASCII");
    return titleCase(toLatin.apply(foldGeorgianCapitals(text)).simplified());
}

} // namespace innkeep
