// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupsection.h"

#include "house/openvenue.h"
#include "widgets/filechooser.h"
#include "widgets/format.h"
#include "widgets/messagebar.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace innkeep::ui {

BackupSection::BackupSection(OpenVenue &venue, QWidget *parent)
    : QWidget(parent), m_venue(venue), m_messages(new MessageBar(this)), m_folder(new QLineEdit(this)),
      m_choose(new QPushButton(tr("Choose…"), this)), m_useDefault(new QPushButton(tr("Use Default"), this)),
      m_automatic(new QCheckBox(
          tr("Back up automatically: every day while Innkeep is open, and when it closes"), this)),
      m_last(new QLabel(this)), m_advice(new QLabel(this)),
      m_backUp(new QPushButton(tr("Back Up No&w"), this)),
      m_restore(new QPushButton(tr("Restore a Backup…"), this))
{
    auto *group = new QGroupBox(tr("Backups"), this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(group);

    m_choose->setObjectName(QStringLiteral("chooseBackupFolder"));
    m_useDefault->setObjectName(QStringLiteral("defaultBackupFolder"));
    m_backUp->setObjectName(QStringLiteral("backUpNowButton"));
    m_restore->setObjectName(QStringLiteral("restoreBackupSectionButton"));
    m_folder->setReadOnly(true);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_choose->setToolTip(tr("Choose the folder the backups go to: a USB stick or a synced folder works."));
    m_useDefault->setToolTip(tr("Keep the backups in the “backups” folder beside the venue's file."));
    m_advice->setWordWrap(true);
    m_advice->setText(
        tr("Backups beside the file are lost with the disk. Choose a folder on a USB stick or a "
           "synced folder so a broken or stolen computer does not take them too."));
    m_last->setWordWrap(true);
    m_last->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);
    folderRow->addWidget(m_useDefault);
    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("Backup folder:"), group);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_advice);
    form->addRow(QString(), m_automatic);
    form->addRow(tr("Last backup:"), m_last);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    layout->addLayout(buttons);

    setTabOrder(m_folder, m_choose);
    setTabOrder(m_choose, m_useDefault);
    setTabOrder(m_useDefault, m_automatic);
    setTabOrder(m_automatic, m_backUp);
    setTabOrder(m_backUp, m_restore);

    connect(m_choose, &QPushButton::clicked, this, &BackupSection::chooseFolder);
    connect(m_useDefault, &QPushButton::clicked, this, &BackupSection::useDefaultFolder);
    connect(m_automatic, &QCheckBox::toggled, this, &BackupSection::setAutomatic);
    connect(m_backUp, &QPushButton::clicked, this, &BackupSection::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupSection::restoreRequested);
    load();
}

void BackupSection::load()
{
    VenueBackups backups = m_venue.backups();
    const QString folder = QDir::toNativeSeparators(backups.folder());
    m_folder->setText(folder);
    m_folder->setToolTip(folder);
    m_folder->setAccessibleDescription(folder);
    m_useDefault->setEnabled(!backups.usesDefaultFolder());
    m_advice->setVisible(backups.usesDefaultFolder());
    {
        const QSignalBlocker quiet(m_automatic);
        m_automatic->setChecked(backups.automatic());
    }
    const bool writable = !m_venue.isReadOnly();
    m_automatic->setEnabled(writable);
    m_choose->setEnabled(writable);
    m_backUp->setEnabled(writable);

    const QList<VenueBackups::Backup> listed = backups.list();
    const auto newest = std::find_if(listed.cbegin(), listed.cend(),
                                     [](const VenueBackups::Backup &b) { return b.problem.isEmpty(); });
    if (newest == listed.cend()) {
        m_last->setText(tr("None yet."));
        return;
    }
    m_last->setText(tr("%1 — guests in it: %2")
                        .arg(Format::dateTime(newest->madeAt.toMSecsSinceEpoch()),
                             QLocale().toString(newest->summary.guests)));
}

void BackupSection::showEvent(QShowEvent *event)
{
    // The automatic backups are made while the page is hidden: "Last backup" is read afresh.
    load();
    QWidget::showEvent(event);
}

bool BackupSection::backUpNow()
{
    auto made = m_venue.backups().create();
    if (!made) {
        m_messages->showError(made.error().toString());
        return false;
    }
    m_messages->showInfo(tr("Backed up to %1.").arg(QDir::toNativeSeparators(made->summary.path)));
    load();
    return true;
}

void BackupSection::chooseFolder()
{
    VenueBackups backups = m_venue.backups();
    const QString chosen = FileChooser::chooseFolder(this, tr("Backup Folder"), backups.folder());
    if (chosen.isEmpty())
        return;
    if (auto ok = backups.setFolder(chosen); !ok) {
        m_messages->showError(ok.error().message);
        return;
    }
    m_messages->showInfo(tr("Backups now go to %1.").arg(QDir::toNativeSeparators(chosen)));
    load();
}

void BackupSection::useDefaultFolder()
{
    if (auto ok = m_venue.backups().setFolder(QString()); !ok) {
        m_messages->showError(ok.error().message);
        return;
    }
    m_messages->hide();
    load();
}

void BackupSection::setAutomatic(bool on)
{
    if (auto ok = m_venue.backups().setAutomatic(on); !ok) {
        m_messages->showError(ok.error().message);
        load();
        return;
    }
    m_messages->showInfo(on ? tr("Backups are made by themselves again.")
                            : tr("Automatic backups are off. Remember to back up by hand."));
}

} // namespace innkeep::ui
