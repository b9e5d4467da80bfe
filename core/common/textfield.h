// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace innkeep {

// The one rule for text that core stores, whoever typed it or whatever file brought it: no
// control characters (NUL, ESC, the rest of C0, DEL and C1; tab, line feed and carriage return
// are whitespace: kept in multi-line fields, one space in one-line fields), no lone surrogates, and no more
// than the field's limit (common/fieldlimits.h). Errors are InvalidInput and name `field`.
class TextField final
{
    Q_DECLARE_TR_FUNCTIONS(TextField)

public:
    // One-line text (names, codes, labels): returned with runs of whitespace (tabs and line breaks
    // included) collapsed to one space and the ends trimmed.
    [[nodiscard]] static Result<QString> line(const QString &field, const QString &text, int limit);
    // Multi-line text (notes, complaint and feedback text): tabs and line feeds are kept, CR LF and a
    // lone CR are read as a line feed, and the ends are trimmed.
    [[nodiscard]] static Result<QString> lines(const QString &field, const QString &text, int limit);

    // The problem with `text`, if any, without tidying it: for values that are checked here and
    // parsed elsewhere (phone numbers, e-mails, codes).
    [[nodiscard]] static Status check(const QString &field, const QString &text, int limit,
                                      bool multiLine = false);

    // `text` as an error message may quote it: at most FieldLimit::Quoted characters (then "…"),
    // control characters shown as \xNN, so a message stays one short, printable line.
    [[nodiscard]] static QString quoted(const QString &text);

    // True for the characters no field stores (`multiLine` lets tab, LF and CR through).
    [[nodiscard]] static bool isRefused(char32_t c, bool multiLine);
};

} // namespace innkeep
