// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace innkeep {

// The shift handover as the desk hands it over, its words already in the reader's language (the
// window writes them: labels, dates, SLA clocks). One sheet per section of the report.
struct HandoverSheet
{
    struct Section
    {
        QString title;           // "Overdue (3)"
        QList<QStringList> rows; // one cell per column
        QString more;            // "…and 12 more not listed here." or empty
        bool alarm = false;      // the deadline column is printed in the warning colour (overdue)
        QString whenTitle;       // the fifth column's title here when not the sheet's ("Resolved")
    };

    QString venue;
    QString title;        // "Shift handover"
    QString subtitle;     // generated, shift start, what "due soon" means
    QString handedOverBy; // the staff member on duty, printed on the sign-off line
    QStringList columns;  // severity, guest / room, category, status, due, complaint, assigned to
    QString none;         // what an empty section says ("None.")
    QList<Section> sections;
};

// The handover as a PDF: A4 landscape so the complaint text has the width, full-width tables whose
// rows never break across a page, the venue and "Page n of m" on every page, and a sign-off block
// (handed over by, taken over by, signature, time) kept whole at the end. One page for a usual
// shift. Needs a QGuiApplication (fonts); the offscreen platform is enough.
class HandoverPdf final
{
    Q_DECLARE_TR_FUNCTIONS(HandoverPdf)

public:
    [[nodiscard]] static Result<QByteArray> render(const HandoverSheet &sheet);
    // The same pages on any paged device set to 72 dpi, one unit a point (a QPrinter after
    // setResolution(72): its output is vector all the same); the device is turned to landscape.
    [[nodiscard]] static Status paint(const HandoverSheet &sheet, QPagedPaintDevice *device);
};

} // namespace innkeep
