// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handoverpdf.h"
#include "tickets/ticketquery.h"

#include <QDialog>

class QDateTimeEdit;
class QSpinBox;
class QTextBrowser;
class QTextDocument;

namespace innkeep::ui {

class MessageBar;
class TicketServices;

// The shift handover: overdue, due soon, other open and resolved-since tickets. One sheet of words
// (sheet()) is previewed here and printed or saved as a PDF by HandoverPdf: A4 landscape, full
// width, signed off by who hands over and who takes over. Shift start defaults to eight hours ago.
class HandoverDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoverDialog)

public:
    explicit HandoverDialog(TicketServices &services, QWidget *parent = nullptr);

    void regenerate();
    // Writes the report as an A4 PDF; false (and a message on the bar) when it cannot.
    bool saveAsPdf(const QString &path);
    [[nodiscard]] QTextDocument *document() const;
    [[nodiscard]] const HandoverReport &report() const { return m_report; }
    [[nodiscard]] const HandoverSheet &sheet() const { return m_sheet; }
    // The report in words: venue, who hands over, each section's rows as the desk reads them.
    [[nodiscard]] static HandoverSheet sheet(const HandoverReport &report, TicketServices &services);
    // The sheet as the preview shows it.
    [[nodiscard]] static QString html(const HandoverSheet &sheet);

private:
    void print();
    void savePdfAs();

    TicketServices &m_services;
    MessageBar *m_messages;
    QDateTimeEdit *m_since;
    QSpinBox *m_hours;
    QTextBrowser *m_preview;
    HandoverReport m_report;
    HandoverSheet m_sheet;
};

} // namespace innkeep::ui
