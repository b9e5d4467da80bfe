// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace innkeep {

// Countries and languages by name in the reader's language, from ICU's locale data (Armenian,
// Georgian and every other language the UI speaks), so a receptionist picks "Գերմանիա" and the
// file stores "DE". The codes are those the guest rules accept (QLocale knows them).
class PlaceNames final
{
public:
    struct Choice
    {
        QString code; // "DE", "hy"
        QString name; // in the reader's language
    };

    // "Germany" for "DE" read in English, "Գերմանիա" in Armenian; the code itself when unknown.
    [[nodiscard]] static QString country(const QString &code, const QLocale &reader = {});
    // "Armenian" for "hy" read in English, "armenio" in Spanish; the tag itself when unknown.
    [[nodiscard]] static QString language(const QString &tag, const QLocale &reader = {});
    // Every country, sorted as the reader's language sorts (ICU collation).
    [[nodiscard]] static QList<Choice> countries(const QLocale &reader = {});
    // Every two-letter language with a name of its own, sorted as the reader's language sorts.
    [[nodiscard]] static QList<Choice> languages(const QLocale &reader = {});
    // The ISO code of a country named in English or any of the UI's languages ("Allemagne",
    // "Германия", "Deutschland" → "DE"), or a code given as one ("de" → "DE"); case and accents as
    // typed are forgiven. nullopt when nothing matches.
    [[nodiscard]] static std::optional<QString> countryCode(const QString &nameOrCode);
};

} // namespace innkeep
