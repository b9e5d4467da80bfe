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

} // namespace innkeep
