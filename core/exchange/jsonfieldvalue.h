// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "exchange/jsontables.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariant>

namespace innkeep {

// One key of a record read from a JSON export, checked against what JsonTables says it is and
// turned into the value its column stores (flags 0/1, dates as text, a reference's uuid as text).
class JsonFieldValue final
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldValue)

public:
    // The stored value of `field` in `record`: its fallback when the key is left out and may be;
    // a null QVariant for JSON null where the column allows it. The error has the message only
    // (the import adds file, line and the key's path).
    [[nodiscard]] static Result<QVariant> read(const JsonField &field, const QJsonObject &record);
    // The words for a list of tokens in a message: "a, b or c" ("" for the empty one).
    [[nodiscard]] static QString tokenList(const QStringList &tokens);
};

} // namespace innkeep
