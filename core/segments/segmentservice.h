// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "segments/segment.h"
#include "segments/segmentrule.h"
#include "segments/segmentsql.h"
#include "storage/recordevents.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace innkeep {

class Database;

// The venue's saved guest segments, and who is in a segment today. Names are unique ignoring
// case and extra spaces; a rule is checked (SegmentRule, SegmentSql) before it is saved and saved
// as SegmentRule::text() writes it. Members are counted and listed in SQL (segmentsql.h), with
// today from the database's clock and spend in the venue's currency.
class SegmentService final : public RecordEvents
{
    Q_DECLARE_TR_FUNCTIONS(SegmentService)

public:
    explicit SegmentService(Database &db) : m_db(db) {}

    // What names are unique by (segments.name_key): the name with spaces tidied, case folded.
    [[nodiscard]] static QString nameKey(const QString &name);

    // A new segment; Conflict when the name is taken, InvalidInput (field "rule", with the column)
    // when the rule is wrong.
    [[nodiscard]] Result<Segment> create(const QString &name, const QString &ruleText);
    [[nodiscard]] Result<Segment> changeRule(const QString &uuid, const QString &ruleText);
    [[nodiscard]] Result<Segment> rename(const QString &uuid, const QString &name);
    [[nodiscard]] Status remove(const QString &uuid);
    [[nodiscard]] Result<Segment> find(const QString &uuid);
    // The segment called `name` (ignoring case and extra spaces); nothing when none is.
    [[nodiscard]] Result<std::optional<Segment>> byName(const QString &name);
    // Every saved segment, by name in the current locale's order.
    [[nodiscard]] Result<QList<Segment>> list();

    // `rule` as SQL over `guests g` for today and the venue's currency (to filter other queries).
    [[nodiscard]] Result<SegmentWhere> where(const SegmentRule &rule);
    // How many guests are in the segment today.
    [[nodiscard]] Result<qint64> count(const SegmentRule &rule);
    [[nodiscard]] Result<qint64> count(const Segment &segment);
    // The members by Latin family name, then given name; `limit` < 0 for all of them.
    [[nodiscard]] Result<QList<SegmentMember>> members(const SegmentRule &rule, qint64 limit = -1,
                                                       qint64 offset = 0);
    [[nodiscard]] Result<QList<SegmentMember>> members(const Segment &segment, qint64 limit = -1,
                                                       qint64 offset = 0);

private:
    [[nodiscard]] Result<Segment> change(const QString &uuid, const QString &field, const QString &value);
    [[nodiscard]] Result<QString> checkedName(const QString &name, const QString &exceptUuid);
    // The rule read and compiled (so an amount the venue's currency cannot hold is refused too).
    [[nodiscard]] Result<SegmentRule> checkedRule(const QString &ruleText);
    [[nodiscard]] Result<SegmentRule> ruleOf(const Segment &segment);
    Database &m_db;
};

} // namespace innkeep
