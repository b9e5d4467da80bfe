// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace innkeep {

// How far a long operation (import, export, demo fill) has got, as the work itself reports it step
// by step; run as a background job, JobContext::progressCallback() passes it on as a JobProgress.
struct ExchangeProgress
{
    qint64 done = 0;    // bytes read, or records written
    qint64 total = 0;   // bytes in the file, or records to write (0 when unknown)
    qint64 records = 0; // rows or guests handled so far
};
using ProgressCallback = std::function<void(const ExchangeProgress &)>;

// Set from another thread (BackgroundJob::cancel()) to ask the work to stop; the operation rolls
// back and reports Error::Code::Cancelled.
using CancelFlag = std::atomic_bool;

[[nodiscard]] inline bool isCancelled(const CancelFlag *flag)
{
    return flag && flag->load(std::memory_order_relaxed);
}

} // namespace innkeep
