// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findduplicatesdialog.h"

#include "appservices.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace innkeep::ui {

namespace {

QString guestText(const DuplicateGuest &guest)
{
    QStringList parts{guest.name};
    parts.append(guest.lastStay.isValid() ? FindDuplicatesDialog::tr("last stay %1")
                                                .arg(QLocale().toString(guest.lastStay, QLocale::ShortFormat))
                                          : FindDuplicatesDialog::tr("no stays"));
    if (!guest.phones.isEmpty())
        parts.append(guest.phones.constFirst());
    if (!guest.emails.isEmpty())
        parts.append(guest.emails.constFirst());
    return parts.join(QStringLiteral(" · "));
}

} // namespace

FindDuplicatesDialog::FindDuplicatesDialog(AppServices &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_summary(new QLabel), m_list(new QTreeWidget),
      m_openFirst(new QPushButton(tr("Open &First"))), m_openSecond(new QPushButton(tr("Open &Second"))),
      m_merge(new QPushButton(tr("&Merge…")))
{
    setObjectName(QStringLiteral("findDuplicatesDialog"));
    setWindowTitle(tr("Find Duplicates"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("duplicatePairs"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Score"), tr("Why"), tr("Guest"), tr("May be the same as")});
    m_list->setAccessibleName(tr("Guests who may be one person"));
    m_summary->setBuddy(m_list);
    // The two guests share what is left, side by side; each cell's tooltip has the whole text.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_merge->setObjectName(QStringLiteral("mergePair"));
    m_merge->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_openFirst, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openSecond, QDialogButtonBox::ActionRole);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openFirst, &QPushButton::clicked, this, [this] {
        if (const DuplicatePair *pair = currentPair())
            Q_EMIT guestOpenRequested(pair->first.uuid);
    });
    connect(m_openSecond, &QPushButton::clicked, this, [this] {
        if (const DuplicatePair *pair = currentPair())
            Q_EMIT guestOpenRequested(pair->second.uuid);
    });
    connect(m_merge, &QPushButton::clicked, this, [this] {
        if (const DuplicatePair *pair = currentPair())
            Q_EMIT mergeRequested(pair->first.uuid, pair->second.uuid);
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, m_merge, &QPushButton::click);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &FindDuplicatesDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(1040, 480);
    reload();
}

void FindDuplicatesDialog::reload()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto found = m_services.openVenue.duplicateFinder().pairs();
    QApplication::restoreOverrideCursor();
    m_list->clear();
    m_pairs.clear();
    if (!found) {
        m_summary->setText(found.error().message);
        updateButtons();
        return;
    }
    m_pairs = *found;
    for (qsizetype i = 0; i < m_pairs.size(); ++i) {
        const DuplicatePair &pair = m_pairs.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QLocale().toString(pair.match.score));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(1, pair.match.text());
        item->setText(2, guestText(pair.first));
        item->setText(3, guestText(pair.second));
        for (int column = 1; column < 4; ++column)
            item->setToolTip(column, item->text(column));
        item->setData(0, Qt::UserRole, qlonglong(i));
    }
    m_summary->setText(
        m_pairs.isEmpty()
            ? tr("No guests look like duplicates: no two profiles share a phone or an e-mail, or a "
                 "close name with the birthday or the city.")
            : tr("%n pair(s) of guests may be one person. Merge a pair to keep one profile with "
                 "everything of both.",
                 nullptr, int(m_pairs.size())));
    for (int column = 0; column < 2; ++column)
        m_list->resizeColumnToContents(column);
    if (!m_pairs.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

const DuplicatePair *FindDuplicatesDialog::currentPair() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const qsizetype index = item->data(0, Qt::UserRole).toLongLong();
    return index >= 0 && index < m_pairs.size() ? &m_pairs.at(index) : nullptr;
}

void FindDuplicatesDialog::updateButtons()
{
    const bool chosen = currentPair() != nullptr;
    for (QPushButton *button : {m_openFirst, m_openSecond, m_merge})
        button->setEnabled(chosen);
}

} // namespace innkeep::ui
