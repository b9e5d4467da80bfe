// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentimentlabel.h"

#include "common/enumtokens.h"

namespace innkeep {

namespace {

constexpr EnumToken<SentimentLabel> Names[] = {
    {SentimentLabel::Positive, "positive", QT_TRANSLATE_NOOP("SentimentLabel", "Positive")},
    {SentimentLabel::Negative, "negative", QT_TRANSLATE_NOOP("SentimentLabel", "Negative")},
    {SentimentLabel::Neutral, "neutral", QT_TRANSLATE_NOOP("SentimentLabel", "Neutral")},
    {SentimentLabel::Mixed, "mixed", QT_TRANSLATE_NOOP("SentimentLabel", "Mixed")},
};

} // namespace

QString sentimentLabelToken(SentimentLabel label)
{
    return tokenOf(Names, label);
}

std::optional<SentimentLabel> sentimentLabelFromToken(const QString &token)
{
    return valueOf(Names, token, Qt::CaseSensitive);
}

QString sentimentLabelText(SentimentLabel label)
{
    return labelOf(Names, label, "SentimentLabel");
}

} // namespace innkeep
