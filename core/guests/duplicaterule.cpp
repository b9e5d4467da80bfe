// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicaterule.h"

#include "common/phonetickey.h"
#include "search/searchkey.h"

#include <algorithm>
#include <array>
#include <vector>

namespace innkeep {

namespace {

bool shareAny(const QStringList &a, const QStringList &b)
{
    for (const QString &value : a) {
        if (!value.isEmpty() && b.contains(value))
            return true;
    }
    return false;
}

QString sortedWords(const QString &key)
{
    QStringList words = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::sort(words.begin(), words.end());
    return words.join(QLatin1Char(' '));
}

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

enum class NameCloseness { None, Similar, Same };

NameCloseness closeness(const DuplicateProfile &a, const DuplicateProfile &b)
{
    if (shareAny(a.nameKeys, b.nameKeys))
        return NameCloseness::Same;
    if (shareAny(a.soundKeys, b.soundKeys))
        return NameCloseness::Similar;
    // Every spelling and order of one name against the other's first: a typo in a swapped name
    // is still two letters from one of them.
    if (b.nameKeys.isEmpty())
        return NameCloseness::None;
    const QString &y = b.nameKeys.constFirst();
    for (const QString &x : a.nameKeys) {
        if (std::abs(x.size() - y.size()) <= DuplicateRule::MaxNameDistance
            && DuplicateRule::editDistance(x, y, DuplicateRule::MaxNameDistance)
                   <= DuplicateRule::MaxNameDistance)
            return NameCloseness::Similar;
    }
    return NameCloseness::None;
}

} // namespace

QString toToken(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameEmail: return QStringLiteral("same_email");
    case DuplicateReason::SamePhone: return QStringLiteral("same_phone");
    case DuplicateReason::SameName: return QStringLiteral("same_name");
    case DuplicateReason::SimilarName: return QStringLiteral("similar_name");
    case DuplicateReason::SameBirthday: return QStringLiteral("same_birthday");
    case DuplicateReason::SameCity: return QStringLiteral("same_city");
    }
    return {};
}

QString displayText(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameEmail: return DuplicateRule::tr("same e-mail");
    case DuplicateReason::SamePhone: return DuplicateRule::tr("same phone");
    case DuplicateReason::SameName: return DuplicateRule::tr("same name");
    case DuplicateReason::SimilarName: return DuplicateRule::tr("similar name");
    case DuplicateReason::SameBirthday: return DuplicateRule::tr("same birthday");
    case DuplicateReason::SameCity: return DuplicateRule::tr("same city");
    }
    return {};
}

QStringList DuplicateMatch::tokens() const
{
    QStringList out;
    for (const DuplicateReason reason : reasons)
        out.append(toToken(reason));
    return out;
}

QString DuplicateMatch::text() const
{
    QStringList out;
    for (const DuplicateReason reason : reasons)
        out.append(displayText(reason));
    //: Separates the reasons two guests may be one, e.g. "same phone, similar name".
    return out.join(DuplicateRule::tr(", "));
}

DuplicateProfile DuplicateRule::profileOf(const Guest &guest)
{
    DuplicateProfile p;
    p.id = guest.id;
    p.uuid = guest.uuid;
    // The Latin forms as stored (derived from the native names when none was typed: the everyday
    // spelling staff type); a draft not yet normalised falls back to its names' search keys.
    const auto keysOf = [](const QString &latin, const QString &native) {
        if (!latin.trimmed().isEmpty()) {
            const QString key = searchKey(latin);
            return key.isEmpty() ? QStringList{} : QStringList{key};
        }
        return searchKeys(native);
    };
    const QStringList given = keysOf(guest.latinGivenName, guest.givenName);
    const QStringList family = keysOf(guest.latinFamilyName, guest.familyName);
    for (const QString &g : given) {
        for (const QString &f : family) {
            appendUnique(p.nameKeys, g + QLatin1Char(' ') + f);
            appendUnique(p.nameKeys, f + QLatin1Char(' ') + g);
        }
    }
    // A guest with one name only: that name's words.
    if (p.nameKeys.isEmpty()) {
        for (const QString &key : given + family)
            appendUnique(p.nameKeys, key);
    }
    for (const QString &key : std::as_const(p.nameKeys)) {
        const QString sound = phoneticKey(key);
        appendUnique(p.soundKeys, sortedWords(sound));
    }
    p.birthday = guest.birthday;
    p.cityKey = searchKey(guest.city);
    p.emails = guest.emails;
    p.phones = guest.phones;
    return p;
}

std::optional<DuplicateMatch> DuplicateRule::compare(const DuplicateProfile &a, const DuplicateProfile &b)
{
    if (a.id != 0 && a.id == b.id)
        return std::nullopt;
    const bool sameEmail = shareAny(a.emails, b.emails);
    const bool samePhone = shareAny(a.phones, b.phones);
    const bool bothBirthdays = a.birthday.isValid() && b.birthday.isValid();
    const bool sameBirthday = bothBirthdays && a.birthday == b.birthday;
    const bool birthdayConflict = bothBirthdays && !sameBirthday;
    const bool sameCity = !a.cityKey.isEmpty() && a.cityKey == b.cityKey;
    NameCloseness name = NameCloseness::None;
    // The name is worth comparing only when it can decide or colour the match.
    if (sameEmail || samePhone || ((sameBirthday || sameCity) && !birthdayConflict))
        name = closeness(a, b);

    const bool byName = name != NameCloseness::None && !birthdayConflict && (sameBirthday || sameCity);
    if (!sameEmail && !samePhone && !byName)
        return std::nullopt;

    DuplicateMatch match;
    int score = 0;
    if (sameEmail) {
        match.reasons.append(DuplicateReason::SameEmail);
        score += 40;
    }
    if (samePhone) {
        match.reasons.append(DuplicateReason::SamePhone);
        score += 40;
    }
    if (name == NameCloseness::Same) {
        match.reasons.append(DuplicateReason::SameName);
        score += 30;
    } else if (name == NameCloseness::Similar) {
        match.reasons.append(DuplicateReason::SimilarName);
        score += 20;
    }
    if (sameBirthday) {
        match.reasons.append(DuplicateReason::SameBirthday);
        score += 25;
    }
    if (sameCity) {
        match.reasons.append(DuplicateReason::SameCity);
        score += 10;
    }
    if (birthdayConflict)
        score -= 20;
    if (name == NameCloseness::None)
        score -= 15; // a shared phone or e-mail alone: a family, a company, a travel agent
    match.score = std::clamp(score, 1, 100);
    return match;
}

int DuplicateRule::editDistance(const QString &a, const QString &b, int cap)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > cap)
        return cap + 1;
    // Only the cells within `cap` of the diagonal can stay within `cap` (Ukkonen's band); the
    // others count as cap + 1. Two rows of the table; names fit the stack, longer text the heap.
    constexpr qsizetype StackColumns = 96;
    const int beyond = cap + 1;
    std::array<int, StackColumns> stackRows[2];
    std::vector<int> heapRows[2];
    int *previous = stackRows[0].data();
    int *current = stackRows[1].data();
    if (m + 1 > StackColumns) {
        heapRows[0].resize(size_t(m + 1));
        heapRows[1].resize(size_t(m + 1));
        previous = heapRows[0].data();
        current = heapRows[1].data();
    }
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = j <= cap ? int(j) : beyond;
    for (qsizetype i = 1; i <= n; ++i) {
        const qsizetype from = std::max<qsizetype>(1, i - cap);
        const qsizetype to = std::min<qsizetype>(m, i + cap);
        current[0] = i <= cap ? int(i) : beyond;
        if (from > 1)
            current[from - 1] = beyond;
        int rowBest = beyond;
        if (from == 1)
            rowBest = current[0];
        const QChar left = a.at(i - 1);
        for (qsizetype j = from; j <= to; ++j) {
            const int substitute = previous[j - 1] + (left == b.at(j - 1) ? 0 : 1);
            const int up = j < i + cap ? previous[j] + 1 : beyond;
            current[j] = std::min({up, current[j - 1] + 1, substitute, beyond});
            rowBest = std::min(rowBest, current[j]);
        }
        if (to < m)
            current[to + 1] = beyond;
        if (rowBest > cap)
            return beyond;
        std::swap(previous, current);
    }
    return std::min(previous[m], beyond);
}

} // namespace innkeep
