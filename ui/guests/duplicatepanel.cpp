// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatepanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace innkeep::ui {

namespace {

QString lastStayText(const DuplicateGuest &guest)
{
    return guest.lastStay.isValid() ? QLocale().toString(guest.lastStay, QLocale::ShortFormat)
                                    : DuplicatePanel::tr("no stays");
}

} // namespace

DuplicatePanel::DuplicatePanel(QWidget *parent)
    : QFrame(parent), m_title(new QLabel), m_list(new QTreeWidget), m_open(new QPushButton),
      m_saveAnyway(new QPushButton)
{
    setObjectName(QStringLiteral("duplicatePanel"));
    setFrameShape(QFrame::StyledPanel);
    setForegroundRole(QPalette::WindowText);
    auto *layout = new QVBoxLayout(this);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_list->setObjectName(QStringLiteral("duplicateCandidates"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(4);
    m_list->header()->setStretchLastSection(true);
    m_list->setMaximumHeight(130);
    m_title->setBuddy(m_list);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_open->setObjectName(QStringLiteral("openExistingGuest"));
    m_saveAnyway->setObjectName(QStringLiteral("saveAnyway"));
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveAnyway);
    layout->addLayout(buttons);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!chosenUuid().isEmpty())
            Q_EMIT openRequested(chosenUuid());
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!chosenUuid().isEmpty())
            Q_EMIT openRequested(chosenUuid());
    });
    connect(m_saveAnyway, &QPushButton::clicked, this, &DuplicatePanel::saveAnywayRequested);
    retranslate();
    hide();
}

void DuplicatePanel::retranslate()
{
    m_title->setText(
        tr("This guest may already be here. Open the existing profile, or save a new one anyway:"));
    m_list->setHeaderLabels({tr("Guest"), tr("Last stay"), tr("Contacts"), tr("Why")});
    m_list->setAccessibleName(tr("Guests who may be the same person"));
    m_open->setText(tr("Open &Existing"));
    m_saveAnyway->setText(tr("Save Any&way"));
    if (!m_candidates.isEmpty())
        showCandidates(m_candidates);
}

void DuplicatePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void DuplicatePanel::showCandidates(const QList<DuplicateCandidate> &candidates)
{
    m_candidates = candidates;
    m_list->clear();
    for (const DuplicateCandidate &candidate : candidates) {
        const DuplicateGuest &guest = candidate.guest;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, guest.name);
        item->setText(1, lastStayText(guest));
        item->setText(2, (guest.phones + guest.emails).join(QStringLiteral(", ")));
        //: Why two guests may be one, and how sure: "same phone, same name (85 of 100)".
        item->setText(
            3, tr("%1 (%2 of 100)").arg(candidate.match.text(), QLocale().toString(candidate.match.score)));
        for (int column = 0; column < 4; ++column)
            item->setToolTip(column, item->text(column));
        item->setData(0, Qt::UserRole, guest.uuid);
    }
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    setVisible(!candidates.isEmpty());
}

int DuplicatePanel::candidateCount() const
{
    return int(m_candidates.size());
}

QString DuplicatePanel::chosenUuid() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace innkeep::ui
