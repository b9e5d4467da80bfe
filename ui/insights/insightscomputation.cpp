// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightscomputation.h"

#include "common/clock.h"
#include "jobs/backgroundjob.h"
#include "jobs/jobcontext.h"
#include "jobs/jobrunner.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent>

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

InsightsFigures InsightsComputation::tiles(const KpiFacts &resident, const KpiPeriod &period,
                                           const KpiFilter &filter)
{
    QElapsedTimer timer;
    timer.start();
    InsightsFigures figures;
    figures.period = period;
    figures.filter = filter;
    figures.complete = false;
    figures.thread = QThread::currentThread();
    figures.board = filter.isEmpty() ? KpiBoard::read(resident, period)
                                     : KpiBoard::read(resident.narrowed(filter), period);
    figures.computeMs = timer.elapsed();
    figures.steps.append({QStringLiteral("tiles"), figures.computeMs});
    return figures;
}

Result<InsightsFigures> InsightsComputation::compute(JobContext &context, const KpiPeriod &period,
                                                     const KpiFilter &filter, bool withChoices,
                                                     std::shared_ptr<const KpiFacts> resident)
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
    if (!resident) {
        auto all = KpiFacts::load(context.db(), KpiFilter{}, context.clock().nowMs());
        if (!all)
            return std::unexpected(all.error());
        resident = std::make_shared<const KpiFacts>(std::move(*all));
    }
    figures.allFacts = resident;
    auto shared = filter.isEmpty() ? resident : std::make_shared<const KpiFacts>(resident->narrowed(filter));
    step("facts");
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

void InsightsComputation::replaceJob(std::unique_ptr<BackgroundJob> job)
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
    m_job = std::move(job);
}

void InsightsComputation::keepResident(std::shared_ptr<const KpiFacts> facts)
{
    if (!facts || facts == m_resident)
        return;
    m_resident = std::move(facts);
    m_residentFresh = true;
    m_residentReadAt = m_resident->nowMs;
}

void InsightsComputation::prefetch()
{
    if (m_resident || m_job)
        return;
    auto job = m_jobs.start<std::shared_ptr<const KpiFacts>>(
        tr("the insights figures"), JobAccess::Reads,
        [](JobContext &context) -> Result<std::shared_ptr<const KpiFacts>> {
            auto all = KpiFacts::load(context.db(), KpiFilter{}, context.clock().nowMs());
            if (!all)
                return std::unexpected(all.error());
            return std::make_shared<const KpiFacts>(std::move(*all));
        });
    if (!job)
        return; // the page reads them when it is shown
    replaceJob(std::move(*job));
    BackgroundJob *running = m_job.get();
    connect(running, &BackgroundJob::finished, this, [this, running](const Status &) {
        if (m_job.get() != running)
            return;
        if (auto facts = running->result<std::shared_ptr<const KpiFacts>>())
            keepResident(*facts);
    });
}

void InsightsComputation::start(const KpiPeriod &period, const KpiFilter &filter, bool withChoices)
{
    const quint64 generation = ++m_generation;
    if (m_resident) {
        // The first stage on a pool thread (tens of milliseconds at 100,000 guests); delivered
        // only while it is still the latest request and its complete figures have not come first.
        auto *watcher = new QFutureWatcher<InsightsFigures>(this);
        connect(watcher, &QFutureWatcher<InsightsFigures>::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation == m_generation && m_delivered != generation)
                Q_EMIT computed(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(
            [resident = m_resident, period, filter] { return tiles(*resident, period, filter); }));
    }
    startComplete(period, filter, withChoices);
}

void InsightsComputation::startComplete(const KpiPeriod &period, const KpiFilter &filter, bool withChoices)
{
    std::shared_ptr<const KpiFacts> resident;
    if (m_resident && m_residentFresh && m_jobs.clock().nowMs() - m_residentReadAt < FreshForMs)
        resident = m_resident;
    auto job =
        m_jobs.start<InsightsFigures>(tr("the insights figures"), JobAccess::Reads,
                                      [period, filter, withChoices, resident](JobContext &context) {
                                          return compute(context, period, filter, withChoices, resident);
                                      });
    if (!job) {
        Q_EMIT failed(job.error());
        return;
    }
    replaceJob(std::move(*job));
    BackgroundJob *running = m_job.get();
    connect(running, &BackgroundJob::finished, this, [this, running](const Status &status) {
        if (m_job.get() != running)
            return;
        auto figures = running->result<InsightsFigures>();
        if (figures) {
            keepResident(figures->allFacts);
            m_delivered = m_generation;
            Q_EMIT computed(*figures);
        } else if (!status || figures.error().code != Error::Code::Cancelled)
            Q_EMIT failed(figures.error());
    });
}

} // namespace innkeep::ui
