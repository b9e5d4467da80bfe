// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preference.h"

#include "common/enumtokens.h"

namespace innkeep {

namespace {

constexpr EnumToken<PreferenceCategory> Categories[] = {
    {PreferenceCategory::Room, "room", QT_TRANSLATE_NOOP("PreferenceCategory", "Room")},
    {PreferenceCategory::Food, "food", QT_TRANSLATE_NOOP("PreferenceCategory", "Food & drink")},
    {PreferenceCategory::Amenities, "amenities", QT_TRANSLATE_NOOP("PreferenceCategory", "Amenities")},
    {PreferenceCategory::Accessibility, "accessibility",
     QT_TRANSLATE_NOOP("PreferenceCategory", "Accessibility")},
    {PreferenceCategory::Communication, "communication",
     QT_TRANSLATE_NOOP("PreferenceCategory", "Communication")},
    {PreferenceCategory::Other, "other", QT_TRANSLATE_NOOP("PreferenceCategory", "Other")},
};

constexpr EnumToken<PreferenceSource> Sources[] = {
    {PreferenceSource::Told, "told", QT_TRANSLATE_NOOP("PreferenceSource", "Told by the guest")},
    {PreferenceSource::Observed, "observed", QT_TRANSLATE_NOOP("PreferenceSource", "Observed by staff")},
    {PreferenceSource::Feedback, "feedback", QT_TRANSLATE_NOOP("PreferenceSource", "From feedback")},
};

} // namespace

QString toToken(PreferenceCategory category)
{
    return tokenOf(Categories, category);
}

std::optional<PreferenceCategory> preferenceCategoryFromToken(const QString &token)
{
    if (token.compare(QLatin1String("food-drink"), Qt::CaseInsensitive) == 0)
        return PreferenceCategory::Food;
    return valueOf(Categories, token);
}

QString displayText(PreferenceCategory category)
{
    return labelOf(Categories, category, "PreferenceCategory");
}

QString toToken(PreferenceSource source)
{
    return tokenOf(Sources, source);
}

std::optional<PreferenceSource> preferenceSourceFromToken(const QString &token)
{
    return valueOf(Sources, token);
}

QString displayText(PreferenceSource source)
{
    return labelOf(Sources, source, "PreferenceSource");
}

} // namespace innkeep
