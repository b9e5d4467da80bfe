// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackchannel.h"

#include <QCoreApplication>

#include <array>

namespace innkeep {

namespace {

constexpr std::array<const char *, 7> Tokens{"in-person", "comment-card", "survey", "email",
                                             "phone",     "review-site",  "social"};
constexpr std::array<const char *, 7> Labels{
    QT_TRANSLATE_NOOP("FeedbackChannel", "In person"),   QT_TRANSLATE_NOOP("FeedbackChannel", "Comment card"),
    QT_TRANSLATE_NOOP("FeedbackChannel", "Survey"),      QT_TRANSLATE_NOOP("FeedbackChannel", "Email"),
    QT_TRANSLATE_NOOP("FeedbackChannel", "Phone"),       QT_TRANSLATE_NOOP("FeedbackChannel", "Review site"),
    QT_TRANSLATE_NOOP("FeedbackChannel", "Social media")};

} // namespace

QString feedbackChannelToken(FeedbackChannel channel)
{
    return QString::fromLatin1(Tokens.at(size_t(channel)));
}

std::optional<FeedbackChannel> feedbackChannelFromToken(const QString &token)
{
    for (size_t i = 0; i < Tokens.size(); ++i) {
        if (token == QLatin1String(Tokens.at(i)))
            return FeedbackChannel(i);
    }
    return std::nullopt;
}

QString feedbackChannelLabel(FeedbackChannel channel)
{
    return QCoreApplication::translate("FeedbackChannel", Labels.at(size_t(channel)));
}

} // namespace innkeep
