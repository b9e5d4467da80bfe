// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "guests/guest.h"

#include <QCoreApplication>
#include <QDate>
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
    MiddleName, // added to the given name
    FullName,   // "Given Family" or "Family, Given", for the names the other columns leave empty
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
    AddressLine2,
    City,
    State,
    PostalCode,
    Country,
    ExternalId, // the guest's profile id in the system the file comes from
    BirthYear,  // a birthday written in three columns (Thunderbird)
    BirthMonth,
    BirthDayOfMonth,
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

// Which export the file is and how its dates are written, beside the column mapping.
struct GuestCsvFormat
{
    // A GuestImportPreset name, "none" for no preset, or empty to recognise one from the header.
    QString preset;
    // How slashed dates are written ("DD/MM/YYYY", "MM/DD/YYYY"; see ImportDate); empty: the
    // preset's, else only dates that can be read one way.
    QString dateFormat;
};

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
    // With a preset (GuestCsvFormat::preset, or recognised from the header), its columns are read
    // as the preset says, and the format's other columns are ignored and reported.
    [[nodiscard]] static Result<GuestCsvMapping> fromHeader(const QStringList &header,
                                                            const QHash<QString, QString> &overrides = {},
                                                            bool ignoreUnknown = false,
                                                            const GuestCsvFormat &format = {});
    // What each column of `header` is read as before anyone chooses: the preset's reading when the
    // header is one's export (or `preset` names one; "none": no preset), else each header's own
    // meaning; nullopt for a column nobody recognises. An unknown preset name is an error.
    struct Reading
    {
        QList<std::optional<GuestColumn>> columns;
        QString preset; // the preset used, empty when none
    };
    [[nodiscard]] static Result<Reading> readingOf(const QStringList &header, const QString &preset = {});
    // The column a header means by itself, if it is one we recognise.
    [[nodiscard]] static std::optional<GuestColumn> recognise(const QString &header);

    // Fills `guest` and `notes` from one record. An error names the field; the caller adds file and line.
    [[nodiscard]] Status read(const QStringList &record, Guest &guest, QStringList &notes) const;

    [[nodiscard]] const QList<GuestColumn> &columns() const { return m_columns; }
    [[nodiscard]] qsizetype columnCount() const { return m_columns.size(); }
    // The headers whose columns are not read (mapped to "ignore", or unknown with ignoreUnknown),
    // as written, for the import to report.
    [[nodiscard]] const QStringList &ignoredHeaders() const { return m_ignored; }
    // The preset the file was read with ("google"), empty when none.
    [[nodiscard]] const QString &presetName() const { return m_preset; }
    [[nodiscard]] const QString &dateFormat() const { return m_dateFormat; }

private:
    [[nodiscard]] Result<QDate> readDate(GuestColumn column, const QString &text) const;

    QList<GuestColumn> m_columns;
    QString m_preset;
    QString m_dateFormat;
    QString m_idPrefix;
    QStringList m_ignored;
    bool m_hasNativeGiven = false;
    bool m_hasNativeFamily = false;
};

} // namespace innkeep
