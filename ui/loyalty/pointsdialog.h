// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "loyalty/pointsentry.h"
#include "widgets/formfields.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace innkeep::ui {

class MessageBar;

// Adjust, redeem or undo a guest's points: how many (not for an undo) and why. Save hands them to
// the saver (PointsLedger::adjust, redeem or undo); a refusal (beyond the balance, no reason) shows
// under its field and nothing is written.
class PointsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PointsDialog)

public:
    enum class Purpose { Adjust, Redeem, Undo };
    using Saver = std::function<Result<PointsEntry>(qint64 points, const QString &reason)>;

    // `balance` is shown; `undoing` describes the entry an undo cancels.
    PointsDialog(Purpose purpose, qint64 balance, const QString &undoing = {}, QWidget *parent = nullptr);

    void setSaver(Saver saver) { m_saver = std::move(saver); }
    [[nodiscard]] const PointsEntry &saved() const { return m_saved; }
    [[nodiscard]] QString fieldError(const QString &field) const { return m_fields.error(field); }
    [[nodiscard]] QSpinBox *pointsEdit() const { return m_points; }
    [[nodiscard]] QLineEdit *reasonEdit() const { return m_reason; }

    void accept() override;

private:
    Purpose m_purpose;
    Saver m_saver;
    PointsEntry m_saved;
    MessageBar *m_messages;
    FormFields m_fields;
    QSpinBox *m_points;
    QLineEdit *m_reason;
};

} // namespace innkeep::ui
