// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "guests/guest.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace innkeep {

// Which guest field a CSV column fills.
enum class GuestColumn {
    Ignore,
    Salutation,
    GivenName,
    FamilyName,
    FullName, // "Given Family" or "Family, Given"
    NativeGivenName,
    NativeFamilyName,
    LatinGivenName,
    LatinFamilyName,
    Email, // several per cell separated by ; | or ,
    Phone, // several per cell separated by ; or |
    Language,
    Nationality,
    Birthday,
    Anniversary,
    Company,
    Street,
    City,
    PostalCode,
    Country,
    Tags,
    Vip,
    Source,
    Notes,
    Press,
    BlockedReason,
    ConsentEmail,
    ConsentSms,
    ConsentPhone,
    ConsentMarketing,
};

// The guest field token of a column kind ("given_name", "email", "ignore"), as --map takes it.
[[nodiscard]] QString toToken(GuestColumn column);
[[nodiscard]] std::optional<GuestColumn> guestColumnFromToken(const QString &token);
// "Given name in Latin letters", for choosing what a column is.
[[nodiscard]] QString displayText(GuestColumn column);
// Every kind of column, Ignore first.
[[nodiscard]] QList<GuestColumn> allGuestColumns();

// How the columns of a guest CSV file map to guest fields. Headers are matched ignoring case,
// spaces and punctuation, with the usual variants ("First name", "given_name", "Vorname",
// "E-mail 2", "Mobile", "Date of birth", "Zip"…). Columns nobody recognises are an error that
// names them, unless the caller's mapping says what they are (or "ignore").
class GuestCsvMapping final
{
    Q_DECLARE_TR_FUNCTIONS(GuestCsvMapping)

public:
    // `overrides` maps a header, as written in the file, to a field token (see toToken()); an
    // override naming a header the file does not have is an error (field "map"). With
    // `ignoreUnknown`, columns nobody recognises are ignored (ignoredHeaders()) instead of refused.
    [[nodiscard]] static Result<GuestCsvMapping> fromHeader(const QStringList &header,
                                                            const QHash<QString, QString> &overrides = {},
                                                            bool ignoreUnknown = false);
    // The column a header means by itself, if it is one we recognise.
    [[nodiscard]] static std::optional<GuestColumn> recognise(const QString &header);

    // Fills `guest` and `notes` from one record. An error names the field; the caller adds file and line.
    [[nodiscard]] Status read(const QStringList &record, Guest &guest, QStringList &notes) const;

    [[nodiscard]] const QList<GuestColumn> &columns() const { return m_columns; }
    [[nodiscard]] qsizetype columnCount() const { return m_columns.size(); }
    // The headers whose columns are not read (mapped to "ignore", or unknown with ignoreUnknown),
    // as written, for the import to report.
    [[nodiscard]] const QStringList &ignoredHeaders() const { return m_ignored; }

private:
    QList<GuestColumn> m_columns;
    QStringList m_ignored;
    bool m_hasNativeGiven = false;
    bool m_hasNativeFamily = false;
};

} // namespace innkeep
