// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "appservices.h"
#include "exchange/csvexport.h"
#include "exchange/jsonexport.h"
#include "exchange/vcardexport.h"
#include "widgets/filechooser.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace innkeep::ui {

ExportDialog::ExportDialog(AppServices &services, const QStringList &chosenGuests, QWidget *parent)
    : QDialog(parent), m_services(services), m_chosen(chosenGuests), m_kinds(new QButtonGroup(this)),
      m_venue(new QRadioButton(tr("The &whole venue, to restore or move it (JSON)"), this)),
      m_spreadsheets(new QRadioButton(tr("&Spreadsheets: guests, stays, complaints, feedback (CSV)"), this)),
      m_contacts(new QRadioButton(tr("Guests as &contacts for a phone or address book (vCard)"), this)),
      m_semicolon(
          new QCheckBox(tr("Separate fields with se&micolons (spreadsheets set to a decimal comma)"), this)),
      m_byteOrderMark(new QCheckBox(tr("Mark the files as &UTF-8 (for older spreadsheet programs)"), this)),
      m_versionLabel(new QLabel(tr("vCard &version:"), this)), m_version(new QComboBox(this)),
      m_onlyChosen(new QCheckBox(this)), m_status(new QLabel(this)), m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    m_kinds->addButton(m_venue, int(Kind::Venue));
    m_kinds->addButton(m_spreadsheets, int(Kind::Spreadsheets));
    m_kinds->addButton(m_contacts, int(Kind::Contacts));
    m_venue->setChecked(true);
    m_venue->setToolTip(tr("Everything Innkeep keeps about the venue, in the documented JSON format that "
                           "innkeep-cli import json reads back into a new file."));
    m_version->addItem(tr("3.0 (most phones and address books)"), int(VCardExport::Version::V3));
    m_version->addItem(tr("4.0"), int(VCardExport::Version::V4));
    m_versionLabel->setBuddy(m_version);
    m_onlyChosen->setText(
        m_chosen.size() == 1
            ? tr("&Only the guest chosen on the Guests page")
            : tr("&Only the %1 guests chosen on the Guests page").arg(QLocale().toString(m_chosen.size())));
    m_onlyChosen->setChecked(!m_chosen.isEmpty());
    m_status->setWordWrap(true);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);

    auto *what = new QLabel(tr("What to export:"), this);
    auto *options = new QGridLayout;
    options->setContentsMargins(24, 0, 0, 0);
    options->addWidget(m_semicolon, 0, 0, 1, 2);
    options->addWidget(m_byteOrderMark, 1, 0, 1, 2);
    options->addWidget(m_versionLabel, 2, 0);
    options->addWidget(m_version, 2, 1);
    options->addWidget(m_onlyChosen, 3, 0, 1, 2);
    options->setColumnStretch(1, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_venue);
    layout->addWidget(m_spreadsheets);
    layout->addWidget(m_contacts);
    layout->addLayout(options);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_kinds, &QButtonGroup::idClicked, this, &ExportDialog::showOptions);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    showOptions();
    setWorking(false);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

// A job still running is cancelled and waited for (~BackgroundJob): no half file is left.
ExportDialog::~ExportDialog() = default;

void ExportDialog::setKind(Kind kind)
{
    m_kinds->button(int(kind))->setChecked(true);
    showOptions();
}

ExportDialog::Kind ExportDialog::kind() const
{
    return Kind(m_kinds->checkedId());
}

bool ExportDialog::isBusy() const
{
    return m_job && m_job->isRunning();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::showOptions()
{
    const Kind chosen = kind();
    m_semicolon->setVisible(chosen == Kind::Spreadsheets);
    m_byteOrderMark->setVisible(chosen == Kind::Spreadsheets);
    m_versionLabel->setVisible(chosen == Kind::Contacts);
    m_version->setVisible(chosen == Kind::Contacts);
    m_onlyChosen->setVisible(chosen == Kind::Contacts && !m_chosen.isEmpty());
}

void ExportDialog::setWorking(bool working)
{
    for (QWidget *control : std::initializer_list<QWidget *>{m_venue, m_spreadsheets, m_contacts, m_semicolon,
                                                             m_byteOrderMark, m_version, m_onlyChosen})
        control->setEnabled(!working);
    m_export->setEnabled(!working);
    m_progress->setVisible(working);
    m_close->setText(working ? tr("&Stop") : tr("Close"));
}

void ExportDialog::startExport()
{
    if (isBusy())
        return;
    const QString day = QDate::currentDate().toString(Qt::ISODate);
    const QString home = QDir::homePath();
    Result<std::unique_ptr<BackgroundJob>> job = std::unexpected(Error{});
    switch (kind()) {
    case Kind::Venue:
        m_writtenTo = FileChooser::saveFile(this, tr("Export the Whole Venue"),
                                            QDir(home).filePath(tr("innkeep-%1.json").arg(day)),
                                            tr("JSON files (*.json)"));
        if (m_writtenTo.isEmpty())
            return;
        job = JsonExport::start(m_services.jobs, m_writtenTo);
        break;
    case Kind::Spreadsheets: {
        m_writtenTo = FileChooser::chooseFolder(this, tr("Folder for the Spreadsheets"), home);
        if (m_writtenTo.isEmpty())
            return;
        CsvExport::Options options;
        options.separator = m_semicolon->isChecked() ? u';' : u',';
        options.byteOrderMark = m_byteOrderMark->isChecked();
        job = CsvExport::start(m_services.jobs, m_writtenTo, options);
        break;
    }
    case Kind::Contacts:
        m_writtenTo = FileChooser::saveFile(this, tr("Export Guests as Contacts"),
                                            QDir(home).filePath(tr("guests-%1.vcf").arg(day)),
                                            tr("vCard files (*.vcf)"));
        if (m_writtenTo.isEmpty())
            return;
        job = VCardExport::start(
            m_services.jobs, m_writtenTo, VCardExport::Version(m_version->currentData().toInt()),
            m_onlyChosen->isVisible() && m_onlyChosen->isChecked() ? m_chosen : QStringList());
        break;
    }
    if (!job) {
        m_status->setText(job.error().toString());
        return;
    }
    m_job = std::move(*job);
    m_progress->setRange(0, 0); // busy until the job says how far it is
    m_progress->setValue(0);
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(m_writtenTo)));
    setWorking(true);
    connect(m_job.get(), &BackgroundJob::progressed, this, [this](const JobProgress &progress) {
        if (progress.total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(progress.done * 1000 / progress.total));
        }
    });
    connect(m_job.get(), &BackgroundJob::finished, this, &ExportDialog::finish);
}

void ExportDialog::finish(const Status &status)
{
    setWorking(false);
    const QString where = QDir::toNativeSeparators(m_writtenTo);
    if (!status) {
        m_status->setText(status.error().code == Error::Code::Cancelled
                              ? tr("The export was stopped; no file was written.")
                              : tr("Nothing was exported: %1").arg(status.error().toString()));
        return;
    }
    const QLocale locale;
    switch (kind()) {
    case Kind::Venue:
        if (auto summary = m_job->result<JsonExportSummary>())
            m_status->setText(tr("Wrote %1: %2 guests, %3 stays, %4 complaints, %5 feedback entries.")
                                  .arg(where, locale.toString(summary->guests),
                                       locale.toString(summary->stays), locale.toString(summary->tickets),
                                       locale.toString(summary->feedback)));
        break;
    case Kind::Spreadsheets:
        if (auto summary = m_job->result<CsvExportSummary>())
            m_status->setText(
                tr("Wrote guests.csv, stays.csv, tickets.csv and feedback.csv in %1: %2 guests, "
                   "%3 stays, %4 complaints, %5 feedback entries.")
                    .arg(where, locale.toString(summary->guests), locale.toString(summary->stays),
                         locale.toString(summary->tickets), locale.toString(summary->feedback)));
        break;
    case Kind::Contacts:
        if (auto cards = m_job->result<qint64>())
            m_status->setText(tr("Wrote %1: %2 contacts.").arg(where, locale.toString(*cards)));
        break;
    }
    m_close->setText(tr("&Close"));
    m_close->setFocus();
}

void ExportDialog::reject()
{
    if (isBusy()) {
        m_job->cancel(); // finish() says it stopped; the dialog stays open
        return;
    }
    QDialog::reject();
}

} // namespace innkeep::ui
