// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightscomputation.h"

#include "common/clock.h"
#include "jobs/backgroundjob.h"
#include "jobs/jobcontext.h"
#include "jobs/jobrunner.h"

#include <QElapsedTimer>

namespace innkeep::ui {

namespace {

Error cancelled()
{
    return Error{Error::Code::Cancelled, {}, {}, {}, 0};
}

} // namespace

InsightsComputation::InsightsComputation(JobRunner &jobs, QObject *parent) : QObject(parent), m_jobs(jobs) {}

InsightsComputation::~InsightsComputation() = default; // a running job is cancelled and waited for

bool InsightsComputation::isRunning() const
{
    return m_job && m_job->isRunning();
}

Result<InsightsFigures> InsightsComputation::compute(JobContext &context, const KpiPeriod &period,
                                                     const KpiFilter &filter, bool withChoices)
{
    QElapsedTimer timer;
    timer.start();
    InsightsFigures figures;
    figures.period = period;
    figures.filter = filter;
    figures.thread = QThread::currentThread();
    qint64 lap = 0;
    auto step = [&](const char *name) {
        const qint64 now = timer.elapsed();
        figures.steps.append({QString::fromLatin1(name), now - lap});
        lap = now;
    };
    auto facts = KpiFacts::load(context.db(), filter, context.clock().nowMs());
    step("facts");
    if (!facts)
        return std::unexpected(facts.error());
    auto shared = std::make_shared<const KpiFacts>(std::move(*facts));
    figures.facts = shared;
    if (context.isCancelled())
        return std::unexpected(cancelled());
    figures.board = KpiBoard::read(*shared, period);
    step("board");
    for (const auto &kpi : KpiBoard::all()) {
        if (context.isCancelled())
            return std::unexpected(cancelled());
        figures.sparklines.insert(kpi->key(), KpiBoard::monthly(*shared, *kpi, period.to, SparklineMonths));
    }
    step("sparklines");
    figures.series = InsightSeries::compute(*shared, period, SparklineMonths);
    step("series");
    if (context.isCancelled())
        return std::unexpected(cancelled());
    // The topic summary counts every entry of the period (it takes no filter); a failure here
    // leaves the KPIs standing.
    if (auto topics = FeedbackTopicSummary(context.db()).between(period.from, period.to))
        figures.topics = std::move(*topics);
    else
        figures.topicsError = topics.error().message;
    step("topics");
    if (withChoices) {
        auto choices = InsightLists(context.db()).choices();
        if (!choices)
            return std::unexpected(choices.error());
        figures.choices = std::move(*choices);
        figures.hasChoices = true;
        step("choices");
    }
    figures.computeMs = timer.elapsed();
    return figures;
}

void InsightsComputation::start(const KpiPeriod &period, const KpiFilter &filter, bool withChoices)
{
    if (m_job) {
        // The older request's result is stale: stop it and never deliver it.
        // It goes when its worker has stopped (or with this object, which then waits for it), so
        // the GUI thread never waits for a step of a computation nobody wants any more.
        BackgroundJob *stale = m_job.release();
        disconnect(stale, nullptr, this, nullptr);
        if (stale->isRunning()) {
            stale->setParent(this);
            connect(stale, &BackgroundJob::finished, stale, &QObject::deleteLater);
            stale->cancel();
        } else {
            delete stale;
        }
    }
    auto job = m_jobs.start<InsightsFigures>(tr("the insights figures"), JobAccess::Reads,
                                             [period, filter, withChoices](JobContext &context) {
                                                 return compute(context, period, filter, withChoices);
                                             });
    if (!job) {
        Q_EMIT failed(job.error());
        return;
    }
    m_job = std::move(*job);
    BackgroundJob *running = m_job.get();
    connect(running, &BackgroundJob::finished, this, [this, running](const Status &status) {
        if (m_job.get() != running)
            return;
        auto figures = running->result<InsightsFigures>();
        if (figures)
            Q_EMIT computed(*figures);
        else if (!status || figures.error().code != Error::Code::Cancelled)
            Q_EMIT failed(figures.error());
    });
}

} // namespace innkeep::ui
