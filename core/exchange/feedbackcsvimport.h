// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/recordcsvimport.h"
#include "feedback/feedbackchannel.h"
#include "feedback/ratingscale.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace innkeep {

class FeedbackService;
class FeedbackTeaching;

// Imports feedback from a CSV file (a review site's or a survey tool's export), each entry through
// FeedbackService::add, so it is analysed as feedback typed at the desk, in RecordCsvImport's frame
// (all or nothing, skip mode, dry run). Columns: date (ImportDate, a date or a date and time; needed),
// rating ("4/5", "8 / 10", "nps:9", or a number on the scale of a scale column or of setScale()),
// scale, text and title (a title goes before the text: an entry has one text), site or channel
// (review sites and social networks by name, or a channel token; empty: survey), language, the
// guest's e-mail or external id (matched to a stored guest when there is one; otherwise the entry
// has no guest) and a review id (read, not stored). An entry stored before this import began with
// the same guest, received time, rating and text is left alone and counted as skipped, so importing
// a file again adds nothing twice.
class FeedbackCsvImport final : public RecordCsvImport
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackCsvImport)

public:
    // `teaching`: the venue's (OpenVenue's), so imported text is read with what staff taught.
    explicit FeedbackCsvImport(Database &db, FeedbackTeaching *teaching = nullptr)
        : RecordCsvImport(db), m_teaching(teaching)
    {}
    ~FeedbackCsvImport() override;

    // The scale of ratings written as bare numbers when the file has no scale column (--scale).
    void setScale(std::optional<RatingScale> scale) { m_scale = scale; }
    // "5", "10" or "nps", and how exports write them ("/5", "1-5", "out of 10", "0-10" for NPS); an
    // InvalidInput error naming `field` otherwise.
    [[nodiscard]] static Result<RatingScale> readScale(const QString &field, const QString &text);
    // The field tokens a column can be read as (--map header=field).
    [[nodiscard]] static QStringList fields();
    // Each of fields() with its name as the window shows it ("Rating"), in that order.
    [[nodiscard]] static QList<RecordField> namedFields();
    // The field token a column with this header is read as when nothing is mapped; empty when none.
    [[nodiscard]] static QString recognise(const QString &header);
    // run() as a background job on `runner`, with progress and Cancel (RecordCsvImport::startJob);
    // `scale` as setScale(). The job reads the venue's teaching from its own connection.
    [[nodiscard]] static Result<std::unique_ptr<BackgroundJob>> start(JobRunner &runner, const QString &path,
                                                                      const RecordImportChoices &choices,
                                                                      std::optional<RatingScale> scale,
                                                                      bool dryRun = false);

    // Where a site or source as an export names it came from: a review site, a social network or
    // one of the desk's channels (a channel token or its usual words); the site's usual name is
    // returned beside it. Anything else is a review site of that name.
    struct Source
    {
        FeedbackChannel channel = FeedbackChannel::Survey;
        QString site;
    };
    [[nodiscard]] static Source sourceOf(const QString &text);

protected:
    [[nodiscard]] Result<CsvColumns> columnsOf(const QStringList &header) override;
    [[nodiscard]] Status begin() override;
    [[nodiscard]] Result<Outcome> storeRow(const CsvColumns &columns, const QStringList &record) override;

private:
    [[nodiscard]] Result<std::optional<Rating>> ratingOf(const CsvColumns &columns,
                                                         const QStringList &record) const;
    FeedbackTeaching *m_teaching = nullptr;
    std::unique_ptr<FeedbackTeaching> m_ownTeaching; // a background job's (start()), m_teaching's
    std::unique_ptr<FeedbackService> m_service;      // made by begin(), for the whole file
    std::optional<RatingScale> m_scale;
    qint64 m_storedBefore = 0; // the highest feedback id before this import
};

} // namespace innkeep
