// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "insightsfigures.h"

#include <QObject>

#include <memory>

namespace innkeep {
class BackgroundJob;
class JobContext;
class JobRunner;
} // namespace innkeep

namespace innkeep::ui {

// Computes the Insights page's figures in reading jobs of the venue's JobRunner (their own
// connection, on a worker): the facts, the KPI board, every KPI's 12-month sparkline, the chart
// series and the topic summary. One computation at a time: a new request while one runs cancels
// it and its result is never delivered, so the page always ends with the latest request's figures.
//
// The venue's facts stay in memory between computations ("resident"; read ahead by prefetch()).
// A request with resident facts first delivers the tiles' figures narrowed from them (tens of
// milliseconds even at 100,000 guests), then the complete figures; the complete stage reads the
// file again unless the resident facts are younger than FreshForMs and no record changed since
// (forgetFacts()), so SLA states and new records are never older than that on screen.
class InsightsComputation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightsComputation)

public:
    explicit InsightsComputation(JobRunner &jobs, QObject *parent = nullptr);
    ~InsightsComputation() override;

    // `withChoices`: also read the filter choices (the values guests carry), which only the
    // venue's records change, not the filters (≈ 0.1–0.2 s at 100,000 guests).
    void start(const KpiPeriod &period, const KpiFilter &filter, bool withChoices = true);
    [[nodiscard]] bool isRunning() const;
    // Reads the venue's facts in the background so the page's first showing paints at once.
    void prefetch();
    // The venue's records changed: the resident facts may only paint the first stage.
    void forgetFacts() { m_residentFresh = false; }
    [[nodiscard]] bool hasResidentFacts() const { return m_resident != nullptr; }

    // The job's body (public for the tests of the thread it runs on). With `resident` facts
    // (unfiltered), they are narrowed instead of read again.
    [[nodiscard]] static Result<InsightsFigures> compute(JobContext &context, const KpiPeriod &period,
                                                         const KpiFilter &filter, bool withChoices = true,
                                                         std::shared_ptr<const KpiFacts> resident = {});
    // The first stage: the board from resident facts, narrowed by the filter.
    [[nodiscard]] static InsightsFigures tiles(const KpiFacts &resident, const KpiPeriod &period,
                                               const KpiFilter &filter);
    static constexpr int SparklineMonths = 12;
    static constexpr qint64 FreshForMs = 60 * 1000;

Q_SIGNALS:
    void computed(const innkeep::ui::InsightsFigures &figures);
    void failed(const innkeep::Error &error);

private:
    void startComplete(const KpiPeriod &period, const KpiFilter &filter, bool withChoices);
    void replaceJob(std::unique_ptr<BackgroundJob> job);
    void keepResident(std::shared_ptr<const KpiFacts> facts);

    JobRunner &m_jobs;
    std::unique_ptr<BackgroundJob> m_job;
    std::shared_ptr<const KpiFacts> m_resident; // unfiltered
    bool m_residentFresh = false;               // no record changed since it was read
    qint64 m_residentReadAt = 0;                // the job clock's now when it was read
    quint64 m_generation = 0;                   // requests started
    quint64 m_delivered = 0;                    // the request whose complete figures were delivered
};

} // namespace innkeep::ui
