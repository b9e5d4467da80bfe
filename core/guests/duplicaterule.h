// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guests/guest.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace innkeep {

// Why two profiles may be one guest.
enum class DuplicateReason { SameEmail, SamePhone, SameName, SimilarName, SameBirthday, SameCity };
// "same_email", "same_phone", "same_name", "similar_name", "same_birthday", "same_city".
[[nodiscard]] QString toToken(DuplicateReason reason);
[[nodiscard]] QString displayText(DuplicateReason reason);

// What the rule compares of a guest, worked out once per guest: names as search keys in every
// spelling and both orders, their sound-alike forms (also what DuplicateFinder blocks on),
// birthday, city and contacts (e-mails lower-case, phones E.164, as stored).
struct DuplicateProfile
{
    qint64 id = 0;
    QString uuid;
    QStringList nameKeys;  // "aram vardanyan", "vardanyan aram", … (a one-word name: that word)
    QStringList soundKeys; // phoneticKey() of each name key, words sorted (order-free)
    QDate birthday;
    QString cityKey;
    QStringList emails;
    QStringList phones;
};

struct DuplicateMatch
{
    int score = 0; // 1…100: how sure the rule is; shown beside the reasons
    QList<DuplicateReason> reasons;
    [[nodiscard]] QStringList tokens() const;
    [[nodiscard]] QString text() const; // the reasons in the user's words, comma-separated
};

// The one rule for "these two profiles may be the same guest" (the form's warning, imports,
// innkeep-cli and Find Duplicates all use it). A pair is a candidate when it shares an e-mail
// or a phone, or when the names are close (the same key in any spelling or order, the same
// sound-alike key, or at most two letters apart) and it shares the birthday or the city —
// unless both birthdays are known and differ, which a person's do not.
class DuplicateRule final
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateRule)

public:
    [[nodiscard]] static DuplicateProfile profileOf(const Guest &guest);
    [[nodiscard]] static std::optional<DuplicateMatch> compare(const DuplicateProfile &a,
                                                               const DuplicateProfile &b);
    // Levenshtein distance, or `cap + 1` as soon as it is known to exceed `cap`.
    [[nodiscard]] static int editDistance(const QString &a, const QString &b, int cap);
    static constexpr int MaxNameDistance = 2;
};

} // namespace innkeep
