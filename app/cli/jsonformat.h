// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/guestalert.h"
#include "guests/guest.h"
#include "preferences/preference.h"
#include "search/guestsearch.h"
#include "stays/stay.h"

#include <QJsonObject>
#include <QVariantMap>

#include <functional>

namespace innkeep::cli {

// The JSON shapes innkeep-cli prints. Keys are the database's column names (as in the JSON
// export, docs/json-export.md), so scripts can use one vocabulary; they never change once released.
// A database column's value: numbers and booleans keep their type, NULL is null, lists and maps
// (derived values such as a feedback entry's topics) become arrays and objects, the rest is text.
[[nodiscard]] QJsonValue columnJson(const QVariant &value);
// A record's columns as one object, without those `internal` names (row ids, say).
[[nodiscard]] QJsonObject columnsJson(const QVariantMap &columns,
                                      const std::function<bool(const QString &column)> &internal = {});

[[nodiscard]] QJsonObject toJson(const Guest &guest);
[[nodiscard]] QJsonObject toJson(const GuestNote &note);
[[nodiscard]] QJsonObject toJson(const Preference &preference);
[[nodiscard]] QJsonObject toJson(const Stay &stay);
[[nodiscard]] QJsonObject toJson(const GuestRollup &rollup);
[[nodiscard]] QJsonObject toJson(const GuestAlert &alert);
[[nodiscard]] QJsonObject toJson(const SearchHit &hit);

[[nodiscard]] QString toToken(GuestAlert::Kind kind);
[[nodiscard]] QString toToken(GuestAlert::Level level);

} // namespace innkeep::cli
