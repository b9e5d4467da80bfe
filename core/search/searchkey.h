// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace innkeep {

// Text folded for matching across scripts, case and diacritics: ICU's
// "Any-Latin; Latin-ASCII; Lower" (Հովհաննես → hovhannes, გიორგი → giorgi, Müller → muller),
// with Georgian Mtavruli capitals folded first. Only letters, digits and single spaces remain.
[[nodiscard]] QString searchKey(const QString &text);

// The keys a name is found by: searchKey() and, for Armenian, Georgian and Cyrillic text, the
// everyday English-style spelling too (Խաչատրյան → khachatryan, Щукин → shchukin), because
// that is what a receptionist types, not ICU's scholarly transliteration (xac'atryan).
[[nodiscard]] QStringList searchKeys(const QString &text);

// A readable Latin form of a name for staff and documents ("Հովհաննես" → "Hovhannes");
// Latin-script text is returned unchanged.
[[nodiscard]] QString latinForm(const QString &text);

// True when every letter in the text is Latin script.
[[nodiscard]] bool isLatinScript(const QString &text);

// Georgian Mtavruli (U+1C90…) to Mkhedruli (U+10D0…), which unicode61 does not fold.
[[nodiscard]] QString foldGeorgianCapitals(QString text);

} // namespace innkeep
