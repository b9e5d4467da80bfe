// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reclassifydialog.h"

#include "ticketclasschoice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace innkeep::ui {

ReclassifyDialog::ReclassifyDialog(TicketServices &services, const ComplaintTicket &ticket, QWidget *parent)
    : QDialog(parent), m_category(new QComboBox), m_severity(new QComboBox)
{
    setObjectName(QStringLiteral("reclassifyDialog"));
    setWindowTitle(tr("Reclassify Complaint"));
    fillCategories(*m_category, services, ticket.category);
    fillSeverities(*m_severity, ticket.severity);
    m_category->setAccessibleName(tr("Category"));
    m_severity->setAccessibleName(tr("Severity"));

    auto *form = new QFormLayout;
    auto *categoryLabel = new QLabel(tr("&Category:"));
    categoryLabel->setBuddy(m_category);
    form->addRow(categoryLabel, m_category);
    auto *severityLabel = new QLabel(tr("Se&verity:"));
    severityLabel->setBuddy(m_severity);
    form->addRow(severityLabel, m_severity);

    auto *explain =
        new QLabel(tr("A new severity brings its own response times; they are counted from when the "
                      "complaint was logged."));
    explain->setWordWrap(true);
    explain->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explain);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 52);
    m_severity->setFocus();
}

QString ReclassifyDialog::category() const
{
    return m_category->currentData().toString();
}

TicketSeverity ReclassifyDialog::severity() const
{
    return TicketSeverity(m_severity->currentData().toInt());
}

} // namespace innkeep::ui
