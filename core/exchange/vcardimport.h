// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "exchange/guestcsvimport.h"

#include <QCoreApplication>
#include <QString>

namespace innkeep {

class Database;

// Guests from a vCard file (an address book or phone export, or Innkeep's own vCard export) with
// the guest import's rules, choices and dry run: each contact (VCardReader) becomes a row of the
// import's own columns, which GuestCsvImport checks and writes, all or nothing. Problems name the
// vCard file and the line its card begins on. A contact's ORG becomes the company, CATEGORIES its
// tags, NOTE a note, the first ADR the address (a country written as a name is stored as its code).
class VCardImport final
{
    Q_DECLARE_TR_FUNCTIONS(VCardImport)

public:
    // Larger is refused before it is read (a phone's whole address book is a few megabytes).
    static constexpr qint64 MaxBytes = 64LL * 1024 * 1024;

    explicit VCardImport(Database &db) : m_db(db) {}

    [[nodiscard]] Result<GuestImportSummary> run(const QString &path, const GuestImportChoices &choices,
                                                 bool dryRun = false);

private:
    Database &m_db;
};

} // namespace innkeep
