// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

#include <QDir>

namespace innkeep {

QString Error::toString() const
{
    QString where;
    if (!file.isEmpty())
        where = file;
    if (line > 0)
        where += (where.isEmpty() ? QStringLiteral("line %1") : QStringLiteral(":%1")).arg(line);
    QString text = message;
    if (!field.isEmpty())
        text = field + QStringLiteral(": ") + text;
    if (!where.isEmpty())
        text = where + QStringLiteral(": ") + text;
    return text;
}

Error fileError(Error::Code code, const QString &path, QString message)
{
    return Error{code, std::move(message), {}, QDir::toNativeSeparators(path), 0};
}

} // namespace innkeep
