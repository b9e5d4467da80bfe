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
        m_transliterator.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(rules),
                                                                    UTRANS_FORWARD, status));
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
    return keepLettersAndDigits(toKey.apply(foldGeorgianCapitals(text)));
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
