// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QDateTimeEdit;

namespace innkeep::ui {

// Tab and Shift+Tab leave `edit` as they leave any other field. A QDateEdit would step through
// day, month and year first, so a keyboard user stepping through a page is caught in it; the date
// is typed, or the arrow keys change the part under the cursor.
void tabLeavesDateField(QDateTimeEdit *edit);

} // namespace innkeep::ui
