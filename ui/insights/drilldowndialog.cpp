// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "drilldowndialog.h"

#include "insightlistmodel.h"
#include "jobs/backgroundjob.h"
#include "jobs/jobcontext.h"
#include "jobs/jobrunner.h"
#include "models/roles.h"
#include "profile/tableviews.h"
#include "widgets/filechooser.h"
#include "widgets/messagebar.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace innkeep::ui {

DrillDownDialog::DrillDownDialog(JobRunner &jobs, QString databasePath, QWidget *parent)
    : QDialog(parent), m_jobs(jobs), m_databasePath(std::move(databasePath)), m_messages(new MessageBar),
      m_heading(new QLabel), m_counted(new QRadioButton), m_hits(new QRadioButton),
      m_stack(new QStackedWidget), m_view(new QTableView), m_placeholder(new QLabel),
      m_model(new InsightListModel(this)), m_open(new QPushButton(tr("&Open"))),
      m_export(new QPushButton(tr("E&xport CSV…")))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(tr("Records behind the number"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    auto *group = new QButtonGroup(this);
    group->addButton(m_counted);
    group->addButton(m_hits);
    m_counted->setChecked(true);
    m_counted->setToolTip(tr("Every record the number was computed over"));
    m_hits->setToolTip(tr("The records that made the number (its numerator)"));
    setupReadOnlyTable(m_view);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Records behind the number"));
    m_view->setSortingEnabled(false);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_placeholder);

    auto *toggle = new QHBoxLayout;
    toggle->addWidget(m_counted);
    toggle->addWidget(m_hits);
    toggle->addStretch(1);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_messages);
    layout->addLayout(toggle);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);
    resize(860, 520);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_counted, &QRadioButton::toggled, this, [this] { showRows(); });
    connect(m_open, &QPushButton::clicked, this, &DrillDownDialog::openCurrent);
    connect(m_export, &QPushButton::clicked, this, &DrillDownDialog::exportCsv);
    connect(m_view, &QTableView::activated, this, [this] { openCurrent(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DrillDownDialog::updateButtons);
}

DrillDownDialog::~DrillDownDialog() = default;

bool DrillDownDialog::isReading() const
{
    return m_job && m_job->isRunning();
}

void DrillDownDialog::showDrillDown(const DrillDown &drill)
{
    m_drill = drill;
    m_messages->hide();
    m_heading->setText(drill.period.isEmpty() ? drill.title : tr("%1 · %2").arg(drill.title, drill.period));
    const QLocale locale;
    m_counted->setText(tr("&Counted (%1)").arg(locale.toString(drill.counted.size())));
    m_hits->setText(tr("&Hits (%1)").arg(locale.toString(drill.hits.size())));
    m_hits->setVisible(drill.hasHits);
    m_counted->setVisible(drill.hasHits);
    if (!drill.hasHits)
        m_counted->setChecked(true);
    m_placeholder->setText(tr("Reading the records…"));
    if (m_model->rowCount() == 0)
        m_stack->setCurrentWidget(m_placeholder);
    show();
    raise();
    activateWindow();

    if (m_job) {
        disconnect(m_job.get(), nullptr, this, nullptr);
        m_job.reset(); // cancels and waits: a list read is short
    }
    const KpiPopulation population = drill.population;
    const QList<qint64> ids = drill.counted;
    auto job = m_jobs.start<InsightList>(
        tr("the list behind the number"), JobAccess::Reads,
        [population, ids](JobContext &context) { return InsightLists(context.db()).read(population, ids); });
    if (!job) {
        m_messages->showError(job.error().message);
        return;
    }
    m_job = std::move(*job);
    BackgroundJob *running = m_job.get();
    connect(running, &BackgroundJob::finished, this, [this, running] {
        auto list = running->result<InsightList>();
        if (!list) {
            if (list.error().code != Error::Code::Cancelled)
                m_messages->showError(list.error().message);
            return;
        }
        m_list = std::move(*list);
        showRows();
        Q_EMIT listShown();
    });
}

void DrillDownDialog::showRows()
{
    InsightList shown{m_list.population, {}};
    if (m_hits->isChecked() && m_drill.hasHits) {
        const QSet<qint64> hits(m_drill.hits.cbegin(), m_drill.hits.cend());
        for (const InsightListRow &row : std::as_const(m_list.rows))
            if (hits.contains(row.id))
                shown.rows.append(row);
    } else {
        shown = m_list;
    }
    m_model->setList(shown);
    m_view->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    const int stretch = m_model->stretchColumn();
    if (stretch >= 0 && m_view->columnWidth(stretch) > 360)
        m_view->setColumnWidth(stretch, 360);
    if (shown.rows.isEmpty()) {
        m_placeholder->setText(m_hits->isChecked() && m_drill.hasHits
                                   ? tr("None of these records made the number.")
                                   : tr("Nothing was counted in this period."));
        m_stack->setCurrentWidget(m_placeholder);
    } else {
        m_stack->setCurrentWidget(m_view);
        m_view->selectRow(0);
        m_view->setFocus();
    }
    updateButtons();
}

void DrillDownDialog::updateButtons()
{
    m_open->setEnabled(m_model->rowCount() > 0);
    m_export->setEnabled(m_model->rowCount() > 0);
}

void DrillDownDialog::openCurrent()
{
    // Enter in the list both activates the row and reaches the default button: open once.
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !isVisible())
        return;
    const QString uuid = index.data(IdRole).toString();
    const QString guest = index.data(GuestUuidRole).toString();
    switch (m_model->population()) {
    case KpiPopulation::Guests:
    case KpiPopulation::Stays:
        if (guest.isEmpty())
            return;
        accept();
        Q_EMIT guestOpened(guest);
        return;
    case KpiPopulation::Tickets:
        accept();
        Q_EMIT ticketOpened(uuid);
        return;
    case KpiPopulation::Feedback:
        accept();
        Q_EMIT feedbackOpened(uuid);
        return;
    }
}

void DrillDownDialog::exportCsv()
{
    const QString path =
        FileChooser::saveFile(this, tr("Export List as CSV"), QDir::home().filePath(tr("insights-list.csv")),
                              tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto ok = InsightLists::writeCsv(path, m_model->header(), m_model->rows(), m_databasePath); !ok) {
        m_messages->showError(ok.error().message);
        return;
    }
    m_messages->showInfo(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace innkeep::ui
