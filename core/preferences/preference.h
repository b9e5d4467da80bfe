// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace innkeep {

enum class PreferenceCategory { Room, Food, Amenities, Accessibility, Communication, Other };
enum class PreferenceSource { Told, Observed, Feedback };

[[nodiscard]] QString toToken(PreferenceCategory category);
[[nodiscard]] std::optional<PreferenceCategory> preferenceCategoryFromToken(const QString &token);
[[nodiscard]] QString displayText(PreferenceCategory category);
[[nodiscard]] QString toToken(PreferenceSource source);
[[nodiscard]] std::optional<PreferenceSource> preferenceSourceFromToken(const QString &token);
[[nodiscard]] QString displayText(PreferenceSource source);

// Something the guest likes, needs or must avoid ("Feather-free pillow", "Peanut allergy").
// A critical preference (allergy, accessibility) raises an alert wherever the guest appears.
struct Preference
{
    qint64 id = 0;
    QString uuid;
    QString guestUuid;
    PreferenceCategory category = PreferenceCategory::Other;
    QString value;
    QString detail;
    PreferenceSource source = PreferenceSource::Told;
    QDate observedOn; // when last told or seen; today when left empty
    int timesConfirmed = 1;
    bool critical = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

} // namespace innkeep
