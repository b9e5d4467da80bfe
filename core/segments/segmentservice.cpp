// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentservice.h"

#include "common/fieldlimits.h"
#include "common/textfield.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "venue/venuesettings.h"

#include <QCollator>

#include <algorithm>

namespace innkeep {

namespace {

const QString Table = QStringLiteral("segments");
const QString Columns = QStringLiteral("id, uuid, name, rule, created_at, updated_at");

Segment readSegment(const Statement &row)
{
    return {row.integer(0), row.text(1), row.text(2), row.text(3), row.integer(4), row.integer(5)};
}

QString joinedName(const QString &given, const QString &family)
{
    return QString(given + u' ' + family).trimmed();
}

} // namespace

QString SegmentService::nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

Result<QString> SegmentService::checkedName(const QString &name, const QString &exceptUuid)
{
    auto tidy = TextField::line(QStringLiteral("name"), name, FieldLimit::Label);
    if (!tidy)
        return std::unexpected(tidy.error());
    const QString simplified = *tidy;
    if (simplified.isEmpty())
        return fail(Error::Code::InvalidInput, tr("Give the segment a name."), QStringLiteral("name"));
    Statement clash(m_db, QStringLiteral("SELECT uuid FROM segments WHERE name_key = ?"));
    auto existing = clash.bind(nameKey(simplified)).scalar();
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isValid() && existing->toString() != exceptUuid)
        return fail(Error::Code::Conflict, tr("There is already a segment called %1.").arg(simplified),
                    QStringLiteral("name"));
    return simplified;
}

Result<SegmentRule> SegmentService::checkedRule(const QString &ruleText)
{
    auto rule = SegmentRule::parse(ruleText);
    if (!rule)
        return rule;
    if (auto compiled = where(*rule); !compiled)
        return std::unexpected(compiled.error());
    return rule;
}

Result<Segment> SegmentService::create(const QString &name, const QString &ruleText)
{
    auto checked = checkedName(name, {});
    if (!checked)
        return std::unexpected(checked.error());
    auto rule = checkedRule(ruleText);
    if (!rule)
        return std::unexpected(rule.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    Segment segment;
    segment.uuid = m_db.newUuid();
    segment.name = *checked;
    segment.rule = rule->text();
    segment.createdAt = segment.updatedAt = m_db.clock().nowMs();
    const QVariantMap row{{QStringLiteral("uuid"), segment.uuid},
                          {QStringLiteral("name"), segment.name},
                          {QStringLiteral("name_key"), nameKey(segment.name)},
                          {QStringLiteral("rule"), segment.rule},
                          {QStringLiteral("created_at"), segment.createdAt},
                          {QStringLiteral("updated_at"), segment.updatedAt}};
    auto id = insertRow(m_db, Table, row);
    if (!id)
        return std::unexpected(id.error());
    segment.id = *id;
    if (auto ok = ChangeLog(m_db).recordInsert(Table, segment.uuid, row); !ok)
        return std::unexpected(ok.error());
    announceAfterCommit(m_db, Kind::Added, segment.uuid, {});
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return segment;
}

Result<Segment> SegmentService::change(const QString &uuid, const QString &field, const QString &value)
{
    auto before = find(uuid);
    if (!before)
        return before;
    const QString old = field == QLatin1String("name") ? before->name : before->rule;
    if (old == value)
        return before;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    const qint64 now = m_db.clock().nowMs();
    QList<FieldChange> changes{{field, old, value}, {QStringLiteral("updated_at"), before->updatedAt, now}};
    if (field == QLatin1String("name"))
        changes.append({QStringLiteral("name_key"), nameKey(before->name), nameKey(value)});
    if (auto ok = updateRow(m_db, Table, before->id, changes); !ok)
        return std::unexpected(ok.error());
    if (auto ok = ChangeLog(m_db).recordUpdate(Table, uuid, field, old, value); !ok)
        return std::unexpected(ok.error());
    announceAfterCommit(m_db, Kind::Changed, uuid, {});
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return find(uuid);
}

Result<Segment> SegmentService::changeRule(const QString &uuid, const QString &ruleText)
{
    auto rule = checkedRule(ruleText);
    if (!rule)
        return std::unexpected(rule.error());
    return change(uuid, QStringLiteral("rule"), rule->text());
}

Result<Segment> SegmentService::rename(const QString &uuid, const QString &name)
{
    auto checked = checkedName(name, uuid);
    if (!checked)
        return std::unexpected(checked.error());
    return change(uuid, QStringLiteral("name"), *checked);
}

Status SegmentService::remove(const QString &uuid)
{
    auto current = find(uuid);
    if (!current)
        return std::unexpected(current.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    const QVariantMap row{{QStringLiteral("uuid"), current->uuid},
                          {QStringLiteral("name"), current->name},
                          {QStringLiteral("name_key"), nameKey(current->name)},
                          {QStringLiteral("rule"), current->rule},
                          {QStringLiteral("created_at"), current->createdAt},
                          {QStringLiteral("updated_at"), current->updatedAt}};
    if (auto ok = deleteRow(m_db, Table, current->id); !ok)
        return ok;
    if (auto ok = ChangeLog(m_db).recordDelete(Table, uuid, row); !ok)
        return ok;
    announceAfterCommit(m_db, Kind::Removed, uuid, {});
    return tx->commit();
}

Result<Segment> SegmentService::find(const QString &uuid)
{
    Statement select(m_db,
                     QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM segments WHERE uuid = ?"));
    if (auto ok = select.bind(uuid).exec(); !ok)
        return std::unexpected(ok.error());
    if (!select.next())
        return fail(Error::Code::NotFound,
                    tr("There is no segment with the id %1.").arg(TextField::quoted(uuid)),
                    QStringLiteral("segment"));
    return readSegment(select);
}

Result<std::optional<Segment>> SegmentService::byName(const QString &name)
{
    Statement select(m_db, QStringLiteral("SELECT ") + Columns
                               + QStringLiteral(" FROM segments WHERE name_key = ?"));
    if (auto ok = select.bind(nameKey(name)).exec(); !ok)
        return std::unexpected(ok.error());
    if (!select.next())
        return std::optional<Segment>();
    return std::optional<Segment>(readSegment(select));
}

Result<QList<Segment>> SegmentService::list()
{
    Statement select(m_db, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM segments"));
    if (auto ok = select.exec(); !ok)
        return std::unexpected(ok.error());
    QList<Segment> segments;
    while (select.next())
        segments.append(readSegment(select));
    if (auto ok = select.walked(); !ok)
        return std::unexpected(ok.error());
    // A venue has a handful of segments; the locale's collation orders them as a reader expects.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(segments.begin(), segments.end(),
              [&](const Segment &a, const Segment &b) { return collator.compare(a.name, b.name) < 0; });
    return segments;
}

Result<SegmentWhere> SegmentService::where(const SegmentRule &rule)
{
    return SegmentSql::compile(rule, m_db.clock().today(), VenueSettings(m_db).currency());
}

Result<SegmentRule> SegmentService::ruleOf(const Segment &segment)
{
    auto rule = SegmentRule::parse(segment.rule);
    if (!rule) {
        Error error = rule.error();
        error.message = tr("The rule of segment %1 cannot be read: %2").arg(segment.name, error.message);
        return std::unexpected(error);
    }
    return rule;
}

Result<qint64> SegmentService::count(const SegmentRule &rule)
{
    auto compiled = where(rule);
    if (!compiled)
        return std::unexpected(compiled.error());
    Statement select(m_db, QStringLiteral("SELECT COUNT(*) FROM guests g WHERE ") + compiled->where);
    for (const QVariant &value : std::as_const(compiled->values))
        select.bindValue(value);
    auto counted = select.scalar();
    if (!counted)
        return std::unexpected(counted.error());
    return counted->toLongLong();
}

Result<qint64> SegmentService::count(const Segment &segment)
{
    auto rule = ruleOf(segment);
    if (!rule)
        return std::unexpected(rule.error());
    return count(*rule);
}

Result<QList<SegmentMember>> SegmentService::members(const SegmentRule &rule, qint64 limit, qint64 offset)
{
    auto compiled = where(rule);
    if (!compiled)
        return std::unexpected(compiled.error());
    // The guest list's order (and its index, guests_by_name, for guests not archived).
    Statement select(m_db, QStringLiteral("SELECT g.uuid, g.given_name, g.family_name, g.latin_given_name, "
                                          "g.latin_family_name FROM guests g WHERE ")
                               + compiled->where
                               + QStringLiteral(" ORDER BY g.latin_family_name COLLATE NOCASE, "
                                                "g.latin_given_name COLLATE NOCASE, g.id LIMIT ? OFFSET ?"));
    for (const QVariant &value : std::as_const(compiled->values))
        select.bindValue(value);
    select.bind(limit < 0 ? qint64(-1) : limit, std::max<qint64>(offset, 0));
    if (auto ok = select.exec(); !ok)
        return std::unexpected(ok.error());
    QList<SegmentMember> members;
    while (select.next()) {
        SegmentMember member;
        member.uuid = select.text(0);
        member.latinName = joinedName(select.text(3), select.text(4));
        member.name = joinedName(select.text(1), select.text(2));
        if (member.name.isEmpty())
            member.name = member.latinName;
        members.append(member);
    }
    if (auto ok = select.walked(); !ok)
        return std::unexpected(ok.error());
    return members;
}

Result<QList<SegmentMember>> SegmentService::members(const Segment &segment, qint64 limit, qint64 offset)
{
    auto rule = ruleOf(segment);
    if (!rule)
        return std::unexpected(rule.error());
    return members(*rule, limit, offset);
}

} // namespace innkeep
