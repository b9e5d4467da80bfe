// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "insightsreport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>

namespace innkeep {

// The Insights report as a PDF (A4 portrait, vector charts, fonts embedded): title page with the
// KPI table and its deltas, the twelve-month charts, complaints and their outcomes, feedback
// topics, guest mix, and an appendix with every KPI's formula. Each page has the venue and
// period in its header and "page n of m" in its footer; a table row never breaks across pages.
// Needs a QGuiApplication (fonts); the offscreen platform is enough.
class ReportPdf final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    // The PDF's bytes, figures written in `locale`. Io error when there is no QGuiApplication or
    // the PDF cannot be drawn.
    [[nodiscard]] static Result<QByteArray> render(const InsightsReport &report, const QLocale &locale = {});
};

} // namespace innkeep
