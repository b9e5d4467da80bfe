// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace innkeep {

// What a segment rule can ask about a guest (docs/segments.md). The names are the rule language's
// and part of the interface: never renamed once released.
enum class SegmentField {
    Stays,
    Nights,
    LastStay,
    FirstStay,
    Spend,
    AverageRate,
    Nationality,
    Language,
    Country,
    City,
    Source,
    Tag,
    Vip,
    Tier,
    Points,
    BirthdayMonth,
    AnniversaryMonth,
    HadComplaint,
    ComplaintOutcome,
    LastRating,
    LastSentiment,
    ConsentEmail,
    ConsentSms,
    ConsentPhone,
    ConsentMarketing,
    Blocked,
    Archived,
};

// How a field is compared: it decides which operators and values it takes.
enum class SegmentValueKind {
    Count,       // a whole number >= 0 (stays, nights)
    Integer,     // a whole number, maybe negative (points)
    Month,       // 1..12
    VipLevel,    // 0..3; bare: above 0
    Money,       // major units of the venue's currency (1000 or 1000.50)
    Rating,      // 1..5 (decimals allowed)
    Date,        // YYYY-MM-DD; also within N(d|w|m|y), before, after
    Text,        // any text, compared ignoring case
    Tag,         // a tag, compared as tags are stored (lower case, no '#')
    CountryCode, // ISO 3166-1 alpha-2
    LanguageCode,
    Choice, // one of a fixed list of words
    Flag,   // yes/no: bare, or = true|false
};

enum class SegmentOperator {
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    In,
    Within,
    Before,
    After,
    IsTrue
};

struct SegmentFieldInfo
{
    SegmentField field;
    QString name; // as written in a rule
    SegmentValueKind kind;
    QStringList choices; // the words a Choice field takes
};

// The catalogue of fields, in the order the documentation and error messages list them.
class SegmentFields final
{
public:
    [[nodiscard]] static const QList<SegmentFieldInfo> &all();
    [[nodiscard]] static const SegmentFieldInfo &info(SegmentField field);
    // The field called `name` (ASCII case ignored), if any.
    [[nodiscard]] static std::optional<SegmentFieldInfo> byName(const QString &name);
    // "stays, nights, last_stay, …": every field name, for an error message.
    [[nodiscard]] static QString names();

    // Whether `kind` takes `op` (IsTrue: the field can stand alone, like `vip` or `consent_email`).
    [[nodiscard]] static bool accepts(SegmentValueKind kind, SegmentOperator op);
    // The operators `kind` takes, as written ("=, !=, in"), for an error message.
    [[nodiscard]] static QString operatorsOf(SegmentValueKind kind);
    [[nodiscard]] static QString operatorText(SegmentOperator op);
};

} // namespace innkeep
