// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QComboBox;

namespace innkeep::ui {

// The choices the venue forms share (settings page and first-run set-up): item data is the code.
void fillCurrencies(QComboBox *box); // ISO 4217: "AMD — Armenian dram"
void fillRegions(QComboBox *box);    // ISO 3166-1 alpha-2: "AM — Armenia"
void fillLanguages(QComboBox *box);  // "" (system), "en", "hy", "ka"…
// Selects the item whose data is `code`, adding it when missing.
void selectData(QComboBox *box, const QString &code);

} // namespace innkeep::ui
