// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retentiondialog.h"

#include "house/openvenue.h"
#include "house/retentionreview.h"
#include "widgets/format.h"
#include "widgets/question.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace innkeep::ui {

RetentionDialog::RetentionDialog(OpenVenue &venue, int years, QWidget *parent)
    : QDialog(parent), m_venue(venue), m_years(years), m_summary(new QLabel(this)),
      m_list(new QTreeWidget(this)), m_erase(new QPushButton(this))
{
    setWindowTitle(tr("Guests Past the Retention Period"));
    m_summary->setWordWrap(true);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Guest"), tr("Last stay"), tr("Profile made")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Guests past the retention period"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_erase->setObjectName(QStringLiteral("eraseAllButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_erase, QDialogButtonBox::DestructiveRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_erase, &QPushButton::clicked, this, &RetentionDialog::eraseAll);
    load();
    resize(640, 440);
}

void RetentionDialog::load()
{
    m_list->clear();
    RetentionReview review(m_venue);
    auto listed = review.candidates(m_years);
    const QString since = Format::date(review.cutoff(m_years));
    if (!listed) {
        m_summary->setText(listed.error().message);
        m_erase->setEnabled(false);
        m_erase->setText(tr("&Erase All…"));
        return;
    }
    for (const RetentionReview::Candidate &candidate : std::as_const(*listed)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, candidate.name);
        item->setText(1,
                      candidate.lastStay.isValid() ? Format::date(candidate.lastStay) : tr("Never stayed"));
        item->setText(2, Format::date(candidate.since));
        item->setData(0, Qt::UserRole, candidate.uuid);
    }
    m_summary->setText(
        listed->isEmpty()
            ? tr("No guest is past the retention period: everyone stayed or was added since %1.").arg(since)
            : tr("These guests have not stayed since %1 (%2 years). Erasing removes their names, "
                 "contacts and every text about them; their stays and ratings stay in the "
                 "statistics without a name.")
                  .arg(since)
                  .arg(m_years));
    m_erase->setText(tr("&Erase All %1 Guests…").arg(QLocale().toString(listed->size())));
    m_erase->setEnabled(!listed->isEmpty() && !m_venue.isReadOnly());
}

void RetentionDialog::eraseAll()
{
    const int count = m_list->topLevelItemCount();
    if (count == 0)
        return;
    const auto answer = Question::ask(
        this, tr("Erase Guests"),
        tr("Erase %1 guests for good? This cannot be undone; backups made before now still hold them until "
           "they are rotated away.")
            .arg(QLocale().toString(count)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    auto erased = RetentionReview(m_venue).eraseAll(m_years);
    if (!erased) {
        Question::warn(this, tr("Erase Guests"), erased.error().message);
        return;
    }
    Q_EMIT this->erased();
    load();
}

} // namespace innkeep::ui
