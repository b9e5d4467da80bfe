// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "segments/segmentrule.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariantList>

namespace innkeep {

// A rule as an SQL condition over the guests table under the alias `g`, with `?` placeholders and
// their values in order. No text of the rule is ever part of the SQL: only fixed column names,
// operators and placeholders are.
struct SegmentWhere
{
    QString where;
    QVariantList values;
};

// Compiles rules to SQL. Each field is read with a correlated subquery on an indexed column (stays
// by guest and arrival, tags by guest, tickets, feedback and loyalty rows by guest), only for the
// fields the rule uses, cheap tests first; archived guests are left out unless the rule mentions
// `archived`. Every condition is true or false, never NULL, so NOT turns it round exactly: a guest
// with no value (no stay, no rating, no birthday) matches no comparison, and `!=` is NOT `=`.
class SegmentSql final
{
    Q_DECLARE_TR_FUNCTIONS(SegmentSql)

public:
    // `today` decides which stays count (StaysThatCount) and where `within` periods end; spend and
    // average_rate are in `venueCurrency` (stays in other currencies add nothing). An error (field
    // "rule", with the column) when an amount has more decimals than the currency has.
    [[nodiscard]] static Result<SegmentWhere> compile(const SegmentRule &rule, const QDate &today,
                                                      const QString &venueCurrency);
};

} // namespace innkeep
