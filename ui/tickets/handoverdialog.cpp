// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoverdialog.h"

#include "exchange/exportfile.h"
#include "ticketdisplaytext.h"
#include "ticketservices.h"
#include "widgets/datefield.h"
#include "widgets/filechooser.h"
#include "widgets/format.h"
#include "widgets/messagebar.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace innkeep::ui {

HandoverDialog::HandoverDialog(TicketServices &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_messages(new MessageBar), m_since(new QDateTimeEdit),
      m_hours(new QSpinBox), m_preview(new QTextBrowser)
{
    setWindowTitle(tr("Shift Handover"));
    const QDateTime now = services.openVenue.clock().now().toLocalTime();
    m_since->setDateTime(now.addSecs(-8 * 3600));
    m_since->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_since->setCalendarPopup(true);
    tabLeavesDateField(m_since);
    m_hours->setRange(1, 24);
    m_hours->setValue(2);
    m_hours->setSuffix(tr(" h"));

    auto *form = new QFormLayout;
    auto *sinceLabel = new QLabel(tr("Shift &started:"));
    sinceLabel->setBuddy(m_since);
    form->addRow(sinceLabel, m_since);
    auto *hoursLabel = new QLabel(tr("&Due within:"));
    hoursLabel->setBuddy(m_hours);
    form->addRow(hoursLabel, m_hours);
    m_preview->setAccessibleName(tr("Handover report"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Save as PD&F…"), QDialogButtonBox::ActionRole);
    connect(print, &QPushButton::clicked, this, &HandoverDialog::print);
    connect(pdf, &QPushButton::clicked, this, &HandoverDialog::savePdfAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_since, &QDateTimeEdit::dateTimeChanged, this, &HandoverDialog::regenerate);
    connect(m_hours, &QSpinBox::valueChanged, this, &HandoverDialog::regenerate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(900, 660); // the report's seven columns fit without scrolling sideways
    regenerate();
}

QTextDocument *HandoverDialog::document() const
{
    return m_preview->document();
}

void HandoverDialog::regenerate()
{
    auto report = m_services.tickets.handover(m_since->dateTime().toMSecsSinceEpoch(), m_hours->value());
    if (!report) {
        m_messages->showError(report.error().message);
        return;
    }
    m_report = *report;
    m_sheet = sheet(m_report, m_services);
    m_preview->setHtml(html(m_sheet));
}

HandoverSheet HandoverDialog::sheet(const HandoverReport &report, TicketServices &services)
{
    TicketLabels labels;
    labels.load(services.settings);
    HandoverSheet sheet;
    const QString venue = services.openVenue.settings().venueName().trimmed();
    sheet.venue = venue.isEmpty() ? tr("Innkeep") : venue;
    sheet.title = tr("Shift handover");
    sheet.subtitle = tr("Generated %1 · shift started %2 · due soon means within %3")
                         .arg(Format::dateTime(report.generatedAt), Format::dateTime(report.sinceMs),
                              TicketDisplayText::duration(report.horizonMs - report.generatedAt));
    sheet.handedOverBy = services.openVenue.staffOnDuty();
    sheet.none = tr("None.");
    auto section = [&](const QString &title, const QList<ComplaintTicket> &tickets, int total, bool resolved,
                       bool alarm) {
        HandoverSheet::Section s;
        const QString count = QLocale().toString(std::max<qsizetype>(total, tickets.size()));
        s.title = tr("%1 (%2)").arg(title, count);
        s.alarm = alarm;
        if (resolved) // the time is when it was resolved, not a deadline
            s.whenTitle = tr("Resolved");
        for (const ComplaintTicket &t : tickets) {
            QString who = t.guestName.isEmpty() ? tr("Guest not known") : t.guestName;
            if (!t.room.isEmpty())
                who += tr(", room %1").arg(t.room);
            QString when;
            if (resolved)
                when = t.resolvedAt ? Format::dateTime(*t.resolvedAt) : QString();
            else if (const auto reading = services.tickets.sla(t)) {
                // The deadline that counts is core's headline, the same the queue and the CLI show.
                const SlaHeadline h = reading->headline();
                if (h.dueAtMs)
                    when =
                        h.state == SlaState::Overdue
                            ? tr("Overdue since %1").arg(Format::dateTime(*h.dueAtMs))
                            : tr("%1 (in %2)")
                                  .arg(Format::dateTime(*h.dueAtMs), TicketDisplayText::duration(*h.leftMs));
                else
                    when = h.state == SlaState::Paused ? tr("Paused") : QString();
            }
            const QString assigned = QStringList{labels.department(t.department), t.assignee}
                                         .filter(QRegularExpression(QStringLiteral("\\S")))
                                         .join(QStringLiteral(" / "));
            QString text = t.description;
            if (resolved && !t.resolutionSummary.isEmpty())
                text += QStringLiteral(" — ") + t.resolutionSummary;
            s.rows.append({ticketSeverityLabel(t.severity), who, labels.category(t.category),
                           ticketStatusLabel(t.status), when, text, assigned});
        }
        if (const int more = HandoverReport::moreOf(tickets, total); more > 0)
            s.more = tr("…and %1 more not listed here.").arg(QLocale().toString(more));
        sheet.sections.append(s);
    };
    sheet.columns = {tr("Severity"), tr("Guest / room"), tr("Category"),   tr("Status"),
                     tr("Due"),      tr("Complaint"),    tr("Assigned to")};
    section(tr("Overdue"), report.overdue, report.overdueTotal, false, true);
    section(tr("Due soon"), report.dueWithin, report.dueWithinTotal, false, false);
    section(tr("Other open tickets"), report.otherOpen, report.otherOpenTotal, false, false);
    section(tr("Resolved this shift"), report.resolvedSince, report.resolvedSinceTotal, true, false);
    return sheet;
}

QString HandoverDialog::html(const HandoverSheet &sheet)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString out = QStringLiteral("<html><body style=\"font-family:'DejaVu Sans'\">");
    out += QStringLiteral("<h2>%1</h2><p><b>%2</b></p>").arg(esc(sheet.title), esc(sheet.venue));
    out += QStringLiteral("<p>%1</p>").arg(esc(sheet.subtitle));
    for (const HandoverSheet::Section &section : sheet.sections) {
        out += QStringLiteral("<h3>%1</h3>").arg(esc(section.title));
        if (section.rows.isEmpty()) {
            out += QStringLiteral("<p><i>%1</i></p>").arg(esc(sheet.none));
            continue;
        }
        out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
        QStringList columns = sheet.columns;
        if (!section.whenTitle.isEmpty() && columns.size() > 4)
            columns[4] = section.whenTitle;
        for (const QString &h : std::as_const(columns))
            out += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(h));
        out += QStringLiteral("</tr>");
        for (const QStringList &row : section.rows) {
            out += QStringLiteral("<tr>");
            for (const QString &cell : row)
                out += QStringLiteral("<td>%1</td>").arg(esc(cell));
            out += QStringLiteral("</tr>");
        }
        out += QStringLiteral("</table>");
        if (!section.more.isEmpty())
            out += QStringLiteral("<p><i>%1</i></p>").arg(esc(section.more));
    }
    if (!sheet.handedOverBy.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(esc(tr("Handed over by %1").arg(sheet.handedOverBy)));
    out += QStringLiteral("</body></html>");
    return out;
}

bool HandoverDialog::saveAsPdf(const QString &path)
{
    // Through ExportFile: never over the database or a device, private to the user, complete or not at all.
    ExportFile file(path);
    Status written = file.open(m_services.openVenue.path());
    if (written) {
        auto bytes = HandoverPdf::render(m_sheet);
        if (!bytes)
            written = std::unexpected(bytes.error());
        else if (file.device().write(*bytes) != bytes->size())
            written = fail(Error::Code::Io, file.device().errorString());
        else
            written = file.commit();
    }
    if (!written) {
        m_messages->showError(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), written.error().message));
        return false;
    }
    m_messages->showInfo(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void HandoverDialog::savePdfAs()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        tr("handover-%1.pdf").arg(m_services.openVenue.clock().today().toString(Qt::ISODate));
    const QString path = FileChooser::saveFile(this, tr("Save Handover as PDF"),
                                               dir + QLatin1Char('/') + name, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveAsPdf(path);
}

void HandoverDialog::print()
{
    QPrinter printer;
    printer.setResolution(72); // HandoverPdf lays out in points; a printer's output stays vector
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto ok = HandoverPdf::paint(m_sheet, &printer); !ok)
        m_messages->showError(ok.error().message);
}

} // namespace innkeep::ui
