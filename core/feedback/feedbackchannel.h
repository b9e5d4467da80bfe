// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace innkeep {

// Where a piece of feedback came from. Tokens: in-person, comment-card, survey, email, phone,
// review-site (with the site's name on the entry), social.
enum class FeedbackChannel { InPerson, CommentCard, Survey, Email, Phone, ReviewSite, Social };

[[nodiscard]] QString feedbackChannelToken(FeedbackChannel channel);
[[nodiscard]] std::optional<FeedbackChannel> feedbackChannelFromToken(const QString &token);
[[nodiscard]] QString feedbackChannelLabel(FeedbackChannel channel);

} // namespace innkeep
