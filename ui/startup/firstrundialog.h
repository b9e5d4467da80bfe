// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace innkeep::ui {

// First start without a database: set up my venue (name, currency, phone region, language,
// first staff member) or explore the demo.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)

public:
    enum class Choice { None, SetUp, Demo };
    struct Venue
    {
        QString name;
        QString currency;
        QString region;
        QString language; // "" = the system's
        QString staff;
    };

    explicit FirstRunDialog(QWidget *parent = nullptr);
    [[nodiscard]] Choice choice() const { return m_choice; }
    [[nodiscard]] Venue venue() const;
    // Shows the venue form (the second step), for screenshots and tests.
    void showVenueForm();

private:
    void finishSetUp();

    Choice m_choice = Choice::None;
    QStackedWidget *m_steps;
    QLineEdit *m_name;
    QComboBox *m_currency;
    QComboBox *m_region;
    QComboBox *m_language;
    QLineEdit *m_staff;
    QLabel *m_error;
};

} // namespace innkeep::ui
