// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagecode.h"

#include "common/textfield.h"

#include <QLocale>
#include <QRegularExpression>

namespace innkeep {

Result<QString> LanguageCode::normalised(const QString &field, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    static const QRegularExpression bcp47(QStringLiteral("^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$"));
    // 35 characters hold every tag in use (RFC 5646 §4.4.1); anything longer is not a code.
    if (trimmed.size() > 35 || !bcp47.match(trimmed).hasMatch() || QLocale(trimmed).language() == QLocale::C)
        return std::unexpected(
            Error{Error::Code::InvalidInput,
                  tr("\"%1\" is not a language code such as en, hy or ka.").arg(TextField::quoted(text)),
                  field,
                  {},
                  0});
    // RFC 5646 §2.1.1 casing: language lower, script title, region upper.
    QStringList parts = trimmed.split(QRegularExpression(QStringLiteral("[-_]")));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString &part = parts[i];
        part = part.toLower();
        if (i > 0 && part.size() == 4 && part.at(0).isLetter())
            part[0] = part.at(0).toUpper();
        else if (i > 0 && part.size() == 2)
            part = part.toUpper();
    }
    return parts.join(QLatin1Char('-'));
}

} // namespace innkeep
