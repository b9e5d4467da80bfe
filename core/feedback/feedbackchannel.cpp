// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackchannel.h"

#include "common/enumtokens.h"

namespace innkeep {

namespace {

constexpr EnumToken<FeedbackChannel> Names[] = {
    {FeedbackChannel::InPerson, "in-person", QT_TRANSLATE_NOOP("FeedbackChannel", "In person")},
    {FeedbackChannel::CommentCard, "comment-card", QT_TRANSLATE_NOOP("FeedbackChannel", "Comment card")},
    {FeedbackChannel::Survey, "survey", QT_TRANSLATE_NOOP("FeedbackChannel", "Survey")},
    {FeedbackChannel::Email, "email", QT_TRANSLATE_NOOP("FeedbackChannel", "Email")},
    {FeedbackChannel::Phone, "phone", QT_TRANSLATE_NOOP("FeedbackChannel", "Phone")},
    {FeedbackChannel::ReviewSite, "review-site", QT_TRANSLATE_NOOP("FeedbackChannel", "Review site")},
    {FeedbackChannel::Social, "social", QT_TRANSLATE_NOOP("FeedbackChannel", "Social media")},
};

} // namespace

QString feedbackChannelToken(FeedbackChannel channel)
{
    return tokenOf(Names, channel);
}

std::optional<FeedbackChannel> feedbackChannelFromToken(const QString &token)
{
    return valueOf(Names, token, Qt::CaseSensitive);
}

QString feedbackChannelLabel(FeedbackChannel channel)
{
    return labelOf(Names, channel, "FeedbackChannel");
}

} // namespace innkeep
