// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagetemplate.h"

#include "common/textfield.h"

namespace innkeep {

namespace {

// Walks `text`, handing literal runs and placeholder names to the callbacks; the error when a
// brace is unpaired or a name unknown.
template<typename Literal, typename Name>
Status walk(const QString &field, const QString &text, Literal literal, Name name)
{
    const QStringList &known = TemplateText::placeholders();
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'{' && i + 1 < text.size() && text.at(i + 1) == u'{') {
            literal(QStringView(u"{"));
            i += 2;
        } else if (c == u'}' && i + 1 < text.size() && text.at(i + 1) == u'}') {
            literal(QStringView(u"}"));
            i += 2;
        } else if (c == u'}') {
            return fail(Error::Code::InvalidInput,
                        TemplateText::tr("A } closes no placeholder; write }} for a brace."), field);
        } else if (c == u'{') {
            const qsizetype close = text.indexOf(u'}', i + 1);
            const qsizetype nextOpen = text.indexOf(u'{', i + 1);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
                return fail(Error::Code::InvalidInput,
                            TemplateText::tr("A { opens no placeholder; write {{ for a brace."), field);
            const QString placeholder = text.mid(i + 1, close - i - 1);
            if (!known.contains(placeholder))
                return fail(Error::Code::InvalidInput,
                            TemplateText::tr("{%1} is not a placeholder; use one of %2.")
                                .arg(TextField::quoted(placeholder),
                                     u'{' + known.join(QStringLiteral("}, {")) + u'}'),
                            field);
            name(placeholder);
            i = close + 1;
        } else {
            qsizetype end = i;
            while (end < text.size() && text.at(end) != u'{' && text.at(end) != u'}')
                ++end;
            literal(QStringView(text).mid(i, end - i));
            i = end;
        }
    }
    return {};
}

} // namespace

const QStringList &TemplateText::placeholders()
{
    static const QStringList names{QStringLiteral("given_name"), QStringLiteral("family_name"),
                                   QStringLiteral("salutation"), QStringLiteral("last_stay_month"),
                                   QStringLiteral("room"),       QStringLiteral("tier"),
                                   QStringLiteral("points"),     QStringLiteral("venue")};
    return names;
}

Status TemplateText::check(const QString &field, const QString &text)
{
    return walk(
        field, text, [](QStringView) {}, [](const QString &) {});
}

QString TemplateText::fill(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size() + 64);
    const Status walked = walk(
        QString(), text, [&out](QStringView part) { out += part; },
        [&out, &values](const QString &name) { out += values.value(name); });
    // Stored templates are checked; an unchecked text with a bad brace is left as it was.
    return walked ? out : text;
}

} // namespace innkeep
