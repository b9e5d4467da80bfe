// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

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

} // namespace innkeep
