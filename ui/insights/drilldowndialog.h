// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "insights/insightlists.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableView;

namespace innkeep {
class BackgroundJob;
class JobRunner;
} // namespace innkeep

namespace innkeep::ui {

class InsightListModel;
class MessageBar;

// What a drill-down lists: the records a number was computed over ("Counted") and, when the
// number is a share, the ones that made it ("Hits": the repeat guests, the promoters …).
struct DrillDown
{
    QString title;  // what was clicked ("Repeat guests", "Noise complaints")
    QString period; // the period in words
    KpiPopulation population = KpiPopulation::Guests;
    QList<qint64> counted;
    QList<qint64> hits;
    bool hasHits = false;
};

// The list behind a number on the Insights page: the records are read by id in a reading job
// (InsightLists), then shown with the Counted / Hits toggle; Enter or Open shows the guest's
// profile, the ticket or the feedback entry; Export CSV… writes what the list shows (0600).
class DrillDownDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillDownDialog)

public:
    DrillDownDialog(JobRunner &jobs, QString databasePath, QWidget *parent = nullptr);
    ~DrillDownDialog() override;

    // Shows the dialog and reads the list (the previous one stays until the new one is read).
    void showDrillDown(const DrillDown &drill);
    [[nodiscard]] const DrillDown &drillDown() const { return m_drill; }
    [[nodiscard]] bool isReading() const;
    [[nodiscard]] InsightListModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QRadioButton *countedButton() const { return m_counted; }
    [[nodiscard]] QRadioButton *hitsButton() const { return m_hits; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] QPushButton *openButton() const { return m_open; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }
    // Asks for a file name (FileChooser), then writes the list as CSV.
    void exportCsv();
    // Opens the current row's record (guestOpened / ticketOpened / feedbackOpened) and closes.
    void openCurrent();

Q_SIGNALS:
    void guestOpened(const QString &guestUuid);
    void ticketOpened(const QString &ticketUuid);
    void feedbackOpened(const QString &feedbackUuid);
    // The list is read and shown (tests wait for it).
    void listShown();

private:
    void showRows();
    void updateButtons();

    JobRunner &m_jobs;
    QString m_databasePath;
    DrillDown m_drill;
    InsightList m_list;
    std::unique_ptr<BackgroundJob> m_job;
    MessageBar *m_messages;
    QLabel *m_heading;
    QRadioButton *m_counted;
    QRadioButton *m_hits;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_placeholder;
    InsightListModel *m_model;
    QPushButton *m_open;
    QPushButton *m_export;
};

} // namespace innkeep::ui
