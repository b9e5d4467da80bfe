// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysislanguage.h"
#include "analysis/textnormaliser.h"

#include <QString>
#include <QStringView>

namespace innkeep {

class AnalysisShelf;

// A guest's text as the analyser reads it: tokens with their stems in the language it is read in.
struct GuestText
{
    TokenisedText text;
    AnalysisLanguage language = AnalysisLanguage::En; // the pack it is read with
    QString reported = QStringLiteral("und");         // ISO 639-1 or "und"

    // Tokenises, settles the language (`forced` wins: an ISO 639-1 code or hy-latn / ru-latn)
    // and stems every word. Letters of a Latin-typed language under a forced hy / ru are read
    // with the -latn lists.
    [[nodiscard]] static GuestText read(QStringView text, const QString &forced, const AnalysisShelf &shelf);
};

} // namespace innkeep
