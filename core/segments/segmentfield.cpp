// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentfield.h"

#include <QStringList>

namespace innkeep {

namespace {

using Kind = SegmentValueKind;
using Op = SegmentOperator;

QList<SegmentFieldInfo> catalogue()
{
    auto plain = [](SegmentField field, const char *name, Kind kind, QStringList choices = {}) {
        return SegmentFieldInfo{field, QString::fromLatin1(name), kind, std::move(choices)};
    };
    return {
        plain(SegmentField::Stays, "stays", Kind::Count),
        plain(SegmentField::Nights, "nights", Kind::Count),
        plain(SegmentField::LastStay, "last_stay", Kind::Date),
        plain(SegmentField::FirstStay, "first_stay", Kind::Date),
        plain(SegmentField::Spend, "spend", Kind::Money),
        plain(SegmentField::AverageRate, "average_rate", Kind::Money),
        plain(SegmentField::Nationality, "nationality", Kind::CountryCode),
        plain(SegmentField::Language, "language", Kind::LanguageCode),
        plain(SegmentField::Country, "country", Kind::CountryCode),
        plain(SegmentField::City, "city", Kind::Text),
        plain(SegmentField::Source, "source", Kind::Choice,
              {QStringLiteral("walk-in"), QStringLiteral("ota"), QStringLiteral("direct"),
               QStringLiteral("agent"), QStringLiteral("other")}),
        plain(SegmentField::Tag, "tag", Kind::Tag),
        plain(SegmentField::Vip, "vip", Kind::VipLevel),
        plain(SegmentField::Tier, "tier", Kind::Text),
        plain(SegmentField::Points, "points", Kind::Integer),
        plain(SegmentField::BirthdayMonth, "birthday_month", Kind::Month),
        plain(SegmentField::AnniversaryMonth, "anniversary_month", Kind::Month),
        plain(SegmentField::HadComplaint, "had_complaint", Kind::Flag),
        plain(SegmentField::ComplaintOutcome, "complaint_outcome", Kind::Choice,
              {QStringLiteral("recovered"), QStringLiteral("lost"), QStringLiteral("open")}),
        plain(SegmentField::LastRating, "last_rating", Kind::Rating),
        plain(SegmentField::LastSentiment, "last_sentiment", Kind::Choice,
              {QStringLiteral("positive"), QStringLiteral("negative"), QStringLiteral("neutral"),
               QStringLiteral("mixed")}),
        plain(SegmentField::ConsentEmail, "consent_email", Kind::Flag),
        plain(SegmentField::ConsentSms, "consent_sms", Kind::Flag),
        plain(SegmentField::ConsentPhone, "consent_phone", Kind::Flag),
        plain(SegmentField::ConsentMarketing, "consent_marketing", Kind::Flag),
        plain(SegmentField::Blocked, "blocked", Kind::Flag),
        plain(SegmentField::Archived, "archived", Kind::Flag),
    };
}

QList<Op> operatorsFor(Kind kind)
{
    switch (kind) {
    case Kind::Count:
    case Kind::Integer:
    case Kind::Month:
    case Kind::Money:
    case Kind::Rating:
        return {Op::Equal, Op::NotEqual, Op::Less, Op::LessOrEqual, Op::Greater, Op::GreaterOrEqual, Op::In};
    case Kind::VipLevel:
        return {Op::Equal,   Op::NotEqual,       Op::Less, Op::LessOrEqual,
                Op::Greater, Op::GreaterOrEqual, Op::In,   Op::IsTrue};
    case Kind::Date:
        return {Op::Equal,          Op::NotEqual, Op::Less,   Op::LessOrEqual, Op::Greater,
                Op::GreaterOrEqual, Op::In,       Op::Within, Op::Before,      Op::After};
    case Kind::Text:
    case Kind::Tag:
    case Kind::CountryCode:
    case Kind::LanguageCode:
    case Kind::Choice: return {Op::Equal, Op::NotEqual, Op::In};
    case Kind::Flag: return {Op::IsTrue, Op::Equal, Op::NotEqual};
    }
    return {};
}

} // namespace

const QList<SegmentFieldInfo> &SegmentFields::all()
{
    static const QList<SegmentFieldInfo> fields = catalogue();
    return fields;
}

const SegmentFieldInfo &SegmentFields::info(SegmentField field)
{
    for (const SegmentFieldInfo &info : all()) {
        if (info.field == field)
            return info;
    }
    Q_UNREACHABLE();
}

std::optional<SegmentFieldInfo> SegmentFields::byName(const QString &name)
{
    for (const SegmentFieldInfo &info : all()) {
        if (info.name.compare(name, Qt::CaseInsensitive) == 0)
            return info;
    }
    return std::nullopt;
}

QString SegmentFields::names()
{
    QStringList names;
    for (const SegmentFieldInfo &info : all())
        names.append(info.name);
    return names.join(QStringLiteral(", "));
}

bool SegmentFields::accepts(SegmentValueKind kind, SegmentOperator op)
{
    return operatorsFor(kind).contains(op);
}

QString SegmentFields::operatorsOf(SegmentValueKind kind)
{
    QStringList ops;
    for (Op op : operatorsFor(kind)) {
        if (op != Op::IsTrue)
            ops.append(operatorText(op));
    }
    return ops.join(QStringLiteral(", "));
}

QString SegmentFields::operatorText(SegmentOperator op)
{
    switch (op) {
    case Op::Equal: return QStringLiteral("=");
    case Op::NotEqual: return QStringLiteral("!=");
    case Op::Less: return QStringLiteral("<");
    case Op::LessOrEqual: return QStringLiteral("<=");
    case Op::Greater: return QStringLiteral(">");
    case Op::GreaterOrEqual: return QStringLiteral(">=");
    case Op::In: return QStringLiteral("in");
    case Op::Within: return QStringLiteral("within");
    case Op::Before: return QStringLiteral("before");
    case Op::After: return QStringLiteral("after");
    case Op::IsTrue: return {};
    }
    return {};
}

} // namespace innkeep
