// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retentionsection.h"

#include "house/openvenue.h"
#include "house/retentionreview.h"
#include "retentiondialog.h"
#include "widgets/format.h"
#include "widgets/messagebar.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace innkeep::ui {

RetentionSection::RetentionSection(OpenVenue &venue, QWidget *parent)
    : QWidget(parent), m_venue(venue), m_messages(new MessageBar(this)), m_years(new QSpinBox(this)),
      m_count(new QLabel(this)), m_review(new QPushButton(tr("Review…"), this))
{
    auto *group = new QGroupBox(tr("Privacy"), this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(group);

    m_years->setRange(0, RetentionReview::MaxYears);
    m_years->setSpecialValueText(tr("No limit"));
    m_years->setSuffix(tr(" years after the last stay"));
    m_years->setObjectName(QStringLiteral("retentionYears"));
    m_years->setToolTip(
        tr("Guests with no stay for this long are listed for review and can be erased together. "
           "Many countries' data protection laws ask for such a limit."));
    m_count->setWordWrap(true);
    m_review->setObjectName(QStringLiteral("reviewRetention"));

    auto *label = new QLabel(tr("&Years to keep a guest's data:"), group);
    label->setBuddy(m_years);
    auto *row = new QHBoxLayout;
    row->addWidget(m_years);
    row->addStretch(1);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_review);
    auto *form = new QFormLayout;
    form->addRow(label, row);
    form->addRow(QString(), countRow);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_messages);
    layout->addLayout(form);

    connect(m_years, &QSpinBox::editingFinished, this, &RetentionSection::storeYears);
    connect(m_review, &QPushButton::clicked, this, &RetentionSection::review);
    load();
}

void RetentionSection::showEvent(QShowEvent *event)
{
    load();
    QWidget::showEvent(event);
}

void RetentionSection::load()
{
    RetentionReview rule(m_venue);
    const int years = rule.years();
    {
        const QSignalBlocker quiet(m_years);
        m_years->setValue(years);
    }
    m_years->setEnabled(!m_venue.isReadOnly());
    if (years == 0) {
        m_count->setText(tr("No limit is set: guests are kept until someone erases them."));
        m_review->setEnabled(false);
        return;
    }
    auto listed = rule.candidates(years);
    if (!listed) {
        m_count->setText(listed.error().message);
        m_review->setEnabled(false);
        return;
    }
    m_count->setText(tr("Guests with no stay since %1: %2.")
                         .arg(Format::date(rule.cutoff(years)), QLocale().toString(listed->size())));
    m_review->setEnabled(!listed->isEmpty());
}

void RetentionSection::storeYears()
{
    RetentionReview rule(m_venue);
    if (m_years->value() == rule.years())
        return;
    if (auto ok = rule.setYears(m_years->value()); !ok) {
        m_messages->showError(ok.error().message);
        return;
    }
    m_messages->hide();
    load();
}

void RetentionSection::review()
{
    const int years = RetentionReview(m_venue).years();
    if (years == 0)
        return;
    RetentionDialog dialog(m_venue, years, this);
    connect(&dialog, &RetentionDialog::erased, this, &RetentionSection::guestsErased);
    dialog.exec();
    load();
}

} // namespace innkeep::ui
