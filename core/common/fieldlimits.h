// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace innkeep::FieldLimit {

// The longest text core stores in each kind of field, in characters (Unicode code points).
// One table, so the README, the forms and every service agree (docs/decisions.md, "Field limits").
inline constexpr int Name = 200;      // given, family, native and Latin names; company; venue name
inline constexpr int Salutation = 40; // Mr, Ms, Dr, Prof. Dr. …
inline constexpr int Street = 255;    // one address line
inline constexpr int City = 100;
inline constexpr int PostalCode = 20;
inline constexpr int Email = 254;         // RFC 5321: a forward path holds at most 254 characters
inline constexpr int EmailLocalPart = 64; // RFC 5321 §4.5.3.1.1
inline constexpr int PhoneInput = 64;     // as typed, before E.164 (at most 15 digits)
inline constexpr int Tag = 64;
inline constexpr int Reason = 500;    // why a guest is blocked
inline constexpr int ShortText = 200; // preference value, stay purpose, review site
inline constexpr int Room = 40;       // "204", "Suite Ararat", "Tent 3 by the river"
inline constexpr int Reference = 64;  // booking references, channels
inline constexpr int Detail = 2000;   // preference detail, compensation note, follow-up reaction
// Guest notes, complaint text, ticket notes and summary, feedback text and responses.
inline constexpr int LongText = 10000;
inline constexpr int Key = 64;            // category and department keys, tokens
inline constexpr int Label = 100;         // category and department names
inline constexpr int StaffName = 80;      // a staff member's name (and so a ticket's assignee)
inline constexpr int SettingValue = 2000; // any other venue setting

// How many of a list one guest may have.
inline constexpr int EmailsPerGuest = 10;
inline constexpr int PhonesPerGuest = 10;
inline constexpr int TagsPerGuest = 50;

// How much of a typed value an error message quotes.
inline constexpr int Quoted = 40;

} // namespace innkeep::FieldLimit
