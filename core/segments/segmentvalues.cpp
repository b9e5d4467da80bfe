// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentvalues.h"

#include "common/calendardate.h"
#include "common/fieldlimits.h"
#include "common/languagecode.h"
#include "common/textfield.h"

#include <QLocale>
#include <QRegularExpression>

namespace innkeep {

namespace {

using Kind = SegmentValueKind;

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

const QString PeriodPattern = QStringLiteral("([0-9]{1,5})([dwmyDWMY])");

} // namespace

QString SegmentValues::tagKey(const QString &tag)
{
    QString key = tag.trimmed();
    if (key.startsWith(u'#'))
        key.remove(0, 1);
    return key.simplified().toLower();
}

Result<SegmentValue> SegmentValues::read(const SegmentFieldInfo &field, SegmentOperator op,
                                         const SegmentToken &token)
{
    SegmentValue value{token.text, token.kind == SegmentToken::Kind::Quoted, token.column, {}};
    const QString written = token.text.trimmed();
    const QString shown = token.shown();
    auto wrong = [&](const QString &message) -> Result<SegmentValue> {
        return std::unexpected(SegmentTokens::problem(token.column, message));
    };
    switch (field.kind) {
    case Kind::Count:
    case Kind::Integer:
        if (!matches(field.kind == Kind::Count ? QStringLiteral("[0-9]{1,9}")
                                               : QStringLiteral("-?[0-9]{1,9}"),
                     written))
            return wrong(tr("%1 is not a whole number; write %2 %3 2")
                             .arg(shown, field.name, SegmentFields::operatorText(op)));
        value.value = written.toLongLong();
        break;
    case Kind::Month:
        if (!matches(QStringLiteral("[0-9]{1,2}"), written) || written.toInt() < 1 || written.toInt() > 12)
            return wrong(tr("%1 is not a month; %2 takes 1 to 12").arg(shown, field.name));
        value.value = written.toLongLong();
        break;
    case Kind::VipLevel:
        if (!matches(QStringLiteral("[0-3]"), written))
            return wrong(tr("%1 is not a VIP level; %2 takes 0 to 3").arg(shown, field.name));
        value.value = written.toLongLong();
        break;
    case Kind::Money:
        // Major units; minor digits are checked against the venue's currency when compiled.
        if (!matches(QStringLiteral("[0-9]{1,12}([.,][0-9]{1,4})?"), written))
            return wrong(
                tr("%1 is not an amount; %2 takes one in the venue's currency such as 1000 or 249.50")
                    .arg(shown, field.name));
        value.value = QString(written).replace(u',', u'.');
        break;
    case Kind::Rating: {
        bool number = matches(QStringLiteral("[0-9]{1,2}(\\.[0-9]{1,3})?"), written);
        const double rating = written.toDouble();
        if (!number || rating < 1 || rating > 5)
            return wrong(tr("%1 is not a rating; %2 takes 1 to 5").arg(shown, field.name));
        value.value = rating;
        break;
    }
    case Kind::Date:
        if (op == SegmentOperator::Within) {
            const auto match =
                QRegularExpression(QRegularExpression::anchoredPattern(PeriodPattern)).match(written);
            if (!match.hasMatch() || match.captured(1).toInt() < 1)
                return wrong(tr("%1 is not a period such as 30d, 12w, 6m or 2y").arg(shown));
            value.value = QString(QString::number(match.captured(1).toInt()) + match.captured(2).toLower());
            break;
        }
        if (const QDate date = CalendarDate::fromIso(written); date.isValid())
            value.value = date.toString(Qt::ISODate);
        else
            return wrong(tr("%1 is not a date in the form YYYY-MM-DD").arg(shown));
        break;
    case Kind::Text:
        if (written.isEmpty())
            return wrong(tr("%1 needs a value, not empty text").arg(field.name));
        if (auto ok = TextField::check(QStringLiteral("rule"), written, FieldLimit::Name); !ok)
            return wrong(ok.error().message);
        value.value = written.simplified();
        break;
    case Kind::Tag: {
        const QString tag = tagKey(written);
        if (tag.isEmpty())
            return wrong(tr("%1 needs a tag, not empty text").arg(field.name));
        if (auto ok = TextField::check(QStringLiteral("rule"), tag, FieldLimit::Tag); !ok)
            return wrong(ok.error().message);
        value.value = tag;
        break;
    }
    case Kind::CountryCode: {
        const QString code = written.toUpper();
        if (!matches(QStringLiteral("[A-Z]{2}"), code)
            || QLocale::codeToTerritory(code) == QLocale::AnyTerritory)
            return wrong(tr("%1 is not a two-letter country code such as AM or GE").arg(shown));
        value.value = code;
        break;
    }
    case Kind::LanguageCode: {
        auto code = LanguageCode::normalised(QStringLiteral("rule"), written);
        if (!code || code->isEmpty())
            return wrong(tr("%1 is not a language code such as en, hy or ka").arg(shown));
        value.value = *code;
        break;
    }
    case Kind::Choice:
        if (!field.choices.contains(written.toLower()))
            return wrong(tr("%1 is not one of %2").arg(shown, field.choices.join(QStringLiteral(", "))));
        value.value = written.toLower();
        break;
    case Kind::Flag: {
        const QString word = written.toLower();
        if (word == QLatin1String("true") || word == QLatin1String("yes"))
            value.value = true;
        else if (word == QLatin1String("false") || word == QLatin1String("no"))
            value.value = false;
        else
            return wrong(tr("%1 is not true or false").arg(shown));
        break;
    }
    }
    return value;
}

QString SegmentValues::text(const SegmentValue &value)
{
    QString text;
    switch (value.value.typeId()) {
    case QMetaType::Bool: return value.value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::LongLong: return QString::number(value.value.toLongLong());
    case QMetaType::Double: return QString::number(value.value.toDouble(), 'g', 6);
    default: text = value.value.toString(); break;
    }
    // Bare when it reads back as one word and not as a keyword; "quoted" otherwise.
    static const QStringList keywords{
        QStringLiteral("and"),    QStringLiteral("or"),     QStringLiteral("not"),  QStringLiteral("in"),
        QStringLiteral("within"), QStringLiteral("before"), QStringLiteral("after")};
    if (matches(QStringLiteral("[\\p{L}\\p{M}\\p{N}_.\\-]+"), text) && !keywords.contains(text.toLower()))
        return text;
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

QDate SegmentValues::periodStart(const QString &period, const QDate &today)
{
    const auto match = QRegularExpression(QRegularExpression::anchoredPattern(PeriodPattern)).match(period);
    const int n = match.captured(1).toInt();
    switch (match.captured(2).at(0).toLower().unicode()) {
    case u'w': return today.addDays(-7LL * n);
    case u'm': return today.addMonths(-n);
    case u'y': return today.addYears(-n);
    default: return today.addDays(-n);
    }
}

} // namespace innkeep
