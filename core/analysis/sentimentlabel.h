// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace innkeep {

// What a text says overall. Tokens (database, CLI, JSON): positive, negative, neutral, mixed.
// Mixed: clearly positive and clearly negative parts that roughly cancel out.
enum class SentimentLabel { Neutral, Positive, Negative, Mixed };

[[nodiscard]] QString sentimentLabelToken(SentimentLabel label);
[[nodiscard]] std::optional<SentimentLabel> sentimentLabelFromToken(const QString &token);
[[nodiscard]] QString sentimentLabelText(SentimentLabel label); // translated, for people

} // namespace innkeep
