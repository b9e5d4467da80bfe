// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmenttokens.h"

#include "common/textfield.h"

namespace innkeep {

namespace {

bool isPunctuation(QChar c)
{
    return c == u'(' || c == u')' || c == u',' || c == u'=' || c == u'!' || c == u'<' || c == u'>'
           || c == u'"' || c == u'\'';
}

} // namespace

bool SegmentToken::is(const char *keyword) const
{
    return kind == Kind::Word && text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
}

QString SegmentToken::shown() const
{
    if (kind == Kind::End)
        return SegmentTokens::tr("the end of the rule");
    return u'"' + TextField::quoted(text) + u'"';
}

Error SegmentTokens::problem(int column, const QString &message)
{
    return Error{
        Error::Code::InvalidInput, tr("column %1: ").arg(column) + message, QStringLiteral("rule"), {}, 0};
}

Result<QList<SegmentToken>> SegmentTokens::read(const QString &text)
{
    QList<SegmentToken> tokens;
    int column = 1; // of text[i], counted in code points
    qsizetype i = 0;
    auto step = [&] {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++i;
        ++column;
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            step();
            continue;
        }
        SegmentToken token;
        token.column = column;
        if (c == u'"' || c == u'\'') {
            token.kind = SegmentToken::Kind::Quoted;
            step();
            bool closed = false;
            while (i < text.size()) {
                QChar here = text.at(i);
                if (here == c) {
                    step();
                    closed = true;
                    break;
                }
                if (here == u'\\' && i + 1 < text.size()) {
                    step();
                    here = text.at(i);
                }
                token.text += here;
                if (here.isHighSurrogate() && i + 1 < text.size())
                    token.text += text.at(i + 1);
                step();
            }
            if (!closed)
                return std::unexpected(problem(
                    token.column, tr("the text that starts with %1 has no closing %1").arg(QString(c))));
        } else if (c == u'(' || c == u')' || c == u',') {
            token.kind = c == u'(' ? SegmentToken::Kind::Open
                                   : (c == u')' ? SegmentToken::Kind::Close : SegmentToken::Kind::Comma);
            token.text = QString(c);
            step();
        } else if (c == u'=' || c == u'!' || c == u'<' || c == u'>') {
            token.kind = SegmentToken::Kind::Operator;
            token.text = QString(c);
            step();
            if (i < text.size() && text.at(i) == u'=' && c != u'=') {
                token.text += u'=';
                step();
            } else if (c == u'<' && i < text.size() && text.at(i) == u'>') {
                token.text = QStringLiteral("!="); // SQL's way of writing it
                step();
            } else if (c == u'=' && i < text.size() && text.at(i) == u'=') {
                step(); // "==" as a programmer writes it
            } else if (c == u'!') {
                return std::unexpected(problem(token.column, tr("\"!\" is only part of \"!=\"; write NOT "
                                                                "before a condition to turn it round")));
            }
        } else {
            token.kind = SegmentToken::Kind::Word;
            while (i < text.size() && !text.at(i).isSpace() && !isPunctuation(text.at(i))) {
                token.text += text.at(i);
                if (text.at(i).isHighSurrogate() && i + 1 < text.size())
                    token.text += text.at(i + 1);
                step();
            }
        }
        tokens.append(token);
    }
    tokens.append(SegmentToken{SegmentToken::Kind::End, {}, column});
    return tokens;
}

} // namespace innkeep
