// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickets/compensation.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace innkeep::ui {

// What the venue gave the guest: type, amount in major units (converted to minor units of
// the currency), currency, a short description.
class CompensationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompensationDialog)

public:
    explicit CompensationDialog(const QString &currency, QWidget *parent = nullptr);

    [[nodiscard]] Compensation compensation() const;
    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }
    [[nodiscard]] QDoubleSpinBox *amountBox() const { return m_amount; }
    [[nodiscard]] QLineEdit *currencyEdit() const { return m_currency; }
    [[nodiscard]] QLineEdit *descriptionEdit() const { return m_description; }

private:
    void updateDecimals();

    QComboBox *m_kind;
    QDoubleSpinBox *m_amount;
    QLineEdit *m_currency;
    QLineEdit *m_description;
};

} // namespace innkeep::ui
