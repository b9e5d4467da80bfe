// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "segments/segmentfield.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <vector>

namespace innkeep {

// One value written in a rule, checked against its field when the rule is read.
struct SegmentValue
{
    QString written;     // as in the rule, without the quotes
    bool quoted = false; // it was written "…" or '…'
    int column = 0;      // 1-based, in characters (code points) of the rule
    // Normalised: qint64 for whole numbers and months, double for a rating, bool for a flag, the
    // ISO date for a date, the period ("365d") for within, the amount text for money (made minor
    // units of the venue's currency when compiled), the tag, code or choice as stored, other text
    // as written.
    QVariant value;
};

// `FIELD OP VALUE`, `FIELD in (…)` or a bare yes/no field.
struct SegmentCondition
{
    SegmentField field = SegmentField::Stays;
    SegmentOperator op = SegmentOperator::IsTrue;
    QList<SegmentValue> values; // one, except for `in`; none for a bare field
    int column = 0;             // where the field's name starts
};

// A node of a parsed rule: all of (AND), any of (OR), not, or one condition.
struct SegmentNode
{
    enum class Kind { All, Any, Not, Condition };
    Kind kind = Kind::Condition;
    std::vector<SegmentNode> children; // All and Any: two or more; Not: one
    SegmentCondition condition;        // Condition only
};

// A guest segment's rule in the segment language (docs/segments.md), read and checked: every
// field known, every operator one its field takes, every value of its field's type. Errors are
// InvalidInput on field "rule", and say where: "column 12: \"staays\" is not a field; …".
class SegmentRule final
{
    Q_DECLARE_TR_FUNCTIONS(SegmentRule)

public:
    // Longest rule read, in characters, and deepest nesting of parentheses and NOTs.
    static constexpr int MaxLength = 4000;
    static constexpr int MaxDepth = 40;
    static constexpr int MaxValues = 500;

    [[nodiscard]] static Result<SegmentRule> parse(const QString &text);

    // The rule written one way: field names in lower case, AND/OR/NOT in capitals, one space
    // around operators, parentheses only where needed, text quoted only where needed. Parsing
    // it gives the same rule.
    [[nodiscard]] QString text() const;
    [[nodiscard]] const SegmentNode &root() const { return m_root; }
    // Whether any condition asks about `field` (archived guests are left out unless `archived` is).
    [[nodiscard]] bool mentions(SegmentField field) const;

private:
    SegmentRule() = default;
    SegmentNode m_root;
};

} // namespace innkeep
