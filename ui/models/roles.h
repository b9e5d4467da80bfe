// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace innkeep::ui {

// Roles every Innkeep model answers (STYLE.md, "Models in ui/models").
enum Roles {
    IdRole = Qt::UserRole + 1, // the record's UUID
    GuestUuidRole,             // the guest the row belongs to
    KindRole,                  // "guest", "ticket", "feedback" where rows mix kinds
    SecondLineRole,            // a second line of text for two-line delegates
    CardRole,                  // a whole recognition card (QVariant of a card struct)
    ChipsRole,                 // a ChipList for ChipDelegate (sentiment, topics)
};

} // namespace innkeep::ui
