// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formfields.h"

#include "messagebar.h"
#include "plaintext.h"
#include "theme.h"

#include <QFormLayout>
#include <QLabel>
#include <QLayout>

namespace innkeep::ui {

QString FormFields::plainLabel(const QString &label)
{
    QString text = label;
    // "&&" is a literal ampersand; a single one marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    text = text.trimmed();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)))
        text.chop(1);
    return text.trimmed();
}

void FormFields::addRow(QFormLayout *form, const QString &label, QWidget *editor, const QStringList &keys)
{
    addRow(form, new QLabel(label, m_owner), editor, keys);
}

void FormFields::addRow(QFormLayout *form, QLabel *label, QWidget *editor, const QStringList &keys)
{
    label->setBuddy(editor);
    editor->setAccessibleName(plainLabel(label->text()));
    form->addRow(label, editor);
    auto *error = new QLabel(m_owner);
    PlainText::setUp(error); // errors quote what was typed
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: %1;")
                             .arg(theme::foreground(m_owner->palette(), theme::Tone::Critical).name()));
    error->hide();
    form->addRow(QString(), error); // the row under the field, empty until there is an error
    m_editors.insert(error, editor);
    for (const QString &key : keys)
        m_errors.insert(key, error);
}

QString FormFields::error(const QString &key) const
{
    const QLabel *label = m_errors.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

void FormFields::show(const QList<Error> &errors)
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
        if (QWidget *editor = m_editors.value(label))
            editor->setAccessibleDescription({});
    }
    m_messages->hide();
    QWidget *first = nullptr;
    QStringList general;
    for (const Error &error : errors) {
        QLabel *label = m_errors.value(error.field);
        if (!label) {
            general.append(error.message);
            continue;
        }
        label->setText(label->text().isEmpty() ? error.message
                                               : label->text() + QLatin1Char('\n') + error.message);
        label->show();
        if (QWidget *editor = m_editors.value(label)) {
            editor->setAccessibleDescription(label->text());
            if (!first)
                first = editor;
        }
    }
    if (!general.isEmpty())
        m_messages->showError(general.join(QLatin1Char('\n')));
    else if (!errors.isEmpty())
        m_messages->showError(tr("Please correct the fields marked below."));
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    if (QLayout *layout = m_owner->layout()) {
        layout->activate();
        if (const int needed = layout->totalHeightForWidth(m_owner->width()); needed > m_owner->height())
            m_owner->resize(m_owner->width(), needed);
    }
}

} // namespace innkeep::ui
