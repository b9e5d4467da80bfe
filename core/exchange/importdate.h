// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace innkeep {

// Dates as other systems' exports write them, read without guessing. ISO "YYYY-MM-DD" (and
// year-first "YYYY/MM/DD") and European dotted "DD.MM.YYYY" are always read; day and month may
// have one digit. A slashed or dashed date with the year last ("03/04/2024", "03-04-2024") is read
// when only one reading is possible (a part above 12, or day and month the same) or when the
// file's format is given; otherwise it is an error that says both readings and asks for the format,
// never a guess. Errors are InvalidInput without a field: the caller names its column.
class ImportDate final
{
    Q_DECLARE_TR_FUNCTIONS(ImportDate)

public:
    // The formats a file's dates can be declared in (--date-format), as written here; "D/M/YYYY"
    // and "M/D/YYYY" (one-letter forms) are read the same as their two-letter ones, and case does
    // not matter.
    [[nodiscard]] static QStringList formats();
    // Empty (no format given) or one of formats(); else an InvalidInput error naming the field
    // "date_format" and listing them.
    [[nodiscard]] static Status checkFormat(const QString &format);

    // A calendar date (see the class comment) in `format`, one of formats() or empty.
    [[nodiscard]] static Result<QDate> read(const QString &text, const QString &format = {});
    // A date, or a date and a time of day after a 'T' or a space ("2024-04-03T18:30",
    // "03.04.2024 18:30:15", "2024-04-03T18:30:00Z", "2024-04-03 18:30+02:00"). Without an offset
    // the time is local; a date alone is its local midnight.
    [[nodiscard]] static Result<QDateTime> readInstant(const QString &text, const QString &format = {});
};

} // namespace innkeep
