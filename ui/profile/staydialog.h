// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "stays/stay.h"
#include "widgets/formfields.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace innkeep::ui {

class MessageBar;

// Add or edit one stay: arrival, departure, room, nightly rate (typed in major units, stored
// in minor units of the currency), currency, channel, party size, purpose, booking reference,
// status. Save hands the draft to the saver (StayService::add, or an undoable update); a
// refusal appears under the field the core names and nothing is stored.
class StayDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StayDialog)

public:
    using Saver = std::function<Result<Stay>(const Stay &)>;
    // `stay.uuid` empty: a new stay for `stay.guestUuid`; its currency defaults to `venueCurrency`.
    StayDialog(const Stay &stay, const QString &venueCurrency, const QDate &today, QWidget *parent = nullptr);

    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // The stay as the form stands; nullopt (with the error shown) when the rate is not a number.
    [[nodiscard]] std::optional<Stay> draft();
    [[nodiscard]] const Stay &saved() const { return m_saved; }
    // The error shown under a field ("departure", "rate"…), empty when none.
    [[nodiscard]] QString fieldError(const QString &field) const;
    [[nodiscard]] QDateEdit *arrivalEdit() const { return m_arrival; }
    [[nodiscard]] QDateEdit *departureEdit() const { return m_departure; }
    [[nodiscard]] QLineEdit *roomEdit() const { return m_room; }
    [[nodiscard]] QLineEdit *rateEdit() const { return m_rate; }

    void accept() override;

private:
    void showErrors(const QList<Error> &errors);
    void updateRateSuffix();

    Stay m_original;
    Stay m_saved;
    Saver m_saver;
    MessageBar *m_messages;
    FormFields m_fields;
    QDateEdit *m_arrival;
    QDateEdit *m_departure;
    QLabel *m_nights;
    QLineEdit *m_room;
    QLineEdit *m_rate;
    QComboBox *m_currency;
    QComboBox *m_channel;
    QSpinBox *m_party;
    QComboBox *m_purpose;
    QLineEdit *m_reference;
    QComboBox *m_status;
};

} // namespace innkeep::ui
