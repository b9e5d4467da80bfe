// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segments/segmentrule.h"
#include "segments/segmenttokens.h"

#include <QCoreApplication>
#include <QDate>

namespace innkeep {

// The values of a rule: read and checked against their field (used by SegmentRule), written back
// for SegmentRule::text(), and the day a `within` period starts.
class SegmentValues final
{
    Q_DECLARE_TR_FUNCTIONS(SegmentValues)

public:
    // `token` (a word or quoted text) as a value of `field` compared with `op`, or why it is not one.
    [[nodiscard]] static Result<SegmentValue> read(const SegmentFieldInfo &field, SegmentOperator op,
                                                   const SegmentToken &token);
    // The value as SegmentRule::text() writes it: bare when it reads back the same, else "quoted".
    [[nodiscard]] static QString text(const SegmentValue &value);
    // The first day of the period `within` names ("365d", "12w", "6m", "2y") that ends `today`.
    [[nodiscard]] static QDate periodStart(const QString &period, const QDate &today);
    // A tag as guests' tags are stored: trimmed, no leading '#', spaces tidied, lower case.
    [[nodiscard]] static QString tagKey(const QString &tag);
};

} // namespace innkeep
