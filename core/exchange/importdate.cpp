// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdate.h"

#include "common/textfield.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <optional>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

enum class Order { Unknown, DayFirst, MonthFirst };

// The format as formats() writes it ("d/m/yyyy" → "DD/MM/YYYY"), or empty when it is none of them.
QString canonicalFormat(const QString &format)
{
    QString upper = format.trimmed().toUpper();
    static const QRegularExpression single(u"(?<![DMY])([DM])(?![DMY])"_s);
    upper.replace(single, u"\\1\\1"_s);
    return ImportDate::formats().contains(upper) ? upper : QString();
}

Order orderOf(const QString &canonical)
{
    if (canonical == u"DD/MM/YYYY")
        return Order::DayFirst;
    if (canonical == u"MM/DD/YYYY")
        return Order::MonthFirst;
    return Order::Unknown;
}

Error invalid(const QString &message)
{
    return Error{Error::Code::InvalidInput, message, {}, {}, 0};
}

Result<QDate> dayOf(const QString &text, int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::unexpected(invalid(
            ImportDate::tr("\"%1\" is not a date: there is no such day.").arg(TextField::quoted(text))));
    return date;
}

} // namespace

QStringList ImportDate::formats()
{
    return {u"DD/MM/YYYY"_s, u"MM/DD/YYYY"_s, u"YYYY-MM-DD"_s, u"DD.MM.YYYY"_s};
}

Status ImportDate::checkFormat(const QString &format)
{
    if (format.trimmed().isEmpty() || !canonicalFormat(format).isEmpty())
        return {};
    return fail(Error::Code::InvalidInput,
                tr("\"%1\" is not a date format Innkeep reads; give one of %2 (D and M for one-digit "
                   "days and months are fine too).")
                    .arg(TextField::quoted(format), formats().join(u", "_s)),
                u"date_format"_s);
}

Result<QDate> ImportDate::read(const QString &givenText, const QString &format)
{
    static const QRegularExpression yearFirst(u"^(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})$"_s);
    static const QRegularExpression dotted(u"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"_s);
    static const QRegularExpression yearLast(u"^(\\d{1,2})([-/])(\\d{1,2})\\2(\\d{4})$"_s);
    const QString text = givenText.trimmed();
    if (const auto m = yearFirst.match(text); m.hasMatch())
        return dayOf(text, m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    if (const auto m = dotted.match(text); m.hasMatch())
        return dayOf(text, m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    const auto m = yearLast.match(text);
    if (!m.hasMatch())
        return std::unexpected(
            invalid(tr("\"%1\" is not a date; write it as YYYY-MM-DD or DD.MM.YYYY, or give the file's date "
                       "format with --date-format.")
                        .arg(TextField::quoted(text))));
    const int first = m.captured(1).toInt();
    const int second = m.captured(3).toInt();
    const int year = m.captured(4).toInt();
    const QString canonical = canonicalFormat(format);
    switch (orderOf(canonical)) {
    case Order::DayFirst:
    case Order::MonthFirst: {
        const bool dayFirst = orderOf(canonical) == Order::DayFirst;
        const QDate date(year, dayFirst ? second : first, dayFirst ? first : second);
        if (!date.isValid())
            return std::unexpected(invalid(
                tr("\"%1\" is not a date in the format %2.").arg(TextField::quoted(text), canonical)));
        return date;
    }
    case Order::Unknown: break;
    }
    // Only one reading possible: a part above 12 is the day, and the same number twice is the
    // same date either way.
    if (first > 12 && second <= 12)
        return dayOf(text, year, second, first);
    if (second > 12 && first <= 12)
        return dayOf(text, year, first, second);
    if (first == second)
        return dayOf(text, year, first, first);
    const QDate dayFirst(year, second, first);
    const QDate monthFirst(year, first, second);
    if (!dayFirst.isValid() || !monthFirst.isValid()) // 0 as a day or a month, or both above 12
        return std::unexpected(invalid(tr("\"%1\" is not a date.").arg(TextField::quoted(text))));
    const QLocale locale;
    const QString dayMonth = tr("d MMMM", "a day and a month's name, as QLocale writes them: 3 April");
    return std::unexpected(
        invalid(tr("\"%1\" could be %2 or %3; give the file's date format with --date-format DD/MM/YYYY or "
                   "MM/DD/YYYY.")
                    .arg(TextField::quoted(text), locale.toString(dayFirst, dayMonth),
                         locale.toString(monthFirst, dayMonth))));
}

Result<QDateTime> ImportDate::readInstant(const QString &givenText, const QString &format)
{
    static const QRegularExpression withTime(
        u"^(\\S+)(?:[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString text = givenText.trimmed();
    const auto m = withTime.match(text);
    if (!m.hasMatch()) {
        auto date = read(text, format);
        if (!date)
            return std::unexpected(date.error());
        return QDateTime(*date, QTime(0, 0), Qt::LocalTime);
    }
    auto date = read(m.captured(1), format);
    if (!date)
        return std::unexpected(date.error());
    const QTime time(m.captured(2).toInt(), m.captured(3).toInt(),
                     m.captured(4).isEmpty() ? 0 : m.captured(4).toInt());
    if (!time.isValid())
        return std::unexpected(
            invalid(tr("\"%1\" is not a time of day.").arg(TextField::quoted(text.mid(m.capturedStart(2))))));
    const QString offset = m.captured(5).toUpper();
    if (offset.isEmpty())
        return QDateTime(*date, time, Qt::LocalTime);
    if (offset == u"Z")
        return QDateTime(*date, time, QTimeZone::utc());
    QString digits = offset.mid(1);
    digits.remove(u':');
    const int hours = digits.left(2).toInt();
    const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
    if (hours > 14 || minutes > 59)
        return std::unexpected(
            invalid(tr("\"%1\" is not an offset from UTC.").arg(TextField::quoted(m.captured(5)))));
    const int seconds = (hours * 3600 + minutes * 60) * (offset.startsWith(u'-') ? -1 : 1);
    return QDateTime(*date, time, QTimeZone(seconds));
}

} // namespace innkeep
