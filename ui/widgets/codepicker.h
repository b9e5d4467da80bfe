// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QList>
#include <QString>

namespace innkeep::ui {

// A searchable pick list of codes shown by name ("Georgia (GE)", "Armenian (hy)"): type any part
// of the name or the code and pick; the form reads the code. Text that matches no item is handed
// on as typed, so core's rule refuses it under the field instead of the list guessing.
class CodePicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodePicker)

public:
    struct Item
    {
        QString code;
        QString name;
    };
    explicit CodePicker(QWidget *parent = nullptr);

    void setItems(const QList<Item> &items);
    // Selects the item with `code` (case-insensitive); an unknown code is shown as typed.
    void setCode(const QString &code);
    // The chosen item's code; what was typed when it names none; empty when empty.
    [[nodiscard]] QString code() const;
};

} // namespace innkeep::ui
