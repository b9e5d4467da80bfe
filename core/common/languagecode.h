// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace innkeep {

// The language of a guest or of a piece of feedback: a BCP 47 tag whose language Qt knows
// ("en", "hy", "ka", "pt-BR"). One rule for every field that stores a language.
class LanguageCode final
{
    Q_DECLARE_TR_FUNCTIONS(LanguageCode)

public:
    // `text` in the tag's usual casing ("EN_gb" -> "en-GB"); empty stays empty (not given). An
    // InvalidInput error naming `field` when it is not a language code ("zz", "english", "123").
    [[nodiscard]] static Result<QString> normalised(const QString &field, const QString &text);
};

} // namespace innkeep
