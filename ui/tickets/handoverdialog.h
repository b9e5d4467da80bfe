// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickets/ticketquery.h"

#include <QDialog>

class QDateTimeEdit;
class QSpinBox;
class QTextBrowser;
class QTextDocument;

namespace innkeep::ui {

class MessageBar;
class TicketServices;

// The shift handover: overdue, due soon, other open and resolved-since tickets, as a printable
// document (QTextDocument → QPrinter / QPdfWriter). Shift start defaults to eight hours ago.
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
    [[nodiscard]] static QString html(const HandoverReport &report, TicketServices &services);

private:
    void print();
    void savePdfAs();

    TicketServices &m_services;
    MessageBar *m_messages;
    QDateTimeEdit *m_since;
    QSpinBox *m_hours;
    QTextBrowser *m_preview;
    HandoverReport m_report;
};

} // namespace innkeep::ui
