// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace innkeep {

struct LanguagePack;
struct TokenisedText;

// Ratings written in the text: "5 stars", "2 Sterne", "5 звезд" (the pack's star words),
// "4/5", "1/10", "10 out of 10", "10 из 10", "8 sur 10", "★★★★☆". Returns the mean rating of all
// found, as a share of the best rating (0 = worst, 1 = best), or nullopt when there is none.
class StarPhrase final
{
public:
    [[nodiscard]] static std::optional<double> rating(const TokenisedText &text, const LanguagePack &pack);
};

} // namespace innkeep
