// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentrule.h"

#include "common/textfield.h"
#include "segments/segmenttokens.h"
#include "segments/segmentvalues.h"

namespace innkeep {

namespace {

using Token = SegmentToken;
using Op = SegmentOperator;

// Recursive descent over the tokens: any := all (OR all)*; all := unary (AND unary)*;
// unary := NOT unary | '(' any ')' | condition.
class Parser
{
public:
    explicit Parser(const QList<Token> &tokens) : m_tokens(tokens) {}

    Result<SegmentNode> rule()
    {
        if (peek().kind == Token::Kind::End)
            return std::unexpected(SegmentTokens::problem(
                peek().column, SegmentRule::tr("the rule is empty; write a condition such as stays >= 2")));
        auto node = any();
        if (!node)
            return node;
        if (peek().kind == Token::Kind::Close)
            return std::unexpected(
                SegmentTokens::problem(peek().column, SegmentRule::tr("\")\" closes no \"(\"")));
        if (peek().kind != Token::Kind::End)
            return std::unexpected(expectedJoin());
        return node;
    }

private:
    const Token &peek() const { return m_tokens.at(m_at); }
    const Token &take() { return m_tokens.at(m_at++); }

    Error expectedJoin() const
    {
        QString message = SegmentRule::tr("expected AND, OR or \")\" before %1").arg(peek().shown());
        // After `city = New`, "York" is most likely the rest of the value.
        const bool afterValue = m_at >= 2 && m_tokens.at(m_at - 2).kind == Token::Kind::Operator;
        if (afterValue && peek().kind == Token::Kind::Word)
            message += SegmentRule::tr(" (quote a value that has spaces: \"New York\")");
        return SegmentTokens::problem(peek().column, message);
    }

    // Joins the children of `kind` read by `next` while the keyword `joiner` separates them.
    template<typename Next>
    Result<SegmentNode> joined(SegmentNode::Kind kind, const char *joiner, Next next)
    {
        auto first = next();
        if (!first)
            return first;
        if (!peek().is(joiner))
            return first;
        SegmentNode node;
        node.kind = kind;
        auto adopt = [&](SegmentNode &&child) {
            // (a AND b) AND c is a AND b AND c: one list, so text() and the SQL stay flat.
            if (child.kind == kind) {
                for (SegmentNode &grandchild : child.children)
                    node.children.push_back(std::move(grandchild));
            } else {
                node.children.push_back(std::move(child));
            }
        };
        adopt(std::move(*first));
        while (peek().is(joiner)) {
            take();
            auto child = next();
            if (!child)
                return child;
            adopt(std::move(*child));
        }
        return node;
    }

    Result<SegmentNode> any()
    {
        return joined(SegmentNode::Kind::Any, "or", [this] { return all(); });
    }
    Result<SegmentNode> all()
    {
        return joined(SegmentNode::Kind::All, "and", [this] { return unary(); });
    }

    Result<SegmentNode> unary()
    {
        if (++m_depth > SegmentRule::MaxDepth)
            return std::unexpected(SegmentTokens::problem(
                peek().column,
                SegmentRule::tr("the rule nests deeper than %1 levels").arg(SegmentRule::MaxDepth)));
        auto node = unaryInside();
        --m_depth;
        return node;
    }

    Result<SegmentNode> unaryInside()
    {
        if (peek().is("not")) {
            take();
            auto inner = unary();
            if (!inner)
                return inner;
            if (inner->kind == SegmentNode::Kind::Not) // NOT NOT x is x
                return std::move(inner->children.front());
            SegmentNode node;
            node.kind = SegmentNode::Kind::Not;
            node.children.push_back(std::move(*inner));
            return node;
        }
        if (peek().kind == Token::Kind::Open) {
            const Token &open = take();
            auto inner = any();
            if (!inner)
                return inner;
            if (peek().kind != Token::Kind::Close) {
                if (peek().kind == Token::Kind::End)
                    return std::unexpected(
                        SegmentTokens::problem(open.column, SegmentRule::tr("this \"(\" is never closed")));
                return std::unexpected(expectedJoin());
            }
            take();
            return inner;
        }
        return condition();
    }

    Result<SegmentNode> condition()
    {
        const Token &name = take();
        if (name.kind != Token::Kind::Word || name.is("and") || name.is("or")) {
            return std::unexpected(
                SegmentTokens::problem(name.column, SegmentRule::tr("expected a field before %1; fields: %2")
                                                        .arg(name.shown(), SegmentFields::names())));
        }
        const auto field = SegmentFields::byName(name.text);
        if (!field)
            return std::unexpected(SegmentTokens::problem(
                name.column,
                SegmentRule::tr("%1 is not a field; fields: %2").arg(name.shown(), SegmentFields::names())));
        SegmentNode node;
        node.condition.field = field->field;
        node.condition.column = name.column;
        auto op = operatorAfter(*field);
        if (!op)
            return std::unexpected(op.error());
        node.condition.op = *op;
        if (*op == Op::IsTrue)
            return node;
        if (*op == Op::In) {
            auto values = list(*field);
            if (!values)
                return std::unexpected(values.error());
            node.condition.values = *values;
            return node;
        }
        auto value = single(*field, *op);
        if (!value)
            return std::unexpected(value.error());
        node.condition.values.append(*value);
        return node;
    }

    Result<Op> operatorAfter(const SegmentFieldInfo &field)
    {
        const Token &token = peek();
        std::optional<Op> op;
        if (token.kind == Token::Kind::Operator) {
            static const QList<std::pair<QString, Op>> symbols{
                {QStringLiteral("="), Op::Equal},   {QStringLiteral("!="), Op::NotEqual},
                {QStringLiteral("<"), Op::Less},    {QStringLiteral("<="), Op::LessOrEqual},
                {QStringLiteral(">"), Op::Greater}, {QStringLiteral(">="), Op::GreaterOrEqual}};
            for (const auto &[symbol, which] : symbols) {
                if (token.text == symbol)
                    op = which;
            }
        } else if (token.is("in")) {
            op = Op::In;
        } else if (token.is("within")) {
            op = Op::Within;
        } else if (token.is("before")) {
            op = Op::Before;
        } else if (token.is("after")) {
            op = Op::After;
        }
        if (!op) {
            // Nothing that compares: a bare yes/no field, or a field that needs a comparison.
            if (SegmentFields::accepts(field.kind, Op::IsTrue))
                return Op::IsTrue; // what follows is for the caller to judge
            const bool ends = token.kind == Token::Kind::End || token.kind == Token::Kind::Close
                              || token.is("and") || token.is("or");
            if (ends)
                return std::unexpected(
                    SegmentTokens::problem(m_tokens.at(m_at - 1).column,
                                           SegmentRule::tr("\"%1\" is not a yes/no field; compare it with %2")
                                               .arg(field.name, SegmentFields::operatorsOf(field.kind))));
            return std::unexpected(SegmentTokens::problem(
                token.column, SegmentRule::tr("expected an operator after \"%1\" (%2), not %3")
                                  .arg(field.name, SegmentFields::operatorsOf(field.kind), token.shown())));
        }
        if (!SegmentFields::accepts(field.kind, *op))
            return std::unexpected(SegmentTokens::problem(
                token.column, SegmentRule::tr("\"%1\" cannot be compared with %2; use %3")
                                  .arg(field.name, token.shown(), SegmentFields::operatorsOf(field.kind))));
        take();
        return *op;
    }

    Result<SegmentValue> single(const SegmentFieldInfo &field, Op op)
    {
        const Token &token = take();
        if (token.kind != Token::Kind::Word && token.kind != Token::Kind::Quoted)
            return std::unexpected(SegmentTokens::problem(
                token.column,
                SegmentRule::tr("expected a value for \"%1\", not %2").arg(field.name, token.shown())));
        return SegmentValues::read(field, op, token);
    }

    Result<QList<SegmentValue>> list(const SegmentFieldInfo &field)
    {
        if (peek().kind != Token::Kind::Open)
            return std::unexpected(SegmentTokens::problem(
                peek().column, SegmentRule::tr("expected \"(\" after in, not %1").arg(peek().shown())));
        take();
        QList<SegmentValue> values;
        while (true) {
            auto value = single(field, Op::In);
            if (!value)
                return std::unexpected(value.error());
            if (++m_values > SegmentRule::MaxValues)
                return std::unexpected(SegmentTokens::problem(
                    value->column,
                    SegmentRule::tr("a rule holds at most %1 values").arg(SegmentRule::MaxValues)));
            values.append(*value);
            const Token &after = take();
            if (after.kind == Token::Kind::Close)
                return values;
            if (after.kind != Token::Kind::Comma)
                return std::unexpected(SegmentTokens::problem(
                    after.column,
                    SegmentRule::tr("expected \",\" or \")\" in the list, not %1").arg(after.shown())));
        }
    }

    const QList<Token> &m_tokens;
    qsizetype m_at = 0;
    int m_depth = 0;
    int m_values = 0;
};

bool mentionsIn(const SegmentNode &node, SegmentField field)
{
    if (node.kind == SegmentNode::Kind::Condition)
        return node.condition.field == field;
    for (const SegmentNode &child : node.children) {
        if (mentionsIn(child, field))
            return true;
    }
    return false;
}

QString conditionText(const SegmentCondition &condition)
{
    const SegmentFieldInfo &field = SegmentFields::info(condition.field);
    if (condition.op == Op::IsTrue)
        return field.name;
    QString text = field.name + u' ' + SegmentFields::operatorText(condition.op) + u' ';
    if (condition.op != Op::In)
        return text + SegmentValues::text(condition.values.constFirst());
    QStringList values;
    for (const SegmentValue &value : condition.values)
        values.append(SegmentValues::text(value));
    return text + u'(' + values.join(QStringLiteral(", ")) + u')';
}

// `node` as text; `parent` says whether it needs parentheses there.
QString nodeText(const SegmentNode &node, SegmentNode::Kind parent)
{
    switch (node.kind) {
    case SegmentNode::Kind::Condition: return conditionText(node.condition);
    case SegmentNode::Kind::Not: return QStringLiteral("NOT ") + nodeText(node.children.front(), node.kind);
    case SegmentNode::Kind::All:
    case SegmentNode::Kind::Any: {
        QStringList parts;
        for (const SegmentNode &child : node.children)
            parts.append(nodeText(child, node.kind));
        const QString text = parts.join(node.kind == SegmentNode::Kind::All ? QStringLiteral(" AND ")
                                                                            : QStringLiteral(" OR "));
        // NOT binds tighter than AND, AND tighter than OR.
        const bool bracket = parent == SegmentNode::Kind::Not
                             || (parent == SegmentNode::Kind::All && node.kind == SegmentNode::Kind::Any);
        return bracket ? u'(' + text + u')' : text;
    }
    }
    return {};
}

} // namespace

Result<SegmentRule> SegmentRule::parse(const QString &text)
{
    if (auto ok = TextField::check(QStringLiteral("rule"), text, MaxLength, true); !ok)
        return std::unexpected(ok.error());
    auto tokens = SegmentTokens::read(text);
    if (!tokens)
        return std::unexpected(tokens.error());
    auto root = Parser(*tokens).rule();
    if (!root)
        return std::unexpected(root.error());
    SegmentRule rule;
    rule.m_root = std::move(*root);
    return rule;
}

QString SegmentRule::text() const
{
    return nodeText(m_root, SegmentNode::Kind::Any);
}

bool SegmentRule::mentions(SegmentField field) const
{
    return mentionsIn(m_root, field);
}

} // namespace innkeep
