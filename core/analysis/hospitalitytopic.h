// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace innkeep {

// The hospitality aspects a guest's text can talk about. Keys are stable tokens (database, CLI,
// JSON): room, cleanliness, bathroom, bed-sleep, noise, staff-service, front-desk,
// food-breakfast, restaurant-bar, location, value-price, wifi, amenities, accessibility, safety.
namespace HospitalityTopic {

[[nodiscard]] const QStringList &keys(); // in display order
[[nodiscard]] bool isKey(const QString &key);
[[nodiscard]] QString text(const QString &key); // translated name; the key itself when unknown
// The seeded complaint category (ticket_categories.key) a topic belongs to, or "" when none
// matches (location, value-price → billing …; see docs/analysis.md).
[[nodiscard]] QString complaintCategory(const QString &key);

} // namespace HospitalityTopic

} // namespace innkeep
