// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace innkeep {

// A sound-alike form of a search key (searchKey(): lower-case ASCII words), for the spellings
// one Armenian, Georgian or Russian name gets in Latin letters: Vardanyan, Vardanian and
// Վարդանյան (vardanyan) are all "vardanian"; Ghazaryan, Kazaryan and Gazarian "kazarian";
// Dzhaparidze and Japaridze "japaridze"; Tsiklauri and Ciklauri "ciklauri"; khachatryan and
// ICU's xacatryan "kacatrian". Letters that sound alike in such names share one letter
// (g, gh, k, kh, q, x; ch, ts, tz, c; j, dj, dzh, zh; y, i; w, v; ph, f; ou, u), h is dropped
// and doubled letters are written once. Equal keys mean "may be the same name", nothing more.
[[nodiscard]] QString phoneticKey(const QString &searchKey);

// The sound-alike key a name's search key is also found by (search_names, '~' + this): phoneticKey()
// of a key made of letters and spaces only, at most MaxSoundAlikeLetters long, when it differs from
// the key; empty otherwise (a number, a code, a pasted paragraph, or a name that sounds as it is
// spelled). The migration that adds these keys to old files calls the same function.
[[nodiscard]] QString soundAlikeKey(const QString &searchKey);
// True when a search key is a name soundAlikeKey() works on: letters and spaces, not too long.
[[nodiscard]] bool hasSoundAlikeForm(const QString &searchKey);
inline constexpr int MaxSoundAlikeLetters = 64;

} // namespace innkeep
