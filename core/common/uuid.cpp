// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uuid.h"

#include <QUuid>

namespace innkeep {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace innkeep
