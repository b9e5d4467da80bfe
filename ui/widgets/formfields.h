// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

class QDialog;
class QFormLayout;
class QLabel;
class QWidget;

namespace innkeep::ui {

class MessageBar;

// The rows of an edit form whose refusals show under the field core names (Error::field): the
// label and its editor share a row (so assistive technology finds the label beside the field, the
// "labelled by" link Qt makes for siblings), the error line is the row under it, hidden until
// there is an error. Each editor is also named by its label ("Given name"), and an error shown
// under a field is its accessible description.
class FormFields final
{
    Q_DECLARE_TR_FUNCTIONS(FormFields)

public:
    FormFields(QWidget *owner, MessageBar *messages) : m_owner(owner), m_messages(messages) {}

    // A labelled row: `label` with its mnemonic ("&Given name:"), the editor, and the field keys
    // whose errors show under it.
    void addRow(QFormLayout *form, const QString &label, QWidget *editor, const QStringList &keys);
    // The same with a label made by the caller (made the editor's buddy here).
    void addRow(QFormLayout *form, QLabel *label, QWidget *editor, const QStringList &keys);
    // The error shown under a field, empty when none.
    [[nodiscard]] QString error(const QString &key) const;
    // Clears every error, then shows each under its field (others in the message bar) and
    // focuses the first field in error; the dialog grows so a wrapped message is not cut off.
    void show(const QList<Error> &errors);

    // "&Given name:" → "Given name".
    [[nodiscard]] static QString plainLabel(const QString &label);

private:
    QWidget *m_owner;
    MessageBar *m_messages;
    QHash<QString, QLabel *> m_errors;    // field key → its error line
    QHash<QLabel *, QWidget *> m_editors; // error line → the editor it belongs to
};

} // namespace innkeep::ui
