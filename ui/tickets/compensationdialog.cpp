// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compensationdialog.h"

#include "common/money.h"
#include "ticketdisplaytext.h"
#include "widgets/format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace innkeep::ui {

CompensationDialog::CompensationDialog(const QString &currency, QWidget *parent)
    : QDialog(parent), m_kind(new QComboBox), m_amount(new QDoubleSpinBox),
      m_currency(new QLineEdit(currency)), m_description(new QLineEdit)
{
    setWindowTitle(tr("Add Compensation"));
    for (auto kind : {Compensation::Kind::Discount, Compensation::Kind::Refund, Compensation::Kind::Upgrade,
                      Compensation::Kind::Amenity, Compensation::Kind::Other})
        m_kind->addItem(TicketDisplayText::compensationKindLabel(kind), int(kind));
    m_amount->setRange(0, 1'000'000);
    m_amount->setGroupSeparatorShown(true);
    m_currency->setMaxLength(3);
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_description->setPlaceholderText(tr("e.g. dinner for two, 20% off the room"));
    updateDecimals();
    connect(m_currency, &QLineEdit::textChanged, this, &CompensationDialog::updateDecimals);

    auto *form = new QFormLayout(this);
    auto add = [form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    add(tr("&Type:"), m_kind);
    add(tr("&Amount:"), m_amount);
    add(tr("C&urrency:"), m_currency);
    add(tr("&What was given:"), m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(420);
}

void CompensationDialog::updateDecimals()
{
    m_amount->setDecimals(Money::minorDigits(m_currency->text().toUpper()));
}

Compensation CompensationDialog::compensation() const
{
    Compensation c;
    c.kind = Compensation::Kind(m_kind->currentData().toInt());
    c.currency = m_currency->text().trimmed().toUpper();
    // The spin box shows exactly the currency's decimals; its text is the amount, read by core.
    const auto cost = Money::parseLocal(QString(), m_amount->cleanText(), c.currency, m_amount->locale());
    c.costMinor = cost ? cost->minor() : 0;
    c.description = m_description->text().trimmed();
    return c;
}

} // namespace innkeep::ui
