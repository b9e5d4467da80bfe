// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace innkeep {

// The scale a rating was given on. Tokens: "1-5", "1-10", "nps" (0-10, whole numbers).
enum class RatingScale { OneToFive, OneToTen, Nps };

[[nodiscard]] QString ratingScaleToken(RatingScale scale);
[[nodiscard]] std::optional<RatingScale> ratingScaleFromToken(const QString &token);

// A rating as the guest gave it. 1-5 and 1-10 accept decimals (review sites give 8.5/10);
// NPS is whole numbers only.
struct Rating
{
    Q_DECLARE_TR_FUNCTIONS(Rating)

public:
    double value = 0;
    RatingScale scale = RatingScale::OneToFive;

    // 0..1: (v-1)/4 on 1-5, (v-1)/9 on 1-10, v/10 on NPS; rounded to 4 decimals.
    [[nodiscard]] double normalised() const;
    // The one score every scale shares, 0..10 as a guest reads it: 4/5 is 8, 8.5/10 is 8.5, NPS 9 is 9.
    [[nodiscard]] double outOfTen() const;
    // An InvalidInput error naming the field "rating" when the value is off its scale.
    [[nodiscard]] Status validate() const;
    // "4/5", "8/10", "8.5/10", "nps:9" (spaces allowed). Errors name the field "rating".
    [[nodiscard]] static Result<Rating> parse(const QString &text);
    // Back to the parse form: "4/5", "8.5/10", "nps:9".
    [[nodiscard]] QString toString() const;

    friend bool operator==(const Rating &, const Rating &) = default;
};

} // namespace innkeep
