// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorebackupdialog.h"

#include "house/openvenue.h"
#include "widgets/filechooser.h"
#include "widgets/format.h"
#include "widgets/question.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace innkeep::ui {

namespace {

constexpr int IndexRole = Qt::UserRole;
enum Column { Made, Kind, LastChange, Guests, Stays, Tickets, Feedback, ColumnCount };

} // namespace

RestoreBackupDialog::RestoreBackupDialog(OpenVenue &venue, QWidget *parent)
    : QDialog(parent), m_venue(venue), m_list(new QTreeWidget(this)), m_details(new QLabel(this)),
      m_otherFile(new QPushButton(tr("&Other File…"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_restore(m_buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Restore a Backup"));
    auto *intro =
        new QLabel(tr("The copy you choose takes the place of the file you have open. The file as it "
                      "is now is kept beside it, renamed, and Innkeep opens the copy."),
                   this);
    intro->setWordWrap(true);

    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Made"), tr("Kind"), tr("Last change"), tr("Guests"), tr("Stays"),
                             tr("Tickets"), tr("Feedback")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAccessibleName(tr("Backups"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_otherFile->setObjectName(QStringLiteral("otherFileButton"));
    m_otherFile->setToolTip(
        tr("Restore from an Innkeep file that is not listed: a copy on a USB stick, say."));

    VenueBackups backups = venue.backups();
    for (const VenueBackups::Backup &backup : backups.list())
        addBackup(backup, backup.kind == VenueBackups::Kind::Automatic ? tr("Automatic") : tr("Manual"));
    for (const QString &copy : OpenVenue::restoreCandidates(venue.path())) {
        VenueBackups::Backup backup;
        backup.madeAt = QFileInfo(copy).lastModified().toUTC();
        if (auto read = BackupCopy::read(copy))
            backup.summary = *read;
        else
            backup.problem = read.error().message;
        backup.summary.path = copy;
        addBackup(backup, copy.endsWith(QLatin1String(".bak")) ? tr("Before an upgrade") : tr("Other copy"));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *lower = new QHBoxLayout;
    lower->addWidget(m_otherFile);
    lower->addStretch(1);
    lower->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(lower);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreBackupDialog::showSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &RestoreBackupDialog::accept);
    connect(m_otherFile, &QPushButton::clicked, this, &RestoreBackupDialog::chooseOtherFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setTabOrder(m_list, m_otherFile);
    setTabOrder(m_otherFile, m_restore);
    m_list->setFocus();
    showSelected();
    resize(760, 420);
}

void RestoreBackupDialog::addBackup(const VenueBackups::Backup &backup, const QString &kind)
{
    const QLocale locale;
    auto *item = new QTreeWidgetItem(m_list);
    item->setText(Made, Format::dateTime(backup.madeAt.toMSecsSinceEpoch()));
    item->setText(Kind, kind);
    if (backup.problem.isEmpty()) {
        item->setText(LastChange, backup.summary.lastChangeMs > 0
                                      ? Format::dateTime(backup.summary.lastChangeMs)
                                      : tr("None"));
        const qint64 counts[] = {backup.summary.guests, backup.summary.stays, backup.summary.tickets,
                                 backup.summary.feedback};
        for (int column = Guests; column <= Feedback; ++column) {
            item->setText(column, locale.toString(counts[column - Guests]));
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
    } else {
        item->setText(LastChange, tr("Cannot be read"));
        item->setForeground(LastChange, palette().color(QPalette::Disabled, QPalette::Text));
    }
    item->setToolTip(Made, QDir::toNativeSeparators(backup.summary.path));
    item->setData(Made, IndexRole, m_backups.size());
    m_backups.append(backup);
}

void RestoreBackupDialog::showSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_restore->setEnabled(item != nullptr);
    if (!item) {
        m_details->setText(
            tr("No backups in %1 yet. Choose “Other File…” to restore from a copy kept elsewhere.")
                .arg(QDir::toNativeSeparators(m_venue.backups().folder())));
        return;
    }
    const VenueBackups::Backup &backup = m_backups.at(item->data(Made, IndexRole).toInt());
    const QString file = QDir::toNativeSeparators(backup.summary.path);
    if (!backup.problem.isEmpty()) {
        m_details->setText(tr("%1\nThis copy cannot be read: %2").arg(file, backup.problem));
        m_restore->setEnabled(false);
        return;
    }
    const QString venue =
        backup.summary.venueName.isEmpty() ? tr("A venue with no name yet") : backup.summary.venueName;
    m_details->setText(tr("%1, %2\n%3").arg(venue, QLocale().formattedDataSize(backup.summary.bytes), file));
}

void RestoreBackupDialog::chooseOtherFile()
{
    const QString chosen =
        FileChooser::openFile(this, tr("Restore a Backup"), m_venue.backups().folder(),
                              tr("Innkeep files (*.innkeep *.sqlite *.bak);;All files (*)"));
    if (chosen.isEmpty())
        return;
    auto read = BackupCopy::read(chosen);
    if (!read) {
        Question::warn(this, tr("Restore a Backup"), read.error().message);
        return;
    }
    VenueBackups::Backup backup;
    backup.summary = *read;
    backup.madeAt = QFileInfo(chosen).lastModified().toUTC();
    addBackup(backup, tr("Chosen file"));
    m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    m_list->setFocus();
}

void RestoreBackupDialog::accept()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !m_restore->isEnabled())
        return;
    const VenueBackups::Backup &backup = m_backups.at(item->data(Made, IndexRole).toInt());
    const auto answer = Question::ask(this, tr("Restore a Backup"),
                                      tr("Put the copy made %1 in place of the open file? Changes made since "
                                         "then are not in it. The file as "
                                         "it is now is kept beside it, renamed.")
                                          .arg(Format::dateTime(backup.madeAt.toMSecsSinceEpoch())));
    if (answer != QMessageBox::Yes)
        return;
    m_chosen = backup.summary.path;
    QDialog::accept();
}

} // namespace innkeep::ui
