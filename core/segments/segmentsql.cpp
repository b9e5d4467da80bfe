// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentsql.h"

#include "common/money.h"
#include "segments/foldedtext.h"
#include "segments/segmenttokens.h"
#include "segments/segmentvalues.h"
#include "stays/staysthatcount.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace innkeep {

namespace {

using Op = SegmentOperator;
using F = SegmentField;

// A piece of the WHERE clause with its values, and a rough cost so cheap tests run first.
struct Fragment
{
    QString sql;
    QVariantList values;
    int cost = 0;
};

// What a field is in SQL: an expression and whether it can be NULL (no stay, no rating …).
struct Expression
{
    QString sql;
    QVariantList values;
    bool nullable = false;
    int cost = 0;
};

const QString Latest = QStringLiteral(" ORDER BY f.received_at DESC, f.id DESC LIMIT 1)");

class Compiler
{
public:
    Compiler(const QDate &today, const QString &currency)
        : m_today(today.toString(Qt::ISODate)), m_todayDate(today), m_currency(currency)
    {}

    std::optional<Error> error;

    Fragment node(const SegmentNode &node)
    {
        switch (node.kind) {
        case SegmentNode::Kind::Condition: return condition(node.condition);
        case SegmentNode::Kind::Not: {
            Fragment inner = this->node(node.children.front());
            return {QStringLiteral("NOT (") + inner.sql + u')', inner.values, inner.cost};
        }
        case SegmentNode::Kind::All:
        case SegmentNode::Kind::Any: {
            QList<Fragment> parts;
            for (const SegmentNode &child : node.children)
                parts.append(this->node(child));
            // Conditions are never NULL, so their order does not change the answer, only the time.
            std::stable_sort(parts.begin(), parts.end(),
                             [](const Fragment &a, const Fragment &b) { return a.cost < b.cost; });
            Fragment joined;
            const QString joiner =
                node.kind == SegmentNode::Kind::All ? QStringLiteral(" AND ") : QStringLiteral(" OR ");
            for (const Fragment &part : std::as_const(parts)) {
                if (!joined.sql.isEmpty())
                    joined.sql += joiner;
                joined.sql += u'(' + part.sql + u')';
                joined.values += part.values;
                joined.cost += part.cost;
            }
            return joined;
        }
        }
        return {};
    }

private:
    // "FROM stays s WHERE s.guest_id = g.id AND <counted>": the guest's stays that count.
    QString countedStays(QVariantList &values) const
    {
        values.append(m_today);
        return QStringLiteral(" FROM stays s WHERE s.guest_id = g.id AND ")
               + StaysThatCount::condition(u"s"_s);
    }

    Expression expression(F field)
    {
        Expression e;
        auto stays = [&](const QString &aggregate, bool nullable, bool inCurrency) {
            e.sql = QStringLiteral("(SELECT ") + aggregate + countedStays(e.values);
            if (inCurrency) {
                e.sql += QStringLiteral(" AND s.currency = ?");
                e.values.append(m_currency);
            }
            e.sql += u')';
            e.nullable = nullable;
            e.cost = 3;
        };
        switch (field) {
        case F::Stays: stays(QStringLiteral("COUNT(*)"), false, false); break;
        case F::Nights:
            stays(QStringLiteral("COALESCE(SUM(") + StaysThatCount::nights(u"s"_s) + QStringLiteral("), 0)"),
                  false, false);
            break;
        case F::Spend: stays(QStringLiteral("COALESCE(SUM(s.revenue_minor), 0)"), false, true); break;
        case F::AverageRate: stays(QStringLiteral("AVG(s.rate_minor)"), true, true); break;
        case F::LastStay: stays(QStringLiteral("MAX(s.arrival)"), true, false); break;
        case F::FirstStay: stays(QStringLiteral("MIN(s.arrival)"), true, false); break;
        // Most guests have no loyalty rows and no feedback: the set of those who do is read once
        // (ephemeral index), and only they run the correlated subquery.
        case F::Points:
            e.sql =
                QStringLiteral("CASE WHEN g.id IN (SELECT p.guest_id FROM loyalty_points p) THEN (SELECT "
                               "COALESCE(SUM(p.points), 0) FROM loyalty_points p WHERE p.guest_id = g.id) "
                               "ELSE 0 END");
            e.cost = 2;
            break;
        case F::Tier:
            e.sql = QStringLiteral(
                "CASE WHEN g.id IN (SELECT c.guest_id FROM loyalty_tier_changes c) THEN (SELECT "
                "c.tier FROM loyalty_tier_changes c WHERE c.guest_id = g.id ORDER BY c.id DESC "
                "LIMIT 1) END");
            e.nullable = true;
            e.cost = 2;
            break;
        case F::LastRating:
            e.sql = QStringLiteral(
                        "CASE WHEN g.id IN (SELECT f.guest_id FROM feedback f WHERE f.guest_id IS NOT "
                        "NULL) THEN (SELECT round(f.rating_normalised * 4 + 1, 3) FROM feedback f WHERE "
                        "f.guest_id = g.id AND f.rating_normalised IS NOT NULL")
                    + Latest + QStringLiteral(" END");
            e.nullable = true;
            e.cost = 2;
            break;
        case F::LastSentiment:
            // The label staff corrected wins over the analyser's.
            e.sql =
                QStringLiteral("CASE WHEN g.id IN (SELECT f.guest_id FROM feedback f WHERE f.guest_id IS NOT "
                               "NULL) THEN (SELECT CASE WHEN f.corrected_label <> '' THEN f.corrected_label "
                               "ELSE f.sentiment_label END FROM feedback f WHERE f.guest_id = g.id AND "
                               "(f.corrected_label <> '' OR f.sentiment_label <> '')")
                + Latest + QStringLiteral(" END");
            e.nullable = true;
            e.cost = 2;
            break;
        case F::BirthdayMonth:
        case F::AnniversaryMonth:
            e.sql = QStringLiteral("CAST(substr(g.")
                    + (field == F::BirthdayMonth ? u"birthday"_s : u"anniversary"_s)
                    + QStringLiteral(", 6, 2) AS INTEGER)");
            e.nullable = true;
            break;
        case F::Vip: e.sql = QStringLiteral("g.vip_level"); break;
        case F::Nationality: e.sql = QStringLiteral("g.nationality"); break;
        case F::Country: e.sql = QStringLiteral("g.country"); break;
        case F::City: e.sql = QStringLiteral("g.city"); break;
        case F::Language: e.sql = QStringLiteral("g.language"); break;
        case F::Source: e.sql = QStringLiteral("g.source"); break;
        default: break;
        }
        return e;
    }

    // The value as SQL compares it: money in minor units of the venue's currency.
    QVariant bound(F field, const SegmentValue &value)
    {
        if (field != F::Spend && field != F::AverageRate)
            return value.value;
        auto money = Money::parse(QStringLiteral("rule"), value.value.toString(), m_currency);
        if (!money) {
            if (!error)
                error = SegmentTokens::problem(
                    value.column,
                    SegmentSql::tr("%1 has more decimals than %2 has").arg(value.written, m_currency));
            return 0;
        }
        return money->minor();
    }

    static QString placeholders(qsizetype count)
    {
        QStringList marks(count, QStringLiteral("?"));
        return u'(' + marks.join(QStringLiteral(", ")) + u')';
    }

    static QString symbolOf(Op op)
    {
        switch (op) {
        case Op::Less:
        case Op::Before: return u" < ?"_s;
        case Op::LessOrEqual: return u" <= ?"_s;
        case Op::Greater:
        case Op::After: return u" > ?"_s;
        case Op::GreaterOrEqual: return u" >= ?"_s;
        default: return u" = ?"_s;
        }
    }

    // `sql` made never NULL.
    static QString certain(const QString &sql, bool nullable)
    {
        return nullable ? QStringLiteral("IFNULL(") + sql + QStringLiteral(", 0)") : sql;
    }

    Fragment condition(const SegmentCondition &c)
    {
        if (c.op == Op::NotEqual) {
            SegmentCondition equal = c;
            equal.op = Op::Equal;
            Fragment inner = condition(equal);
            return {QStringLiteral("NOT (") + inner.sql + u')', inner.values, inner.cost};
        }
        switch (c.field) {
        case F::ConsentEmail: return flag(c, QStringLiteral("g.consent_email = 1"), 0);
        case F::ConsentSms: return flag(c, QStringLiteral("g.consent_sms = 1"), 0);
        case F::ConsentPhone: return flag(c, QStringLiteral("g.consent_phone = 1"), 0);
        case F::ConsentMarketing: return flag(c, QStringLiteral("g.consent_marketing = 1"), 0);
        case F::Blocked: return flag(c, QStringLiteral("g.blocked = 1"), 0);
        case F::Archived: return flag(c, QStringLiteral("g.archived_at IS NOT NULL"), 0);
        case F::HadComplaint:
            return flag(
                c, QStringLiteral("g.id IN (SELECT t.guest_id FROM tickets t WHERE t.guest_id IS NOT NULL)"),
                1);
        case F::Vip:
            if (c.op == Op::IsTrue)
                return {QStringLiteral("g.vip_level > 0"), {}, 0};
            break;
        case F::Tag: return tag(c);
        case F::ComplaintOutcome: return outcome(c);
        case F::City:
        case F::Tier: return folded(c);
        case F::Language: return language(c);
        case F::LastStay:
        case F::FirstStay:
            if (auto range = stayRange(c))
                return *range;
            break;
        default: break;
        }
        return compared(c);
    }

    Fragment flag(const SegmentCondition &c, const QString &sql, int cost)
    {
        const bool wanted = c.op == Op::IsTrue || c.values.constFirst().value.toBool();
        return {wanted ? sql : QStringLiteral("NOT (") + sql + u')', {}, cost};
    }

    // A field compared with the values as they are: numbers, dates, codes, choices.
    Fragment compared(const SegmentCondition &c)
    {
        Expression e = expression(c.field);
        Fragment f{{}, e.values, e.cost};
        QString test;
        switch (c.op) {
        case Op::In:
            test = QStringLiteral(" IN ") + placeholders(c.values.size());
            for (const SegmentValue &value : c.values)
                f.values.append(bound(c.field, value));
            break;
        case Op::Within:
            test = QStringLiteral(" BETWEEN ? AND ?");
            f.values.append(SegmentValues::periodStart(c.values.constFirst().value.toString(), m_todayDate)
                                .toString(Qt::ISODate));
            f.values.append(m_today);
            break;
        default: {
            test = symbolOf(c.op);
            f.values.append(bound(c.field, c.values.constFirst()));
        }
        }
        f.sql = certain(e.sql + test, e.nullable);
        return f;
    }

    // last_stay after a day, or first_stay before one: is there a counted stay on the right side of
    // it? One index probe (stays_guest: guest_id, arrival) instead of the guest's whole history.
    std::optional<Fragment> stayRange(const SegmentCondition &c)
    {
        const bool last = c.field == F::LastStay;
        QString comparison;
        if (last && (c.op == Op::Within || c.op == Op::GreaterOrEqual)) {
            comparison = QStringLiteral(">=");
        } else if (last && (c.op == Op::After || c.op == Op::Greater)) {
            comparison = QStringLiteral(">");
        } else if (!last && (c.op == Op::Before || c.op == Op::Less)) {
            comparison = QStringLiteral("<");
        } else if (!last && c.op == Op::LessOrEqual) {
            comparison = QStringLiteral("<=");
        } else {
            return std::nullopt;
        }
        const QString day =
            c.op == Op::Within
                ? SegmentValues::periodStart(c.values.constFirst().value.toString(), m_todayDate)
                      .toString(Qt::ISODate)
                : c.values.constFirst().value.toString();
        Fragment f;
        f.sql = QStringLiteral("EXISTS (SELECT 1") + countedStays(f.values)
                + QStringLiteral(" AND s.arrival ") + comparison + QStringLiteral(" ?)");
        f.values.append(day);
        f.cost = 3;
        return f;
    }

    // A tag: the guest has one of them. The few guests with the tag are read once through
    // guest_tags_tag (tag, guest_id), not probed for each guest.
    Fragment tag(const SegmentCondition &c)
    {
        Fragment f{QStringLiteral("g.id IN (SELECT t.guest_id FROM guest_tags t WHERE t.tag IN ")
                       + placeholders(c.values.size()) + u')',
                   {},
                   1};
        for (const SegmentValue &value : c.values)
            f.values.append(value.value);
        return f;
    }

    // A ticket linked to the guest with that outcome; "open" is a ticket not yet resolved or closed.
    Fragment outcome(const SegmentCondition &c)
    {
        QStringList tests;
        QVariantList outcomes;
        for (const SegmentValue &value : c.values) {
            if (value.value.toString() == QLatin1String("open"))
                tests.append(QStringLiteral("t.status NOT IN ('resolved', 'closed')"));
            else
                outcomes.append(value.value);
        }
        if (!outcomes.isEmpty())
            tests.prepend(QStringLiteral("t.outcome IN ") + placeholders(outcomes.size()));
        return {QStringLiteral("g.id IN (SELECT t.guest_id FROM tickets t WHERE t.guest_id IS NOT NULL AND (")
                    + tests.join(QStringLiteral(" OR ")) + QStringLiteral("))"),
                outcomes, 1};
    }

    // City or tier: equal ignoring case in any script (FoldedText).
    Fragment folded(const SegmentCondition &c)
    {
        Expression e = expression(c.field);
        QStringList values;
        for (const SegmentValue &value : c.values)
            values.append(FoldedText::fold(value.value.toString()));
        Fragment f{{}, e.values, e.cost + 1};
        const QString column = FoldedText::sql(e.sql, values, f.values);
        f.sql = certain(column + QStringLiteral(" IN ") + placeholders(values.size()), e.nullable);
        for (const QString &value : std::as_const(values))
            f.values.append(value);
        return f;
    }

    // `language = hy` is Armenian in any region: hy, hy-AM; `language = en-GB` only that one.
    Fragment language(const SegmentCondition &c)
    {
        Fragment f;
        QStringList tests;
        for (const SegmentValue &value : c.values) {
            const QString code = value.value.toString();
            tests.append(QStringLiteral("g.language = ? OR substr(g.language, 1, ?) = ?"));
            f.values << code << qint64(code.size() + 1) << QString(code + u'-');
        }
        f.sql = tests.join(QStringLiteral(" OR "));
        return f;
    }

    QString m_today;
    QDate m_todayDate;
    QString m_currency;
};

} // namespace

Result<SegmentWhere> SegmentSql::compile(const SegmentRule &rule, const QDate &today,
                                         const QString &venueCurrency)
{
    Compiler compiler(today, venueCurrency);
    Fragment top = compiler.node(rule.root());
    if (compiler.error)
        return std::unexpected(*compiler.error);
    SegmentWhere where{top.sql, top.values};
    // Archived guests have left the venue's lists; a rule that wants them says `archived`. The unary +
    // keeps the planner off guests_by_name (a partial index on archived_at IS NULL): walking it and
    // fetching each guest's row by id made a count over 100k guests eight times slower than a scan.
    if (!rule.mentions(SegmentField::Archived))
        where.where = QStringLiteral("+g.archived_at IS NULL AND (") + where.where + u')';
    return where;
}

} // namespace innkeep
