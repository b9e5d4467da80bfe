// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences/preference.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace innkeep::ui {

// Add or edit one preference: category, what, detail, source, date observed, critical.
class PreferenceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferenceDialog)

public:
    PreferenceDialog(const Preference &preference, const QDate &today, QWidget *parent = nullptr);
    [[nodiscard]] Preference preference() const;
    [[nodiscard]] QLineEdit *valueEdit() const { return m_value; }
    [[nodiscard]] QCheckBox *criticalBox() const { return m_critical; }
    [[nodiscard]] QComboBox *categoryBox() const { return m_category; }
    void accept() override;

private:
    Preference m_original;
    QComboBox *m_category;
    QLineEdit *m_value;
    QLineEdit *m_detail;
    QComboBox *m_source;
    QDateEdit *m_observed;
    QCheckBox *m_critical;
    QLabel *m_error;
};

} // namespace innkeep::ui
