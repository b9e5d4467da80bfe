// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/recordcsvimport.h"

#include <QCoreApplication>

namespace innkeep {

// Imports stays from a CSV file (a PMS or channel manager's reservation list), each through
// StayService with the same rules as a stay entered at the desk, in RecordCsvImport's frame (all or
// nothing, skip mode, dry run). Columns (headers in English and common German, French, Spanish and
// Russian spellings): arrival and departure (ImportDate), room, rate (nightly, in the row's currency
// or the venue's), revenue, currency, status (booked, in-house, checked-out, cancelled, no-show and
// the usual words for them; empty: checked-out when the departure is past, else booked),
// booking_ref, channel, purpose, party_size or adults and children; and the guest's keys:
// external_id, email, name or given_name and family_name (GuestMatch). A row whose guest is not
// stored is refused: guests are imported first. A stay stored before this import began for the
// same guest with the same booking reference (without one: the same arrival, departure and room)
// is left alone and counted as skipped, so importing a file again adds nothing twice.
class StayCsvImport final : public RecordCsvImport
{
    Q_DECLARE_TR_FUNCTIONS(StayCsvImport)

public:
    explicit StayCsvImport(Database &db) : RecordCsvImport(db) {}

    // The field tokens a column can be read as (--map header=field).
    [[nodiscard]] static QStringList fields();
    // Each of fields() with its name as the window shows it ("Arrival date"), in that order.
    [[nodiscard]] static QList<RecordField> namedFields();
    // The field token a column with this header is read as when nothing is mapped; empty when none.
    [[nodiscard]] static QString recognise(const QString &header);
    // run() as a background job on `runner`, with progress and Cancel (RecordCsvImport::startJob).
    [[nodiscard]] static Result<std::unique_ptr<BackgroundJob>>
    start(JobRunner &runner, const QString &path, const RecordImportChoices &choices, bool dryRun = false);

protected:
    [[nodiscard]] Result<CsvColumns> columnsOf(const QStringList &header) override;
    [[nodiscard]] Status begin() override;
    [[nodiscard]] Result<Outcome> storeRow(const CsvColumns &columns, const QStringList &record) override;

private:
    qint64 m_storedBefore = 0; // the highest stay id before this import
};

} // namespace innkeep
