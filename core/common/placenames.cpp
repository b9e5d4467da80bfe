// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "placenames.h"

#include <QCollator>
#include <QHash>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <mutex>

namespace innkeep {

namespace {

// The UI's languages, whose country names an importer recognises.
const char *const UiLanguages[] = {"en", "hy", "ka", "ru", "de", "fr", "es"};

icu::Locale icuLocale(const QLocale &locale)
{
    return icu::Locale(locale.name().toUtf8().constData());
}

QString fromIcu(const icu::UnicodeString &text)
{
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(text.getBuffer()), text.length());
}

QString countryName(const char *code, const icu::Locale &reader)
{
    icu::UnicodeString name;
    icu::Locale(nullptr, code).getDisplayCountry(reader, name);
    return fromIcu(name);
}

QString languageName(const char *code, const icu::Locale &reader)
{
    icu::UnicodeString name;
    icu::Locale(code).getDisplayLanguage(reader, name);
    return fromIcu(name);
}

// Names compared as typed in a spreadsheet: case, accents and spacing forgiven.
QString comparable(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return folded.simplified();
}

QStringList countryCodes()
{
    QStringList codes;
    for (const char *const *c = icu::Locale::getISOCountries(); *c; ++c) {
        const QString code = QString::fromLatin1(*c);
        if (QLocale::codeToTerritory(code) != QLocale::AnyTerritory)
            codes.append(code);
    }
    return codes;
}

void sortByName(QList<PlaceNames::Choice> &choices, const QLocale &reader)
{
    QCollator collator(reader);
    std::sort(choices.begin(), choices.end(),
              [&collator](const auto &a, const auto &b) { return collator.compare(a.name, b.name) < 0; });
}

} // namespace

QString PlaceNames::country(const QString &code, const QLocale &reader)
{
    const QByteArray upper = code.trimmed().toUpper().toLatin1();
    if (upper.size() != 2)
        return code;
    const QString name = countryName(upper.constData(), icuLocale(reader));
    return name.isEmpty() || name == QLatin1String(upper) ? code : name;
}

QString PlaceNames::language(const QString &tag, const QLocale &reader)
{
    const QString trimmed = tag.trimmed();
    if (trimmed.isEmpty())
        return tag;
    const QByteArray language = trimmed.section(QLatin1Char('-'), 0, 0).toLower().toLatin1();
    const QString name = languageName(language.constData(), icuLocale(reader));
    return name.isEmpty() || name == QLatin1String(language) ? tag : name;
}

QList<PlaceNames::Choice> PlaceNames::countries(const QLocale &reader)
{
    const icu::Locale in = icuLocale(reader);
    QList<Choice> choices;
    for (const QString &code : countryCodes())
        choices.append({code, countryName(code.toLatin1().constData(), in)});
    sortByName(choices, reader);
    return choices;
}

QList<PlaceNames::Choice> PlaceNames::languages(const QLocale &reader)
{
    const icu::Locale in = icuLocale(reader);
    QList<Choice> choices;
    for (const char *const *l = icu::Locale::getISOLanguages(); *l; ++l) {
        const QString code = QString::fromLatin1(*l);
        if (code.size() != 2 || QLocale::codeToLanguage(code) == QLocale::AnyLanguage)
            continue;
        const QString name = languageName(*l, in);
        if (!name.isEmpty() && name != code)
            choices.append({code, name});
    }
    sortByName(choices, reader);
    return choices;
}

std::optional<QString> PlaceNames::countryCode(const QString &nameOrCode)
{
    static QHash<QString, QString> byName;
    static std::once_flag built;
    std::call_once(built, [] {
        const QStringList codes = countryCodes();
        for (const char *language : UiLanguages) {
            const icu::Locale in(language);
            for (const QString &code : codes)
                byName.insert(comparable(countryName(code.toLatin1().constData(), in)), code);
        }
    });
    const QString key = comparable(nameOrCode);
    if (key.size() == 2 && QLocale::codeToTerritory(key) != QLocale::AnyTerritory)
        return key.toUpper();
    if (const auto it = byName.constFind(key); it != byName.constEnd())
        return it.value();
    return std::nullopt;
}

} // namespace innkeep
