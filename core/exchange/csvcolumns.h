// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <cstddef>

namespace innkeep {

// One header variant an importer recognises: canonical() of the header, and the field token it is
// read as ("ignore" for a column known not to be read).
struct CsvAlias
{
    const char16_t *key;
    const char *field;
};

// One field of an importer: its token, and its name for the window (marked with QT_TRANSLATE_NOOP in
// the importer's translation context).
struct CsvFieldName
{
    const char *token;
    const char *name;
};

// A field a column of an imported file can be read as: its token (--map header=field) and its name
// as the window shows it, translated.
struct RecordField
{
    QString token;
    QString name;
};

// Which columns of an imported CSV file hold which of an importer's fields (stays, feedback).
// Headers are matched ignoring case, spaces and punctuation ("Check-in date" is "checkindate"),
// against the fields' own tokens and the importer's aliases. A column nobody recognises is an
// error naming it, unless it is mapped (to a field or to "ignore") or unknown columns are ignored.
class CsvColumns final
{
    Q_DECLARE_TR_FUNCTIONS(CsvColumns)

public:
    // `fields`: the importer's field tokens ("arrival", "booking_ref"), each recognised by itself.
    // `aliases`: canonical() header → field token. `overrides`: header as written → field token or
    // "ignore" (--map); a header the file does not have is an error (field "map").
    [[nodiscard]] static Result<CsvColumns> fromHeader(const QStringList &header, const QStringList &fields,
                                                       const QHash<QString, QString> &aliases,
                                                       const QHash<QString, QString> &overrides,
                                                       bool ignoreUnknown);
    // `overrides` (--map: header as written → field token) keyed by the header in lower case; a
    // header the file does not have is an error naming it and listing the file's (field "map").
    [[nodiscard]] static Result<QHash<QString, QString>>
    overridesOf(const QStringList &header, const QHash<QString, QString> &overrides);
    // The field a column with this header is read as when nothing is mapped: one of `fields` by its
    // own token, or an alias's field; empty when it is neither.
    [[nodiscard]] static QString recognise(const QString &header, const QStringList &fields,
                                           const QHash<QString, QString> &aliases);
    // An importer's alias table as recognise() and fromHeader() take it: canonical header → field.
    template<std::size_t N>
    [[nodiscard]] static QHash<QString, QString> aliasHash(const CsvAlias (&aliases)[N])
    {
        QHash<QString, QString> hash;
        for (const CsvAlias &alias : aliases)
            hash.insert(QString::fromUtf16(alias.key), QString::fromLatin1(alias.field));
        return hash;
    }
    // The tokens of an importer's fields, in the table's order.
    template<std::size_t N>
    [[nodiscard]] static QStringList tokensOf(const CsvFieldName (&fields)[N])
    {
        QStringList tokens;
        for (const CsvFieldName &field : fields)
            tokens.append(QString::fromLatin1(field.token));
        return tokens;
    }
    // The same with each field's name translated in `context` (the importer's).
    template<std::size_t N>
    [[nodiscard]] static QList<RecordField> namesOf(const CsvFieldName (&fields)[N], const char *context)
    {
        QList<RecordField> named;
        for (const CsvFieldName &field : fields)
            named.append(
                {QString::fromLatin1(field.token), QCoreApplication::translate(context, field.name)});
        return named;
    }
    // The header reduced to lower-case letters and digits: "E-Mail Address" → "emailaddress".
    [[nodiscard]] static QString canonical(const QString &header);

    [[nodiscard]] bool has(const QString &field) const { return m_index.contains(field); }
    // The field's cell in `record`, trimmed; empty when the file has no such column. A leading
    // apostrophe before = + - @ (what a CSV export puts there against spreadsheet formulas) is dropped.
    [[nodiscard]] QString cell(const QStringList &record, const QString &field) const;
    // An error when the record has more non-empty fields than the header has columns.
    [[nodiscard]] Status checkWidth(const QStringList &record) const;
    // The headers whose columns are not read, as written.
    [[nodiscard]] const QStringList &ignoredHeaders() const { return m_ignored; }

private:
    QHash<QString, qsizetype> m_index; // field token → column
    QStringList m_ignored;
    qsizetype m_columns = 0;
};

} // namespace innkeep
