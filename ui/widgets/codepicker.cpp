// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepicker.h"

#include <QCompleter>
#include <QLineEdit>

namespace innkeep::ui {

CodePicker::CodePicker(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(14);
    auto *completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
}

void CodePicker::setItems(const QList<Item> &items)
{
    const QString current = code();
    clear();
    addItem(QString(), QString()); // not given
    for (const Item &item : items)
        addItem(tr("%1 (%2)", "a country or language name and its code").arg(item.name, item.code),
                item.code);
    setCode(current);
}

void CodePicker::setCode(const QString &code)
{
    const QString wanted = code.trimmed();
    for (int i = 0; i < count(); ++i) {
        if (itemData(i).toString().compare(wanted, Qt::CaseInsensitive) == 0) {
            setCurrentIndex(i);
            return;
        }
    }
    setCurrentIndex(-1);
    setEditText(wanted);
}

QString CodePicker::code() const
{
    const QString typed = currentText().trimmed();
    if (typed.isEmpty())
        return {};
    // The shown text of an item, or its code or name typed in full.
    for (int i = 1; i < count(); ++i) {
        const QString shown = itemText(i);
        const QString itemCode = itemData(i).toString();
        if (shown.compare(typed, Qt::CaseInsensitive) == 0
            || itemCode.compare(typed, Qt::CaseInsensitive) == 0
            || shown.startsWith(typed + QStringLiteral(" ("), Qt::CaseInsensitive))
            return itemCode;
    }
    return typed;
}

} // namespace innkeep::ui
