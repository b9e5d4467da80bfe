// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QComboBox;

namespace innkeep::ui {

// What every import dialog asks about how its file is written, the same way in each: how slashed
// dates are written (each item's data in ImportDate's notation, "" for "as written") and the text
// encoding of a file from an older program (ICU's name, "" for Unicode, recognised).
class ImportFileChoices final
{
    Q_DECLARE_TR_FUNCTIONS(ImportFileChoices)

public:
    ImportFileChoices() = delete;
    static void fillDateFormats(QComboBox *combo);
    static void fillEncodings(QComboBox *combo);
};

} // namespace innkeep::ui
