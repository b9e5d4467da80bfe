// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "guests/guest.h"
#include "widgets/formfields.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace innkeep::ui {

class AppServices;
class CodePicker;
class DuplicatePanel;
class MessageBar;

// New or edit guest. Save asks GuestService::check() and shows each problem under its field;
// only a clean draft reaches the saver (add, or an undoable update), whose error stays inline too.
class GuestEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuestEditDialog)

public:
    using Saver = std::function<Result<Guest>(const Guest &)>;
    // exec()'s result when the user chose to open a stored guest this one may duplicate.
    static constexpr int OpenExisting = 2;
    GuestEditDialog(AppServices &services, const Guest &guest, QWidget *parent = nullptr);

    void setSaver(Saver saver) { m_saver = std::move(saver); }
    [[nodiscard]] Guest draft() const;
    [[nodiscard]] const Guest &saved() const { return m_saved; }
    // The error shown under a field ("email", "family_name"…), empty when none.
    [[nodiscard]] QString fieldError(const QString &field) const;
    [[nodiscard]] QLineEdit *emailsEdit() const { return m_emails; }
    [[nodiscard]] QLineEdit *familyNameEdit() const { return m_family; }
    [[nodiscard]] QLineEdit *givenNameEdit() const { return m_given; }

    // The stored guest chosen with Open Existing (after exec() returned OpenExisting).
    [[nodiscard]] const QString &existingGuest() const { return m_existing; }
    [[nodiscard]] DuplicatePanel *duplicatePanel() const { return m_duplicates; }

    // Saves a clean draft, unless it may duplicate a stored guest the user has not yet seen:
    // then the candidates show (Open Existing / Save Anyway) and nothing is saved.
    void accept() override;

private:
    void showErrors(const QList<Error> &errors);

    AppServices &m_services;
    Guest m_original;
    Guest m_saved;
    Saver m_saver;
    MessageBar *m_messages;
    DuplicatePanel *m_duplicates;
    bool m_duplicatesAccepted = false;
    QString m_existing;
    FormFields m_fields;
    QLineEdit *m_salutation;
    QLineEdit *m_given;
    QLineEdit *m_family;
    QLineEdit *m_latinGiven;
    QLineEdit *m_latinFamily;
    QLineEdit *m_emails;
    QLineEdit *m_phones;
    QLineEdit *m_tags;
    CodePicker *m_language;
    CodePicker *m_nationality;
    QLineEdit *m_company;
    QLineEdit *m_city;
    CodePicker *m_country;
    QDateEdit *m_birthday;
    QSpinBox *m_vip;
    QComboBox *m_source;
    QCheckBox *m_blocked;
    QLineEdit *m_blockedReason;
    QCheckBox *m_press;
    QCheckBox *m_consentEmail;
    QCheckBox *m_consentSms;
    QCheckBox *m_consentPhone;
    QCheckBox *m_consentMarketing;
};

} // namespace innkeep::ui
