// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace innkeep::demo {

// A name as the guest writes it and in the Latin form staff use (the same for Latin scripts).
struct Name
{
    QString native;
    QString latin;
};

// Where demo guests come from: names in their own script, language, countries, cities,
// e-mail domains and the shapes of their mobile numbers.
struct Culture
{
    QString language;      // BCP 47
    QStringList countries; // ISO 3166-1 alpha-2, first the most common
    QList<Name> maleNames;
    QList<Name> femaleNames;
    QList<Name> familyNames;
    QStringList cities;
    QStringList phonePatterns;        // '#' is a random digit
    int weight = 1;                   // share of guests, in percent
    bool feminineFamilyNames = false; // Иванов → Иванова
    bool doubleFamilyNames = false;   // García López
};

// The cultures of a venue in Armenia's guest mix, weights adding up to 100.
[[nodiscard]] const QList<Culture> &cultures();

struct PreferenceIdea
{
    int category; // PreferenceCategory
    const char *value;
    bool critical;
};
[[nodiscard]] const QList<PreferenceIdea> &preferenceIdeas();
[[nodiscard]] const QList<PreferenceIdea> &criticalPreferenceIdeas(); // allergies, accessibility
[[nodiscard]] const QStringList &noteIdeas();
[[nodiscard]] const QStringList &tagIdeas();
[[nodiscard]] const QStringList &companyNames();
[[nodiscard]] const QStringList &venueNames();
[[nodiscard]] const QStringList &emailDomains();

// "Jürgen Müller-Lüdenscheidt" → "juergenmuellerluedenscheidt": e-mail-safe ASCII.
[[nodiscard]] QString emailFold(const QString &latin);

} // namespace innkeep::demo
