// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importguestsdialog.h"

#include "appservices.h"
#include "exchange/guestcsvmapping.h"
#include "exchange/guestimportpreset.h"
#include "widgets/filechooser.h"
#include "widgets/importfilechoices.h"
#include "widgets/plaintext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace innkeep::ui {

ImportGuestsDialog::ImportGuestsDialog(AppServices &services, const QString &path, QWidget *parent)
    : QDialog(parent), m_services(services), m_path(path), m_file(new QLabel(this)),
      m_columns(new QTableWidget(this)), m_onDuplicate(new QComboBox(this)),
      m_dateFormat(new QComboBox(this)), m_encoding(new QComboBox(this)), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_problems(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(this)),
      m_reload(m_buttons->addButton(tr("&Reload File"), QDialogButtonBox::ActionRole)),
      m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole)),
      m_close(m_buttons->addButton(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("importGuestsDialog"));
    setWindowTitle(tr("Import Guests"));
    m_file->setWordWrap(true);

    auto *columnsLabel = new QLabel(tr("&Columns in the file and what they become:"), this);
    columnsLabel->setBuddy(m_columns);
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("First row"), tr("Imported as")});
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setAccessibleName(tr("Columns in the file"));

    auto *duplicatesLabel = new QLabel(tr("&When a row is a guest already stored:"), this);
    duplicatesLabel->setBuddy(m_onDuplicate);
    m_onDuplicate->setObjectName(QStringLiteral("onDuplicate"));
    m_onDuplicate->addItem(tr("Merge it into the stored guest (fill empty fields, add contacts and notes)"),
                           int(OnDuplicate::Merge));
    m_onDuplicate->addItem(tr("Skip the row"), int(OnDuplicate::Skip));
    m_onDuplicate->addItem(tr("Add it as a new guest anyway"), int(OnDuplicate::Add));
    m_onDuplicate->setToolTip(
        tr("A row is a stored guest when it has the same profile id from the program the file comes from, "
           "the same e-mail or phone, or the same name and birthday. Importing the same file again "
           "adds no one twice."));
    connect(m_onDuplicate, &QComboBox::currentIndexChanged, this, &ImportGuestsDialog::check);

    auto *datesLabel = new QLabel(tr("&Dates in the file:"), this);
    datesLabel->setBuddy(m_dateFormat);
    ImportFileChoices::fillDateFormats(m_dateFormat);
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, &ImportGuestsDialog::check);

    auto *encodingLabel = new QLabel(tr("Te&xt encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    ImportFileChoices::fillEncodings(m_encoding);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        m_fixes.clear();
        m_cells.clear();
        readColumns();
        check();
    });

    auto *choicesGrid = new QGridLayout;
    choicesGrid->addWidget(duplicatesLabel, 0, 0);
    choicesGrid->addWidget(m_onDuplicate, 0, 1);
    choicesGrid->addWidget(datesLabel, 1, 0);
    choicesGrid->addWidget(m_dateFormat, 1, 1);
    choicesGrid->addWidget(encodingLabel, 2, 0);
    choicesGrid->addWidget(m_encoding, 2, 1);
    choicesGrid->setColumnStretch(1, 1);
    m_skipBad = new QCheckBox(tr("&Leave out the rows with problems and save them to a file to fix"), this);
    m_skipBad->setObjectName(QStringLiteral("skipBadRows"));
    connect(m_skipBad, &QCheckBox::toggled, this, &ImportGuestsDialog::check);
    // The heading says which of the two ways the import goes.
    connect(m_skipBad, &QCheckBox::toggled, this, &ImportGuestsDialog::describeFile);
    m_badPhonesInNote = new QCheckBox(
        tr("&Keep phone numbers that cannot be dialled in a note instead of refusing the row"), this);
    m_badPhonesInNote->setObjectName(QStringLiteral("badPhonesInNote"));
    m_badPhonesInNote->setToolTip(
        tr("A number no country gives out, such as +1 123 456 7890, is not stored as "
           "a phone number; with this it is kept, as written, in a note."));
    connect(m_badPhonesInNote, &QCheckBox::toggled, this, &ImportGuestsDialog::check);

    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_status->setWordWrap(true);
    PlainText::setUp(m_status); // column headers from the file are shown as written
    m_problems->setAccessibleName(tr("Problems found in the file"));
    m_problems->setWordWrap(true);
    m_problems->setAlternatingRowColors(true);
    m_problems->setToolTip(
        tr("Double-click a problem to correct its cell here; the file itself is not changed."));
    m_fixCell = new QPushButton(tr("Corr&ect the Cell…"), this);
    m_fixCell->setObjectName(QStringLiteral("fixCell"));
    m_fixCell->setToolTip(tr("Type the right value for the cell of the chosen problem; the file itself is "
                             "not changed, and every row is checked again."));
    m_fixCell->setEnabled(false);
    connect(m_problems, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { m_fixCell->setEnabled(item && cellOf(item) >= 0); });
    connect(m_problems, &QListWidget::itemActivated, this, &ImportGuestsDialog::fixCell);
    connect(m_fixCell, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_problems->currentItem())
            fixCell(item);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addWidget(columnsLabel);
    layout->addWidget(m_columns, 3);
    layout->addLayout(choicesGrid);
    layout->addWidget(m_skipBad);
    layout->addWidget(m_badPhonesInNote);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_problems, 2);
    auto *fixRow = new QHBoxLayout;
    fixRow->addStretch(1);
    fixRow->addWidget(m_fixCell);
    layout->addLayout(fixRow);
    layout->addWidget(m_buttons);

    m_reload->setToolTip(
        tr("Read the file again after changing it elsewhere, keeping the choices made here."));
    connect(m_reload, &QPushButton::clicked, this, [this] {
        m_fixes.clear(); // the file changed: its lines may hold other rows now
        m_cells.clear();
        readColumns();
        check();
    });
    connect(m_import, &QPushButton::clicked, this, &ImportGuestsDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &ImportGuestsDialog::reject);
    resize(720, 680);

    readColumns();
    check();
}

// A job still running is cancelled and waited for (~BackgroundJob).
ImportGuestsDialog::~ImportGuestsDialog() = default;

bool ImportGuestsDialog::isBusy() const
{
    return m_job && m_job->isRunning();
}

QString ImportGuestsDialog::statusText() const
{
    return m_status->text();
}

void ImportGuestsDialog::describeFile()
{
    const QString name = QFileInfo(m_path).fileName().toHtmlEscaped();
    QString text = QStringLiteral("<b>%1</b><br>").arg(name);
    if (const auto preset = GuestImportPreset::named(m_preset))
        text += tr("An export of %1: its columns are read as that program means them.")
                    .arg(preset->displayName().toHtmlEscaped())
                + QLatin1Char(' ');
    text += m_skipBad->isChecked()
                ? tr("Each row becomes a guest. Rows with problems are left out and "
                     "saved to a file to fix; the others are added.")
                : tr("Each row becomes a guest. Nothing is added unless every row can be.");
    m_file->setText(text);
}

void ImportGuestsDialog::readColumns()
{
    // Reading the file again keeps what the user chose for each column still in it.
    const QHash<QString, QString> chosen = mapping();
    auto preview = GuestCsvImport::preview(m_path, m_encoding->currentData().toString());
    m_preset.clear();
    if (!preview) {
        m_header.clear();
        m_columns->setRowCount(0);
        describeFile();
        return;
    }
    m_header = preview->header;
    auto reading = GuestCsvMapping::readingOf(m_header);
    if (reading)
        m_preset = reading->preset;
    describeFile();
    m_columns->setRowCount(int(m_header.size()));
    const QList<GuestColumn> kinds = allGuestColumns();
    for (int row = 0; row < m_header.size(); ++row) {
        auto *name = new QTableWidgetItem(m_header.at(row));
        auto *choice = new QComboBox(m_columns);
        choice->setAccessibleName(tr("Import column %1 as").arg(m_header.at(row)));
        for (GuestColumn kind : kinds)
            choice->addItem(displayText(kind), toToken(kind));
        const std::optional<GuestColumn> recognised =
            reading ? reading->columns.value(row) : GuestCsvMapping::recognise(m_header.at(row));
        choice->setCurrentIndex(int(kinds.indexOf(recognised.value_or(GuestColumn::Ignore))));
        if (const auto it = chosen.constFind(m_header.at(row)); it != chosen.cend())
            choice->setCurrentIndex(std::max(0, choice->findData(*it)));
        if (!recognised) {
            name->setToolTip(tr("Not a column Innkeep knows: ignored unless you choose a field."));
            name->setText(tr("%1 (not recognised)").arg(m_header.at(row)));
        }
        auto *example = new QTableWidgetItem(preview->firstRow.value(row).simplified());
        example->setToolTip(PlainText::toolTip(example->text()));
        m_columns->setItem(row, 0, name);
        m_columns->setItem(row, 1, example);
        m_columns->setCellWidget(row, 2, choice);
        connect(choice, &QComboBox::currentIndexChanged, this, &ImportGuestsDialog::check);
    }
    m_columns->resizeColumnToContents(0);
    m_columns->resizeColumnToContents(1);
    m_columns->setColumnWidth(1, std::min(m_columns->columnWidth(1), 24 * fontMetrics().averageCharWidth()));
}

QHash<QString, QString> ImportGuestsDialog::mapping() const
{
    // Every column as chosen, so the import reads exactly what the table shows.
    QHash<QString, QString> map;
    for (int row = 0; row < m_header.size(); ++row) {
        if (auto *choice = qobject_cast<QComboBox *>(m_columns->cellWidget(row, 2)))
            map.insert(m_header.at(row), choice->currentData().toString());
    }
    return map;
}

void ImportGuestsDialog::check()
{
    if (isBusy()) { // the choice changed while checking: check again when this one ends
        m_checkAgain = true;
        m_job->cancel();
        return;
    }
    start(true);
}

QString ImportGuestsDialog::rejectsSuggestion() const
{
    const QFileInfo file(m_path);
    return file.dir().filePath(tr("%1-rows-left-out.csv", "the file name of an import's rejected rows")
                                   .arg(file.completeBaseName()));
}

void ImportGuestsDialog::startImport()
{
    if (m_stage != Stage::Ready || isBusy())
        return;
    if (m_skipBad->isChecked() && m_leftOut > 0) {
        m_rejectsPath = FileChooser::saveFile(this, tr("Save the Rows Left Out"), rejectsSuggestion(),
                                              tr("CSV files (*.csv)"));
        if (m_rejectsPath.isEmpty())
            return; // asked where, the user cancelled: nothing is imported
    }
    start(false);
}

void ImportGuestsDialog::start(bool dryRun)
{
    m_checkAgain = false;
    m_problems->clear();
    m_progress->setValue(0);
    setStage(dryRun ? Stage::Checking : Stage::Importing);

    if (m_job) { // finished; it may be the one whose finished() is being handled now
        m_job->setParent(this);
        m_job.release()->deleteLater();
    }
    // A dry run in skip mode counts the rows it would leave out and writes nothing.
    const QString rejects = !m_skipBad->isChecked() ? QString()
                            : dryRun                ? rejectsSuggestion()
                                                    : m_rejectsPath;
    GuestImportChoices choices;
    choices.mapping = mapping();
    choices.onDuplicate = OnDuplicate(m_onDuplicate->currentData().toInt());
    choices.rejectsPath = rejects;
    choices.badPhonesInNote = m_badPhonesInNote->isChecked();
    choices.dateFormat = m_dateFormat->currentData().toString();
    choices.encoding = m_encoding->currentData().toString();
    choices.fixes = m_fixes;
    auto job = GuestCsvImport::start(m_services.jobs, m_path, choices, dryRun);
    if (!job) { // another job is writing to the file
        finish(dryRun, std::unexpected(job.error()));
        return;
    }
    m_job = std::move(*job);
    connect(m_job.get(), &BackgroundJob::progressed, this, &ImportGuestsDialog::showProgress);
    connect(m_job.get(), &BackgroundJob::finished, this,
            [this, dryRun] { finish(dryRun, m_job->result<GuestImportSummary>()); });
}

void ImportGuestsDialog::showProgress(const JobProgress &progress)
{
    if (progress.total > 0)
        m_progress->setValue(int(progress.done * 1000 / progress.total));
    const QString rows = QLocale().toString(progress.records);
    m_status->setText(m_stage == Stage::Importing ? tr("Importing… %1 rows so far.").arg(rows)
                                                  : tr("Checking every row… %1 so far.").arg(rows));
}

QString ImportGuestsDialog::describe(const Error &error)
{
    const QString where = error.line > 0 ? tr("Line %1").arg(QLocale().toString(error.line)) : QString();
    QString field;
    if (!error.field.isEmpty()) {
        const auto column = guestColumnFromToken(error.field);
        field = column ? displayText(*column) : error.field;
    }
    QStringList parts;
    if (!where.isEmpty())
        parts.append(where);
    if (!field.isEmpty())
        parts.append(field);
    parts.append(error.message);
    return parts.join(QStringLiteral(" · "));
}

void ImportGuestsDialog::addProblem(const Error &error)
{
    auto *item = new QListWidgetItem(describe(error), m_problems);
    item->setData(LineRole, error.line);
    item->setData(FieldRole, error.field);
    item->setData(MessageRole, error.message);
}

int ImportGuestsDialog::fixedCells() const
{
    int count = 0;
    for (const auto &line : m_fixes)
        count += int(line.size());
    return count;
}

int ImportGuestsDialog::cellOf(const QListWidgetItem *item) const
{
    const int line = item->data(LineRole).toInt();
    const QString field = item->data(FieldRole).toString();
    if (line < 2 || field.isEmpty())
        return -1;
    const QHash<QString, QString> chosen = mapping();
    const QString message = item->data(MessageRole).toString();
    int first = -1;
    for (int column = 0; column < m_header.size(); ++column) {
        const auto kind = guestColumnFromToken(chosen.value(m_header.at(column)));
        if (!kind || toToken(*kind) != field)
            continue;
        if (first < 0)
            first = column;
        // Of several e-mail columns, the one whose value the problem quotes.
        const QString cell = m_fixes.value(line).value(column, m_cells.value(line).value(column));
        if (!cell.trimmed().isEmpty()
            && message.contains(QLatin1Char('"') + cell.trimmed() + QLatin1Char('"')))
            return column;
    }
    return first;
}

void ImportGuestsDialog::fixCell(QListWidgetItem *item)
{
    if (!item || isBusy() || m_stage == Stage::Importing || m_stage == Stage::Done)
        return;
    const int line = item->data(LineRole).toInt();
    if (!m_cells.contains(line)) {
        auto record = GuestCsvImport::recordAt(m_path, m_encoding->currentData().toString(), line);
        if (!record) {
            m_status->setText(describe(record.error()));
            return;
        }
        m_cells.insert(line, *record);
    }
    const int column = cellOf(item);
    if (column < 0) {
        m_status->setText(
            tr("This problem is not in one cell; correct it in the file and press Reload File."));
        return;
    }
    const QString current = m_fixes.value(line).value(column, m_cells.value(line).value(column));
    bool ok = false;
    const QString value = QInputDialog::getText(
        this, tr("Correct a Cell"),
        tr("%1\n\nLine %2, column \u201c%3\u201d:")
            .arg(item->data(MessageRole).toString(), QLocale().toString(line), m_header.at(column)),
        QLineEdit::Normal, current, &ok);
    if (!ok || value == current)
        return;
    m_fixes[line][column] = value;
    check();
}

void ImportGuestsDialog::finish(bool dryRun, const Result<GuestImportSummary> &result)
{
    if (dryRun && m_checkAgain) {
        start(true);
        return;
    }
    m_progress->setValue(1000);
    if (!result) {
        if (result.error().code == Error::Code::Cancelled) {
            setStage(dryRun ? Stage::Problems : Stage::Ready);
            m_status->setText(
                dryRun ? tr("The check was stopped.")
                       : tr("The import was stopped; no guest was added. Press Import to start again."));
            return;
        }
        addProblem(result.error());
        m_status->setText(dryRun ? tr("The file cannot be read:") : tr("Nothing was imported:"));
        setStage(Stage::Failed);
        return;
    }
    const GuestImportSummary &summary = *result;
    if (dryRun) {
        m_ready = summary.guests;
        m_leftOut = summary.rejected;
        for (const Error &problem : summary.problems)
            addProblem(problem);
        if (m_problems->count() > 0)
            m_problems->setCurrentRow(0); // Correct the Cell… works on it at once
        if (!summary.problems.isEmpty() && m_skipBad->isChecked() && summary.guests > 0) {
            m_status->setText(
                tr("%1 guest(s) are ready to import; %2 row(s) with the problems below will be "
                   "left out and saved to a file you choose, to fix and import again.")
                    .arg(QLocale().toString(summary.guests), QLocale().toString(summary.rejected)));
            setStage(Stage::Ready);
        } else if (!summary.problems.isEmpty()) {
            const bool more = summary.problems.size() >= GuestImportSummary::ProblemLimit;
            const QString count = QLocale().toString(summary.problems.size());
            m_status->setText(
                more ? tr("More than %1 problems must be fixed in the file before it can be imported; "
                          "the first %1 are listed:")
                           .arg(count)
                : summary.problems.size() == 1
                    ? tr("1 problem must be fixed before the file can be imported; double-click it to "
                         "correct its cell here, or fix the file and press Reload File:")
                    : tr("%1 problems must be fixed before the file can be imported; double-click one to "
                         "correct its cell here, or fix the file and press Reload File:")
                          .arg(count));
            setStage(Stage::Problems);
        } else if (summary.guests == 0 && summary.skipped + summary.merged > 0) {
            m_status->setText(
                tr("Every guest in the file is stored already: %1 row(s) would be skipped, %2 "
                   "merged.")
                    .arg(QLocale().toString(summary.skipped), QLocale().toString(summary.merged)));
            setStage(summary.merged > 0 ? Stage::Ready : Stage::Problems);
        } else if (summary.guests == 0) {
            m_status->setText(tr("The file has no guests in it."));
            setStage(Stage::Problems);
        } else {
            QString ready =
                summary.guests == 1
                    ? tr("1 guest is ready to import.")
                    : tr("%1 guests are ready to import.").arg(QLocale().toString(summary.guests));
            if (summary.skipped > 0)
                ready += QLatin1Char(' ')
                         + tr("%1 row(s) are guests already stored and will be skipped.")
                               .arg(QLocale().toString(summary.skipped));
            if (summary.merged > 0)
                ready += QLatin1Char(' ')
                         + tr("%1 row(s) are guests already stored and will be merged into them.")
                               .arg(QLocale().toString(summary.merged));
            if (!summary.ignoredColumns.isEmpty())
                ready += QLatin1Char(' ')
                         + tr("Columns not read: %1.").arg(summary.ignoredColumns.join(QStringLiteral(", ")));
            if (const int fixed = fixedCells(); fixed > 0)
                ready += QLatin1Char(' ')
                         + tr("Cells corrected here: %1 (the file itself is not changed).")
                               .arg(QLocale().toString(fixed));
            m_status->setText(ready);
            setStage(Stage::Ready);
        }
        return;
    }
    QString done = summary.guests == 1
                       ? tr("1 guest was imported.")
                       : tr("%1 guests were imported.").arg(QLocale().toString(summary.guests));
    if (summary.skipped > 0)
        done += QLatin1Char(' ')
                + tr("%1 row(s) of guests already stored skipped.").arg(QLocale().toString(summary.skipped));
    if (summary.merged > 0)
        done += QLatin1Char(' ')
                + tr("%1 merged into guests already stored.").arg(QLocale().toString(summary.merged));
    if (!summary.ignoredColumns.isEmpty())
        done += QLatin1Char(' ')
                + tr("Columns not read: %1.").arg(summary.ignoredColumns.join(QStringLiteral(", ")));
    if (summary.rejected > 0)
        done +=
            QLatin1Char(' ')
            + tr("%1 row(s) left out, saved to %2.")
                  .arg(QLocale().toString(summary.rejected), QDir::toNativeSeparators(summary.rejectsFile));
    m_status->setText(done);
    setStage(Stage::Done);
    // The import wrote through its own connection: the pages hear of it now, not at the next look.
    (void)m_services.openVenue.watcher().checkNow();
    Q_EMIT imported(summary.guests);
}

void ImportGuestsDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool working = stage == Stage::Checking || stage == Stage::Importing;
    m_columns->setEnabled(stage != Stage::Importing && stage != Stage::Done);
    m_onDuplicate->setEnabled(stage != Stage::Importing && stage != Stage::Done);
    m_skipBad->setEnabled(stage != Stage::Importing && stage != Stage::Done);
    m_badPhonesInNote->setEnabled(stage != Stage::Importing && stage != Stage::Done);
    m_dateFormat->setEnabled(stage != Stage::Importing && stage != Stage::Done);
    m_encoding->setEnabled(stage != Stage::Importing && stage != Stage::Done);
    m_reload->setVisible(stage != Stage::Done);
    m_reload->setEnabled(stage != Stage::Importing);
    m_progress->setVisible(working);
    m_problems->setVisible(m_problems->count() > 0);
    m_fixCell->setVisible(m_problems->count() > 0 && stage != Stage::Done);
    m_fixCell->setEnabled(stage != Stage::Importing && m_problems->currentItem()
                          && cellOf(m_problems->currentItem()) >= 0);
    m_import->setVisible(stage != Stage::Done);
    m_import->setEnabled(stage == Stage::Ready);
    m_import->setText(stage != Stage::Ready || m_ready == 0 ? tr("&Import")
                      : m_ready == 1                        ? tr("&Import 1 Guest")
                                     : tr("&Import %1 Guests").arg(QLocale().toString(m_ready)));
    m_import->setDefault(stage == Stage::Ready);
    m_close->setText(stage == Stage::Importing ? tr("&Stop")
                     : stage == Stage::Done    ? tr("&Close")
                                               : tr("Cancel"));
    if (stage == Stage::Checking)
        m_status->setText(tr("Checking every row…"));
    if (stage == Stage::Importing)
        m_status->setText(tr("Importing…"));
    if (stage == Stage::Ready)
        m_import->setFocus();
}

void ImportGuestsDialog::reject()
{
    if (m_stage == Stage::Importing && isBusy()) {
        m_job->cancel(); // finish() reports the stop and keeps the dialog open
        return;
    }
    if (m_stage == Stage::Done) {
        QDialog::accept();
        return;
    }
    if (m_job)
        m_job->cancel();
    QDialog::reject();
}

} // namespace innkeep::ui
