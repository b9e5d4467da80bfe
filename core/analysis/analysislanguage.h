// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace innkeep {

// The language packs the analyser reads with: the seven languages plus Armenian and Russian typed
// in Latin letters, which are reported as hy / ru but read with their own word lists.
enum class AnalysisLanguage { En, Hy, Ka, Ru, De, Fr, Es, HyLatn, RuLatn };

inline constexpr int AnalysisLanguageCount = 9;

inline constexpr std::array<AnalysisLanguage, AnalysisLanguageCount> AllAnalysisLanguages{
    AnalysisLanguage::En, AnalysisLanguage::Hy,     AnalysisLanguage::Ka,
    AnalysisLanguage::Ru, AnalysisLanguage::De,     AnalysisLanguage::Fr,
    AnalysisLanguage::Es, AnalysisLanguage::HyLatn, AnalysisLanguage::RuLatn};

// The resource file stem: en hy ka ru de fr es hy-latn ru-latn.
[[nodiscard]] QString analysisLanguageFileName(AnalysisLanguage language);
// What results report: ISO 639-1 (hy-latn → hy, ru-latn → ru).
[[nodiscard]] QString analysisLanguageCode(AnalysisLanguage language);
// From a file stem or an ISO 639-1 code (case-insensitive); nullopt when not one of ours.
[[nodiscard]] std::optional<AnalysisLanguage> analysisLanguageFromCode(const QString &code);

} // namespace innkeep
