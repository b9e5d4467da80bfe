// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrecordsdialog.h"

#include "appservices.h"
#include "exchange/feedbackcsvimport.h"
#include "exchange/staycsvimport.h"
#include "feedback/ratingscale.h"
#include "widgets/filechooser.h"
#include "widgets/importfilechoices.h"
#include "widgets/plaintext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace innkeep::ui {

namespace {

const QString IgnoreToken = QStringLiteral("ignore");

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

ImportRecordsDialog::ImportRecordsDialog(AppServices &services, Kind kind, const QString &path,
                                         QWidget *parent)
    : QDialog(parent), m_services(services), m_kind(kind), m_path(path), m_file(new QLabel(this)),
      m_columnsLabel(new QLabel(tr("C&olumns in the file and what they become:"), this)),
      m_columns(new QTableWidget(this)), m_dateFormat(new QComboBox(this)), m_encoding(new QComboBox(this)),
      m_skipBad(new QCheckBox(tr("&Leave out the rows with problems and save them to a file to fix"), this)),
      m_status(new QLabel(this)), m_progress(new QProgressBar(this)), m_problems(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(this)),
      m_reload(m_buttons->addButton(tr("Reload &File"), QDialogButtonBox::ActionRole)),
      m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole)),
      m_close(m_buttons->addButton(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("importRecordsDialog"));
    setWindowTitle(kind == Kind::Stays ? tr("Import Stays") : tr("Import Feedback"));
    m_file->setWordWrap(true);
    m_file->setTextFormat(Qt::RichText);

    m_columnsLabel->setBuddy(m_columns);
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("First row"), tr("Imported as")});
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the column choices inside it, then the rest of the dialog.
    m_columns->setTabKeyNavigation(false);
    m_columns->setAccessibleName(tr("Columns in the file"));

    auto *datesLabel = new QLabel(tr("&Dates in the file:"), this);
    datesLabel->setBuddy(m_dateFormat);
    ImportFileChoices::fillDateFormats(m_dateFormat);
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, &ImportRecordsDialog::check);

    auto *choicesGrid = new QGridLayout;
    choicesGrid->addWidget(datesLabel, 0, 0);
    choicesGrid->addWidget(m_dateFormat, 0, 1);
    if (kind == Kind::Feedback) {
        m_scale = new QComboBox(this);
        m_scale->setObjectName(QStringLiteral("ratingScale"));
        auto *scaleLabel = new QLabel(tr("&Ratings written as plain numbers are:"), this);
        scaleLabel->setBuddy(m_scale);
        m_scale->addItem(tr("As written in the file (4/5, 8/10, nps:9, or a scale column)"), QString());
        m_scale->addItem(tr("On a scale of 1 to 5"), ratingScaleToken(RatingScale::OneToFive));
        m_scale->addItem(tr("On a scale of 1 to 10"), ratingScaleToken(RatingScale::OneToTen));
        m_scale->addItem(tr("Net Promoter Score, 0 to 10"), ratingScaleToken(RatingScale::Nps));
        m_scale->setToolTip(tr("A rating written as a bare number, such as 4 or 8.5, needs its scale "
                               "unless the file has a column saying it."));
        connect(m_scale, &QComboBox::currentIndexChanged, this, &ImportRecordsDialog::check);
        choicesGrid->addWidget(scaleLabel, 1, 0);
        choicesGrid->addWidget(m_scale, 1, 1);
    }
    auto *encodingLabel = new QLabel(tr("Te&xt encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    ImportFileChoices::fillEncodings(m_encoding);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        readColumns();
        check();
    });
    choicesGrid->addWidget(encodingLabel, 2, 0);
    choicesGrid->addWidget(m_encoding, 2, 1);
    choicesGrid->setColumnStretch(1, 1);

    m_skipBad->setObjectName(QStringLiteral("skipBadRows"));
    connect(m_skipBad, &QCheckBox::toggled, this, &ImportRecordsDialog::check);
    connect(m_skipBad, &QCheckBox::toggled, this, &ImportRecordsDialog::describeFile);

    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_status->setWordWrap(true);
    PlainText::setUp(m_status); // column headers from the file are shown as written
    m_problems->setAccessibleName(tr("Problems found in the file"));
    m_problems->setWordWrap(true);
    m_problems->setAlternatingRowColors(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addWidget(m_columnsLabel);
    layout->addWidget(m_columns, 3);
    layout->addLayout(choicesGrid);
    layout->addWidget(m_skipBad);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_buttons);

    m_reload->setToolTip(
        tr("Read the file again after changing it elsewhere, keeping the choices made here."));
    connect(m_reload, &QPushButton::clicked, this, [this] {
        readColumns();
        check();
    });
    connect(m_import, &QPushButton::clicked, this, &ImportRecordsDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &ImportRecordsDialog::reject);
    resize(760, 600);

    readColumns();
    check();
}

// A job still running is cancelled and waited for (~BackgroundJob).
ImportRecordsDialog::~ImportRecordsDialog() = default;

bool ImportRecordsDialog::isBusy() const
{
    return m_job && m_job->isRunning();
}

QString ImportRecordsDialog::statusText() const
{
    return m_status->text();
}

QComboBox *ImportRecordsDialog::columnChoice(int column) const
{
    return qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2));
}

QList<RecordField> ImportRecordsDialog::fields() const
{
    return m_kind == Kind::Stays ? StayCsvImport::namedFields() : FeedbackCsvImport::namedFields();
}

QString ImportRecordsDialog::recognise(const QString &header) const
{
    return m_kind == Kind::Stays ? StayCsvImport::recognise(header) : FeedbackCsvImport::recognise(header);
}

QString ImportRecordsDialog::records(qint64 count) const
{
    if (m_kind == Kind::Stays)
        return count == 1 ? tr("1 stay") : tr("%1 stays").arg(number(count));
    return count == 1 ? tr("1 feedback entry") : tr("%1 feedback entries").arg(number(count));
}

void ImportRecordsDialog::describeFile()
{
    QString text = QStringLiteral("<b>%1</b><br>").arg(QFileInfo(m_path).fileName().toHtmlEscaped());
    text += m_kind == Kind::Stays
                ? tr("Each row becomes a stay of a guest already stored, found by profile id, e-mail or "
                     "name: import the guests first. A stay stored already is skipped.")
                : tr("Each row becomes a feedback entry, read as feedback typed at the desk, and belongs to "
                     "the stored guest with its e-mail or profile id, if there is one. An entry stored "
                     "already is skipped.");
    text += QLatin1Char(' ');
    text += m_skipBad->isChecked()
                ? tr("Rows with problems are left out and saved to a file to fix; the others are added.")
                : tr("Nothing is added unless every row can be.");
    m_file->setText(text);
}

void ImportRecordsDialog::readColumns()
{
    // Reading the file again keeps what the user chose for each column still in it.
    const QHash<QString, QString> chosen = mapping();
    m_header.clear();
    m_columns->setRowCount(0);
    describeFile();
    auto preview = RecordCsvImport::preview(m_path, m_encoding->currentData().toString());
    if (!preview) {
        setTabChain();
        return; // the check says why
    }
    m_header = preview->header;
    const QList<RecordField> kinds = fields();
    m_columns->setRowCount(int(m_header.size()));
    for (int row = 0; row < m_header.size(); ++row) {
        const QString &header = m_header.at(row);
        auto *name = new QTableWidgetItem(header);
        auto *choice = new QComboBox(m_columns);
        choice->setAccessibleName(tr("Import column %1 as").arg(header));
        choice->addItem(tr("Ignore this column"), IgnoreToken);
        for (const RecordField &field : kinds)
            choice->addItem(field.name, field.token);
        QString token = chosen.value(header, recognise(header));
        if (token.isEmpty()) {
            token = IgnoreToken;
            if (!header.trimmed().isEmpty())
                name->setText(tr("%1 (not recognised)").arg(header));
        }
        choice->setCurrentIndex(std::max(0, choice->findData(token)));
        auto *example = new QTableWidgetItem(preview->firstRow.value(row).simplified());
        example->setToolTip(PlainText::toolTip(example->text()));
        m_columns->setItem(row, 0, name);
        m_columns->setItem(row, 1, example);
        m_columns->setCellWidget(row, 2, choice);
        connect(choice, &QComboBox::currentIndexChanged, this, &ImportRecordsDialog::check);
    }
    m_columns->resizeColumnToContents(0);
    m_columns->resizeColumnToContents(1);
    m_columns->setColumnWidth(1, std::min(m_columns->columnWidth(1), 24 * fontMetrics().averageCharWidth()));
    setTabChain();
}

void ImportRecordsDialog::setTabChain()
{
    // The column choices are made after everything else: put them back between the table and the
    // choices below it.
    QList<QWidget *> chain{m_columns};
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        if (QComboBox *choice = columnChoice(row))
            chain.append(choice);
    }
    chain.append(m_dateFormat);
    if (m_scale)
        chain.append(m_scale);
    chain.append(m_encoding);
    chain << m_skipBad << m_problems << m_reload << m_import << m_close;
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

QHash<QString, QString> ImportRecordsDialog::mapping() const
{
    // Every named column as chosen, so the import reads exactly what the table shows.
    QHash<QString, QString> map;
    for (int row = 0; row < m_header.size(); ++row) {
        if (m_header.at(row).trimmed().isEmpty())
            continue; // a trailing separator: not a column
        if (QComboBox *choice = columnChoice(row))
            map.insert(m_header.at(row), choice->currentData().toString());
    }
    return map;
}

void ImportRecordsDialog::check()
{
    if (isBusy()) { // a choice changed while checking: check again when this one ends
        m_checkAgain = true;
        m_job->cancel();
        return;
    }
    start(true);
}

QString ImportRecordsDialog::rejectsSuggestion() const
{
    const QFileInfo file(m_path);
    return file.dir().filePath(tr("%1-rows-left-out.csv", "the file name of an import's rejected rows")
                                   .arg(file.completeBaseName()));
}

void ImportRecordsDialog::startImport()
{
    if (m_stage != Stage::Ready || isBusy())
        return;
    m_rejectsPath.clear();
    if (m_skipBad->isChecked() && m_leftOut > 0) {
        m_rejectsPath = FileChooser::saveFile(this, tr("Save the Rows Left Out"), rejectsSuggestion(),
                                              tr("CSV files (*.csv)"));
        if (m_rejectsPath.isEmpty())
            return; // asked where, the user cancelled: nothing is imported
    }
    start(false);
}

void ImportRecordsDialog::start(bool dryRun)
{
    m_checkAgain = false;
    m_problems->clear();
    m_progress->setValue(0);
    setStage(dryRun ? Stage::Checking : Stage::Importing);

    if (m_job) { // finished; it may be the one whose finished() is being handled now
        m_job->setParent(this);
        m_job.release()->deleteLater();
    }
    RecordImportChoices choices;
    choices.mapping = mapping();
    // A dry run in skip mode counts the rows it would leave out and writes nothing. The import leaves
    // rows out only when the check found some and the user said where they go; otherwise it is all
    // or nothing (a row that went bad since the check stops it).
    if (m_skipBad->isChecked())
        choices.rejectsPath = dryRun ? rejectsSuggestion() : m_rejectsPath;
    choices.dateFormat = m_dateFormat->currentData().toString();
    choices.encoding = m_encoding->currentData().toString();
    const std::optional<RatingScale> scale =
        m_scale ? ratingScaleFromToken(m_scale->currentData().toString()) : std::nullopt;
    auto job = m_kind == Kind::Stays
                   ? StayCsvImport::start(m_services.jobs, m_path, choices, dryRun)
                   : FeedbackCsvImport::start(m_services.jobs, m_path, choices, scale, dryRun);
    if (!job) { // another job is writing to the file
        finish(dryRun, std::unexpected(job.error()));
        return;
    }
    m_job = std::move(*job);
    connect(m_job.get(), &BackgroundJob::progressed, this, &ImportRecordsDialog::showProgress);
    connect(m_job.get(), &BackgroundJob::finished, this,
            [this, dryRun] { finish(dryRun, m_job->result<RecordImportSummary>()); });
}

void ImportRecordsDialog::showProgress(const JobProgress &progress)
{
    if (progress.total > 0)
        m_progress->setValue(int(progress.done * 1000 / progress.total));
    const QString rows = number(progress.records);
    m_status->setText(m_stage == Stage::Importing ? tr("Importing… %1 rows so far.").arg(rows)
                                                  : tr("Checking every row… %1 so far.").arg(rows));
}

QString ImportRecordsDialog::describe(const Error &error) const
{
    QStringList parts;
    if (error.line > 0)
        parts.append(tr("Line %1").arg(number(error.line)));
    if (!error.field.isEmpty()) {
        QString field = error.field; // a column's header as written, or a field's token
        for (const RecordField &known : fields()) {
            if (known.token == error.field)
                field = known.name;
        }
        parts.append(field);
    }
    parts.append(error.message);
    return parts.join(QStringLiteral(" · "));
}

void ImportRecordsDialog::finish(bool dryRun, const Result<RecordImportSummary> &result)
{
    if (dryRun && m_checkAgain) {
        start(true);
        return;
    }
    m_progress->setValue(1000);
    if (!result) {
        if (result.error().code == Error::Code::Cancelled) {
            setStage(dryRun ? Stage::Problems : Stage::Ready);
            m_status->setText(dryRun ? tr("The check was stopped.")
                                     : tr("The import was stopped; nothing was added. Press Import to "
                                          "start again."));
            return;
        }
        new QListWidgetItem(describe(result.error()), m_problems);
        m_status->setText(dryRun ? tr("The file cannot be imported:") : tr("Nothing was imported:"));
        setStage(Stage::Failed);
        return;
    }
    const RecordImportSummary &summary = *result;
    if (dryRun) {
        finishCheck(summary);
        return;
    }
    QStringList done{tr("%1 imported.").arg(records(summary.added))};
    if (summary.skipped > 0)
        done.append(tr("%1 row(s) skipped as already stored.").arg(number(summary.skipped)));
    if (summary.rejected > 0)
        done.append(tr("%1 row(s) with problems left out, saved to %2.")
                        .arg(number(summary.rejected), QDir::toNativeSeparators(summary.rejectsFile)));
    if (!summary.ignoredColumns.isEmpty())
        done.append(tr("Columns not read: %1.").arg(summary.ignoredColumns.join(QStringLiteral(", "))));
    m_status->setText(done.join(QLatin1Char(' ')));
    setStage(Stage::Done);
    // The import wrote through its own connection: the pages hear of it now, not at the next look.
    (void)m_services.openVenue.watcher().checkNow();
    Q_EMIT imported(summary.added);
}

void ImportRecordsDialog::finishCheck(const RecordImportSummary &summary)
{
    m_ready = summary.added;
    m_leftOut = summary.rejected;
    for (const Error &problem : summary.problems)
        new QListWidgetItem(describe(problem), m_problems);
    if (m_problems->count() > 0)
        m_problems->setCurrentRow(0);
    QStringList status;
    Stage stage = Stage::Ready;
    if (!summary.problems.isEmpty() && m_skipBad->isChecked() && summary.added > 0) {
        status.append(tr("%1 ready to import; %2 row(s) with the problems below will be left out and "
                         "saved to a file you choose, to fix and import again.")
                          .arg(records(summary.added), number(summary.rejected)));
    } else if (!summary.problems.isEmpty()) {
        const QString count = number(summary.problems.size());
        status.append(summary.problems.size() >= RecordImportSummary::ProblemLimit
                          ? tr("More than %1 problems must be fixed in the file before it can be "
                               "imported; the first %1 are listed:")
                                .arg(count)
                      : summary.problems.size() == 1
                          ? tr("1 problem must be fixed before the file can be imported; fix the file "
                               "and press Reload File, or leave the row out:")
                          : tr("%1 problems must be fixed before the file can be imported; fix the file "
                               "and press Reload File, or leave those rows out:")
                                .arg(count));
        stage = Stage::Problems;
    } else if (summary.added == 0 && summary.skipped > 0) {
        status.append(tr("Every row is stored already: %1 row(s) would be skipped, nothing added.")
                          .arg(number(summary.skipped)));
        stage = Stage::Problems;
    } else if (summary.added == 0) {
        status.append(tr("The file has no rows to import."));
        stage = Stage::Problems;
    } else {
        status.append(tr("%1 ready to import.").arg(records(summary.added)));
        if (summary.skipped > 0)
            status.append(
                tr("%1 row(s) are stored already and will be skipped.").arg(number(summary.skipped)));
    }
    if (stage == Stage::Ready && !summary.ignoredColumns.isEmpty())
        status.append(tr("Columns not read: %1.").arg(summary.ignoredColumns.join(QStringLiteral(", "))));
    m_status->setText(status.join(QLatin1Char(' ')));
    setStage(stage);
}

void ImportRecordsDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool working = stage == Stage::Checking || stage == Stage::Importing;
    const bool choosing = stage != Stage::Importing && stage != Stage::Done;
    m_columns->setEnabled(choosing);
    m_dateFormat->setEnabled(choosing);
    m_encoding->setEnabled(choosing);
    if (m_scale)
        m_scale->setEnabled(choosing);
    m_skipBad->setEnabled(choosing);
    m_reload->setVisible(stage != Stage::Done);
    m_reload->setEnabled(stage != Stage::Importing);
    m_progress->setVisible(working);
    m_problems->setVisible(m_problems->count() > 0);
    m_import->setVisible(stage != Stage::Done);
    m_import->setEnabled(stage == Stage::Ready);
    m_import->setText(
        stage != Stage::Ready || m_ready == 0 ? tr("&Import")
        : m_kind == Kind::Stays
            ? (m_ready == 1 ? tr("&Import 1 Stay") : tr("&Import %1 Stays").arg(number(m_ready)))
            : (m_ready == 1 ? tr("&Import 1 Feedback Entry")
                            : tr("&Import %1 Feedback Entries").arg(number(m_ready))));
    m_import->setDefault(stage == Stage::Ready);
    m_close->setText(stage == Stage::Importing ? tr("&Stop")
                     : stage == Stage::Done    ? tr("&Close")
                                               : tr("Cancel"));
    if (stage == Stage::Checking)
        m_status->setText(tr("Checking every row…"));
    if (stage == Stage::Importing)
        m_status->setText(tr("Importing…"));
    // Enter imports when ready (the default button); the focus stays where the user chose.
    if (stage == Stage::Done)
        m_close->setFocus();
}

void ImportRecordsDialog::reject()
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
