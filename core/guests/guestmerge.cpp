// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestmerge.h"

#include "common/textfield.h"
#include "guests/guestrepository.h"
#include "guests/guestservice.h"
#include "search/searchindex.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/idsource.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <array>
#include <tuple>

namespace innkeep {

namespace {

using Copy = void (*)(Guest &, const Guest &);

struct FieldRule
{
    const char *name;
    const char *label;
    Copy copy;
};

// The fields a merge chooses between, in form order, each with how it is copied over.
const std::array<FieldRule, 24> &fieldRules()
{
    static const std::array<FieldRule, 24> rules{{
        {"salutation", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Salutation"),
         [](Guest &to, const Guest &from) { to.salutation = from.salutation; }},
        {"given_name", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Given name"),
         [](Guest &to, const Guest &from) { to.givenName = from.givenName; }},
        {"family_name", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Family name"),
         [](Guest &to, const Guest &from) { to.familyName = from.familyName; }},
        {"latin_given_name", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Given name (Latin)"),
         [](Guest &to, const Guest &from) { to.latinGivenName = from.latinGivenName; }},
        {"latin_family_name", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Family name (Latin)"),
         [](Guest &to, const Guest &from) { to.latinFamilyName = from.latinFamilyName; }},
        {"language", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Language"),
         [](Guest &to, const Guest &from) { to.language = from.language; }},
        {"nationality", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Nationality"),
         [](Guest &to, const Guest &from) { to.nationality = from.nationality; }},
        {"birthday", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Birthday"),
         [](Guest &to, const Guest &from) { to.birthday = from.birthday; }},
        {"anniversary", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Anniversary"),
         [](Guest &to, const Guest &from) { to.anniversary = from.anniversary; }},
        {"company", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Company"),
         [](Guest &to, const Guest &from) { to.company = from.company; }},
        {"street", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Street"),
         [](Guest &to, const Guest &from) { to.street = from.street; }},
        {"address_line2", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Address line 2"),
         [](Guest &to, const Guest &from) { to.addressLine2 = from.addressLine2; }},
        {"city", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "City"),
         [](Guest &to, const Guest &from) { to.city = from.city; }},
        {"state", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "State or region"),
         [](Guest &to, const Guest &from) { to.state = from.state; }},
        {"postal_code", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Postal code"),
         [](Guest &to, const Guest &from) { to.postalCode = from.postalCode; }},
        {"country", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Country"),
         [](Guest &to, const Guest &from) { to.country = from.country; }},
        {"vip_level", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "VIP level"),
         [](Guest &to, const Guest &from) { to.vipLevel = from.vipLevel; }},
        {"source", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Source"),
         [](Guest &to, const Guest &from) { to.source = from.source; }},
        {"blocked", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Blocked"),
         [](Guest &to, const Guest &from) {
             to.blocked = from.blocked;
             to.blockedReason = from.blockedReason;
         }},
        {"press", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Press"),
         [](Guest &to, const Guest &from) { to.press = from.press; }},
        {"consent_email", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Consent to e-mail"),
         [](Guest &to, const Guest &from) { to.consent.email = from.consent.email; }},
        {"consent_sms", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Consent to SMS"),
         [](Guest &to, const Guest &from) { to.consent.sms = from.consent.sms; }},
        {"consent_phone", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Consent to calls"),
         [](Guest &to, const Guest &from) { to.consent.phone = from.consent.phone; }},
        {"consent_marketing", QT_TRANSLATE_NOOP("innkeep::GuestMerge", "Consent to marketing"),
         [](Guest &to, const Guest &from) { to.consent.marketing = from.consent.marketing; }},
    }};
    return rules;
}

// Rows that belong to a guest and move whole to the kept guest.
// The points ledger moves too: the kept guest's balance is both balances (no points are lost or doubled).
const std::array<const char *, 5> MovedTables{"stays", "guest_notes", "tickets", "feedback",
                                              "loyalty_points"};

Error notFound(const QString &what, const QString &uuid)
{
    return Error{Error::Code::NotFound, what.arg(TextField::quoted(uuid)), QStringLiteral("guest"), {}, 0};
}

Error refused(const QString &message, const QString &field = QStringLiteral("merge"))
{
    return Error{Error::Code::InvalidInput, message, field, {}, 0};
}

QString valueText(const QString &field, const QVariant &value)
{
    if (value.isNull())
        return {};
    if (field == QLatin1String("birthday") || field == QLatin1String("anniversary"))
        return QLocale().toString(QDate::fromString(value.toString(), Qt::ISODate), QLocale::ShortFormat);
    if (field == QLatin1String("blocked") || field == QLatin1String("press")
        || field.startsWith(QLatin1String("consent_")))
        return value.toInt() != 0 ? GuestMerge::tr("yes") : GuestMerge::tr("no");
    if (field == QLatin1String("vip_level"))
        return value.toInt() == 0 ? QString() : QLocale().toString(value.toInt());
    if (field == QLatin1String("source"))
        return displayText(guestSourceFromToken(value.toString()).value_or(GuestSource::Other));
    return value.toString();
}

bool isEmptyValue(const QString &field, const QVariant &value)
{
    if (value.isNull())
        return true;
    if (field == QLatin1String("vip_level") || field == QLatin1String("blocked")
        || field == QLatin1String("press") || field.startsWith(QLatin1String("consent_")))
        return value.toInt() == 0;
    if (field == QLatin1String("source"))
        return value.toString() == QLatin1String("direct");
    return value.toString().isEmpty();
}

Copy copierOf(const QString &field)
{
    for (const FieldRule &rule : fieldRules()) {
        if (field == QLatin1String(rule.name))
            return rule.copy;
    }
    return nullptr;
}

QString labelOf(const QString &field)
{
    for (const FieldRule &rule : fieldRules()) {
        if (field == QLatin1String(rule.name))
            return GuestMerge::tr(rule.label);
    }
    return field;
}

// A field as a merge compares it: its column, and for "blocked" the flag with its reason.
QVariant comparedValue(const QString &field, const Guest &guest, const QVariantMap &columns)
{
    if (field == QLatin1String("blocked"))
        return guest.blocked ? QStringLiteral("1\n") + guest.blockedReason : QString();
    return columns.value(field);
}

bool isEmptyField(const QString &field, const Guest &guest, const QVariantMap &columns)
{
    return field == QLatin1String("blocked") ? !guest.blocked : isEmptyValue(field, columns.value(field));
}

// The fields where `kept` and `other` differ, each with the default choice: the kept guest's
// value, or the other's where the kept guest has none.
QList<MergeField> differencesOf(const Guest &kept, const Guest &other)
{
    const QVariantMap keptColumns = kept.toColumns();
    const QVariantMap otherColumns = other.toColumns();
    QList<MergeField> fields;
    for (const QString &field : GuestMerge::fieldNames()) {
        const QVariant keptValue = comparedValue(field, kept, keptColumns);
        const QVariant otherValue = comparedValue(field, other, otherColumns);
        const bool keptEmpty = isEmptyField(field, kept, keptColumns);
        const bool otherEmpty = isEmptyField(field, other, otherColumns);
        if (keptValue == otherValue || (keptEmpty && otherEmpty))
            continue;
        MergeField f;
        f.field = field;
        f.label = labelOf(field);
        if (field == QLatin1String("blocked")) {
            f.keptText =
                kept.blocked ? GuestMerge::tr("yes: %1").arg(kept.blockedReason) : GuestMerge::tr("no");
            f.otherText =
                other.blocked ? GuestMerge::tr("yes: %1").arg(other.blockedReason) : GuestMerge::tr("no");
        } else {
            f.keptText = valueText(field, keptValue);
            f.otherText = valueText(field, otherValue);
        }
        f.takeOther = keptEmpty && !otherEmpty;
        fields.append(f);
    }
    return fields;
}

// Every column of every row `where` picks, in `order`, as JSON objects.
Result<QJsonArray> rows(Database &db, const QString &table, const QString &where, const QVariantList &values,
                        const QString &order = QStringLiteral("id"))
{
    Statement query(db, QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE ") + where
                            + QStringLiteral(" ORDER BY ") + order);
    for (const QVariant &value : values)
        query.bindValue(value);
    if (auto ok = query.exec(); !ok)
        return std::unexpected(ok.error());
    QJsonArray out;
    while (query.next()) {
        QJsonObject row;
        for (int c = 0; c < query.columnCount(); ++c)
            row.insert(query.columnName(c), query.isNull(c) ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue::fromVariant(query.value(c)));
        out.append(row);
    }
    if (auto ok = query.walked(); !ok)
        return std::unexpected(ok.error());
    return out;
}

QVariant variantOf(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return qint64(number);
        return number;
    }
    return value.toVariant();
}

Status insertRow(Database &db, const QString &table, const QJsonObject &row)
{
    const QStringList columns = row.keys();
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    Statement insert(db, QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
                             + columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
                             + marks.join(QStringLiteral(", ")) + QStringLiteral(")"));
    for (const QString &column : columns)
        insert.bindValue(variantOf(row.value(column)));
    return insert.exec();
}

Status restoreGuestRow(Database &db, const QJsonObject &row)
{
    QStringList sets;
    QVariantList values;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        sets.append(it.key() + QStringLiteral(" = ?"));
        values.append(variantOf(it.value()));
    }
    Statement update(db, QStringLiteral("UPDATE guests SET ") + sets.join(QStringLiteral(", "))
                             + QStringLiteral(" WHERE id = ?"));
    for (const QVariant &value : std::as_const(values))
        update.bindValue(value);
    update.bind(qint64(row.value(QStringLiteral("id")).toInteger()));
    return update.exec();
}

Status run(Database &db, const QString &sql, const QVariantList &values)
{
    Statement statement(db, sql);
    for (const QVariant &value : values)
        statement.bindValue(value);
    return statement.exec();
}

QVariantMap mapOf(const QJsonObject &row)
{
    QVariantMap map;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it)
        map.insert(it.key(), variantOf(it.value()));
    return map;
}

// Records how a set of rows (by uuid) went from `before` to `after`.
Status recordRowChanges(ChangeLog &log, const QString &table, const QJsonArray &before,
                        const QJsonArray &after, const QHash<qint64, QString> &guestUuids)
{
    QHash<QString, QJsonObject> was;
    for (const QJsonValue &row : before)
        was.insert(row[QLatin1String("uuid")].toString(), row.toObject());
    QSet<QString> present;
    for (const QJsonValue &value : after) {
        const QJsonObject row = value.toObject();
        const QString uuid = row[QLatin1String("uuid")].toString();
        const QString guest = guestUuids.value(qint64(row[QLatin1String("guest_id")].toInteger()));
        present.insert(uuid);
        if (!was.contains(uuid)) {
            if (auto ok = log.recordInsert(table, uuid, mapOf(row), guest); !ok)
                return ok;
            continue;
        }
        QVariantMap old = mapOf(was.value(uuid));
        QVariantMap now = mapOf(row);
        if (old.value(QStringLiteral("guest_id")) != now.value(QStringLiteral("guest_id"))) {
            if (auto ok = log.recordUpdate(
                    table, uuid, QStringLiteral("guest_uuid"),
                    guestUuids.value(old.value(QStringLiteral("guest_id")).toLongLong()), guest, guest);
                !ok)
                return ok;
        }
        old.remove(QStringLiteral("guest_id"));
        now.remove(QStringLiteral("guest_id"));
        if (auto ok = log.recordUpdates(table, uuid, diffFields(old, now), guest); !ok)
            return ok;
    }
    for (auto it = was.constBegin(); it != was.constEnd(); ++it) {
        if (present.contains(it.key()))
            continue;
        const QString guest = guestUuids.value(qint64(it.value()[QLatin1String("guest_id")].toInteger()));
        if (auto ok = log.recordDelete(table, it.key(), mapOf(it.value()), guest); !ok)
            return ok;
    }
    return {};
}

Status reindexMoved(Database &db, const QJsonObject &moved)
{
    SearchIndex search(db);
    for (const QJsonValue &id : moved[QLatin1String("tickets")].toArray()) {
        if (auto ok = search.indexTicket(id.toInteger()); !ok)
            return ok;
    }
    for (const QJsonValue &id : moved[QLatin1String("feedback")].toArray()) {
        if (auto ok = search.indexFeedback(id.toInteger()); !ok)
            return ok;
    }
    return {};
}

void unite(QStringList &into, const QStringList &more)
{
    for (const QString &value : more) {
        if (!into.contains(value))
            into.append(value);
    }
}

} // namespace

const QStringList &GuestMerge::fieldNames()
{
    static const QStringList names = [] {
        QStringList out;
        for (const FieldRule &rule : fieldRules())
            out.append(QString::fromLatin1(rule.name));
        return out;
    }();
    return names;
}

Guest GuestMerge::filledFrom(Guest kept, const Guest &other)
{
    for (const MergeField &field : differencesOf(kept, other)) {
        if (field.takeOther)
            copierOf(field.field)(kept, other);
    }
    unite(kept.emails, other.emails);
    unite(kept.phones, other.phones);
    unite(kept.tags, other.tags);
    return kept;
}

Result<QList<MergeField>> GuestMerge::differences(const QString &keptUuid, const QString &otherUuid)
{
    GuestService guests(m_db);
    auto kept = guests.find(keptUuid);
    if (!kept)
        return std::unexpected(kept.error());
    auto other = guests.find(otherUuid);
    if (!other)
        return std::unexpected(other.error());
    return differencesOf(*kept, *other);
}

Result<QString> GuestMerge::merge(const QString &keptUuid, const QString &otherUuid,
                                  const QStringList &preferOther, const QStringList &preferKept)
{
    for (const QString &field : preferOther + preferKept) {
        if (!fieldNames().contains(field))
            return std::unexpected(
                refused(tr("\"%1\" is not a field a merge chooses; it is one of %2.")
                            .arg(TextField::quoted(field), fieldNames().join(QStringLiteral(", "))),
                        QStringLiteral("prefer")));
    }
    if (keptUuid == otherUuid)
        return std::unexpected(refused(tr("A guest cannot be merged into themselves.")));
    GuestService guests(m_db);
    auto keptFound = guests.find(keptUuid);
    if (!keptFound)
        return std::unexpected(keptFound.error());
    auto otherFound = guests.find(otherUuid);
    if (!otherFound)
        return std::unexpected(otherFound.error());
    const Guest kept = *keptFound;
    const Guest other = *otherFound;
    if (kept.isArchived() || other.isArchived())
        return std::unexpected(
            refused(tr("%1 is archived; restore the profile before merging it.")
                        .arg(kept.isArchived() ? kept.displayName() : other.displayName())));

    const QList<MergeField> differing = differencesOf(kept, other);
    Guest merged = kept;
    for (const MergeField &field : differing) {
        const bool takeOther =
            preferOther.contains(field.field) || (field.takeOther && !preferKept.contains(field.field));
        if (takeOther)
            copierOf(field.field)(merged, other);
    }
    unite(merged.emails, other.emails);
    unite(merged.phones, other.phones);
    unite(merged.tags, other.tags);

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());

    // What unmerge puts back.
    const QVariantList both{kept.id, other.id};
    const QString ofBoth = QStringLiteral("guest_id IN (?, ?)");
    QJsonObject undo;
    for (const auto &[table, where, order] :
         {std::tuple{QStringLiteral("guests"), QStringLiteral("id IN (?, ?)"), QStringLiteral("id")},
          std::tuple{QStringLiteral("guest_contacts"), ofBoth, QStringLiteral("id")},
          std::tuple{QStringLiteral("guest_tags"), ofBoth, QStringLiteral("guest_id, tag")},
          std::tuple{QStringLiteral("preferences"), ofBoth, QStringLiteral("id")}}) {
        auto saved = rows(m_db, table, where, both, order);
        if (!saved)
            return std::unexpected(saved.error());
        undo.insert(table, *saved);
    }

    ChangeLog log(m_db);
    QJsonObject moved;
    for (const char *name : MovedTables) {
        const QString table = QString::fromLatin1(name);
        Statement children(m_db, QStringLiteral("SELECT id, uuid FROM ") + table
                                     + QStringLiteral(" WHERE guest_id = ? ORDER BY id"));
        children.bind(other.id);
        if (auto ok = children.exec(); !ok)
            return std::unexpected(ok.error());
        QList<std::pair<qint64, QString>> found;
        while (children.next())
            found.append({children.integer(0), children.text(1)});
        if (auto ok = children.walked(); !ok)
            return std::unexpected(ok.error());
        QJsonArray ids;
        for (const auto &[id, uuid] : std::as_const(found)) {
            if (auto ok =
                    run(m_db,
                        QStringLiteral("UPDATE ") + table + QStringLiteral(" SET guest_id = ? WHERE id = ?"),
                        {kept.id, id});
                !ok)
                return std::unexpected(ok.error());
            if (auto ok = log.recordUpdate(table, uuid, QStringLiteral("guest_uuid"), other.uuid, kept.uuid,
                                           kept.uuid);
                !ok)
                return std::unexpected(ok.error());
            ids.append(id);
        }
        moved.insert(table, ids);
    }
    undo.insert(QStringLiteral("moved"), moved);

    // Preferences: the other's move over; one both have is kept once, confirmed by both.
    const QJsonArray preferencesBefore = undo.value(QStringLiteral("preferences")).toArray();
    for (const QJsonValue &value : preferencesBefore) {
        const QJsonObject preference = value.toObject();
        if (preference[QLatin1String("guest_id")].toInteger() != other.id)
            continue;
        Statement same(m_db, QStringLiteral("SELECT id, times_confirmed, critical, detail FROM preferences "
                                            "WHERE guest_id = ? AND category = ? AND value_key = ?"));
        same.bind(kept.id, preference[QLatin1String("category")].toString(),
                  preference[QLatin1String("value_key")].toString());
        if (auto ok = same.exec(); !ok)
            return std::unexpected(ok.error());
        if (same.next()) {
            const qint64 keptPreference = same.integer(0);
            const qint64 times = same.integer(1) + preference[QLatin1String("times_confirmed")].toInteger();
            const qint64 critical =
                std::max(same.integer(2), preference[QLatin1String("critical")].toInteger());
            const QString detail =
                same.text(3).isEmpty() ? preference[QLatin1String("detail")].toString() : same.text(3);
            same.reset();
            if (auto ok =
                    run(m_db,
                        QStringLiteral("UPDATE preferences SET times_confirmed = ?, critical = ?, detail = ? "
                                       "WHERE id = ?"),
                        {times, critical, detail, keptPreference});
                !ok)
                return std::unexpected(ok.error());
            if (auto ok = run(m_db, QStringLiteral("DELETE FROM preferences WHERE id = ?"),
                              {preference[QLatin1String("id")].toInteger()});
                !ok)
                return std::unexpected(ok.error());
        } else {
            same.reset();
            if (auto ok = run(m_db, QStringLiteral("UPDATE preferences SET guest_id = ? WHERE id = ?"),
                              {kept.id, preference[QLatin1String("id")].toInteger()});
                !ok)
                return std::unexpected(ok.error());
        }
    }
    auto preferencesAfter = rows(m_db, QStringLiteral("preferences"), ofBoth, both);
    if (!preferencesAfter)
        return std::unexpected(preferencesAfter.error());
    const QHash<qint64, QString> guestUuids{{kept.id, kept.uuid}, {other.id, other.uuid}};
    if (auto ok = recordRowChanges(log, QStringLiteral("preferences"), preferencesBefore, *preferencesAfter,
                                   guestUuids);
        !ok)
        return std::unexpected(ok.error());

    // The kept profile's fields (validated, logged and indexed as any edit), then the other archived.
    auto saved = guests.update(merged);
    if (!saved)
        return std::unexpected(saved.error());
    if (auto ok = guests.archive(other.uuid); !ok)
        return std::unexpected(ok.error());
    if (auto ok = log.recordUpdate(QStringLiteral("guests"), other.uuid, QStringLiteral("merged_into"),
                                   QVariant(), kept.uuid, other.uuid);
        !ok)
        return std::unexpected(ok.error());

    const QString mergeUuid = m_db.ids().newUuid();
    const qint64 now = m_db.clock().nowMs();
    if (auto ok =
            run(m_db,
                QStringLiteral("INSERT INTO guest_merges (uuid, kept_guest_id, merged_guest_id, merged_at, "
                               "merged_by, undo) VALUES (?, ?, ?, ?, ?, ?)"),
                {mergeUuid, kept.id, other.id, now, m_db.staff(),
                 QString::fromUtf8(QJsonDocument(undo).toJson(QJsonDocument::Compact))});
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = log.recordInsert(QStringLiteral("guest_merges"), mergeUuid,
                                   {{QStringLiteral("kept_uuid"), kept.uuid},
                                    {QStringLiteral("merged_uuid"), other.uuid},
                                    {QStringLiteral("merged_at"), now}},
                                   kept.uuid);
        !ok)
        return std::unexpected(ok.error());

    SearchIndex search(m_db);
    if (auto ok = search.reindexGuest(kept.id); !ok)
        return std::unexpected(ok.error());
    if (auto ok = reindexMoved(m_db, moved); !ok)
        return std::unexpected(ok.error());

    auto lastId = log.lastId();
    if (!lastId)
        return std::unexpected(lastId.error());
    if (auto ok = run(m_db, QStringLiteral("UPDATE guest_merges SET last_change_id = ? WHERE uuid = ?"),
                      {*lastId, mergeUuid});
        !ok)
        return std::unexpected(ok.error());
    announceAfterCommit(m_db, Kind::Added, mergeUuid, kept.uuid);
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return mergeUuid;
}

Status GuestMerge::unmerge(const QString &mergeUuid)
{
    Statement find(
        m_db, QStringLiteral("SELECT m.id, m.kept_guest_id, m.merged_guest_id, m.last_change_id, m.undo, "
                             "m.undone_at, k.uuid, o.uuid FROM guest_merges m "
                             "JOIN guests k ON k.id = m.kept_guest_id "
                             "JOIN guests o ON o.id = m.merged_guest_id WHERE m.uuid = ?"));
    find.bind(mergeUuid);
    if (auto ok = find.exec(); !ok)
        return ok;
    if (!find.next())
        return std::unexpected(notFound(tr("There is no merge with the id %1."), mergeUuid));
    const qint64 id = find.integer(0);
    const qint64 keptId = find.integer(1);
    const qint64 otherId = find.integer(2);
    const qint64 lastChange = find.integer(3);
    const QJsonObject undo = QJsonDocument::fromJson(find.text(4).toUtf8()).object();
    const bool undone = !find.isNull(5);
    const QString keptUuid = find.text(6);
    const QString otherUuid = find.text(7);
    find.reset();
    if (undone)
        return std::unexpected(refused(tr("That merge was already undone.")));

    Statement later(m_db, QStringLiteral("SELECT uuid FROM guest_merges WHERE id > ? AND undone_at IS NULL "
                                         "AND (kept_guest_id IN (?, ?) OR merged_guest_id IN (?, ?)) "
                                         "ORDER BY id DESC LIMIT 1"));
    later.bind(id, keptId, otherId, keptId, otherId);
    auto laterMerge = later.scalar();
    if (!laterMerge)
        return std::unexpected(laterMerge.error());
    if (laterMerge->isValid() && !laterMerge->isNull())
        return std::unexpected(refused(
            tr("A later merge (%1) involves these guests; undo it first.").arg(laterMerge->toString())));
    Statement changed(
        m_db, QStringLiteral("SELECT count(*) FROM change_log WHERE id > ? AND guest_uuid IN (?, ?)"));
    changed.bind(lastChange, keptUuid, otherUuid);
    auto changes = changed.scalar();
    if (!changes)
        return std::unexpected(changes.error());
    if (changes->toLongLong() > 0)
        return std::unexpected(refused(
            tr("These guests were changed after the merge (%n change(s)); undoing it would lose that.",
               nullptr, int(changes->toLongLong()))));

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    GuestRepository repository(m_db);
    const QVariantList both{keptId, otherId};
    const QString ofBoth = QStringLiteral("guest_id IN (?, ?)");
    QHash<qint64, QVariantMap> fieldsBefore;
    for (const qint64 guestId : {keptId, otherId}) {
        auto guest = repository.findById(guestId);
        if (!guest)
            return std::unexpected(guest.error());
        fieldsBefore.insert(guestId, (*guest)->trackedFields());
    }
    auto preferencesNow = rows(m_db, QStringLiteral("preferences"), ofBoth, both);
    if (!preferencesNow)
        return std::unexpected(preferencesNow.error());

    for (const char *table : {"guest_contacts", "guest_tags", "preferences"}) {
        if (auto ok = run(m_db,
                          QStringLiteral("DELETE FROM ") + QString::fromLatin1(table)
                              + QStringLiteral(" WHERE guest_id IN (?, ?)"),
                          both);
            !ok)
            return ok;
        for (const QJsonValue &row : undo.value(QString::fromLatin1(table)).toArray()) {
            if (auto ok = insertRow(m_db, QString::fromLatin1(table), row.toObject()); !ok)
                return ok;
        }
    }
    for (const QJsonValue &row : undo.value(QStringLiteral("guests")).toArray()) {
        if (auto ok = restoreGuestRow(m_db, row.toObject()); !ok)
            return ok;
    }

    ChangeLog log(m_db);
    const QJsonObject moved = undo.value(QStringLiteral("moved")).toObject();
    for (auto it = moved.constBegin(); it != moved.constEnd(); ++it) {
        const QString table = it.key();
        if (std::none_of(MovedTables.begin(), MovedTables.end(),
                         [&table](const char *name) { return table == QLatin1String(name); }))
            continue; // only the tables a merge moves, whatever the stored text says
        for (const QJsonValue &rowId : it.value().toArray()) {
            Statement uuid(m_db,
                           QStringLiteral("SELECT uuid FROM ") + table + QStringLiteral(" WHERE id = ?"));
            uuid.bind(qint64(rowId.toInteger()));
            auto rowUuid = uuid.scalar();
            if (!rowUuid)
                return std::unexpected(rowUuid.error());
            if (!rowUuid->isValid())
                continue; // erased since (an erase is logged against the guest, so unmerge refused first)
            if (auto ok =
                    run(m_db,
                        QStringLiteral("UPDATE ") + table + QStringLiteral(" SET guest_id = ? WHERE id = ?"),
                        {otherId, qint64(rowId.toInteger())});
                !ok)
                return ok;
            if (auto ok = log.recordUpdate(table, rowUuid->toString(), QStringLiteral("guest_uuid"), keptUuid,
                                           otherUuid, otherUuid);
                !ok)
                return ok;
        }
    }

    for (const auto &[guestId, guestUuid] : {std::pair{keptId, keptUuid}, std::pair{otherId, otherUuid}}) {
        auto guest = repository.findById(guestId);
        if (!guest)
            return std::unexpected(guest.error());
        if (auto ok = log.recordUpdates(QStringLiteral("guests"), guestUuid,
                                        diffFields(fieldsBefore.value(guestId), (*guest)->trackedFields()),
                                        guestUuid);
            !ok)
            return ok;
    }
    const QHash<qint64, QString> guestUuids{{keptId, keptUuid}, {otherId, otherUuid}};
    if (auto ok = recordRowChanges(log, QStringLiteral("preferences"), *preferencesNow,
                                   undo.value(QStringLiteral("preferences")).toArray(), guestUuids);
        !ok)
        return ok;
    if (auto ok = log.recordUpdate(QStringLiteral("guests"), otherUuid, QStringLiteral("merged_into"),
                                   keptUuid, QVariant(), otherUuid);
        !ok)
        return ok;
    const qint64 now = m_db.clock().nowMs();
    if (auto ok = run(m_db, QStringLiteral("UPDATE guest_merges SET undone_at = ? WHERE id = ?"), {now, id});
        !ok)
        return ok;
    if (auto ok = log.recordUpdate(QStringLiteral("guest_merges"), mergeUuid, QStringLiteral("undone_at"),
                                   QVariant(), now, keptUuid);
        !ok)
        return ok;

    SearchIndex search(m_db);
    for (const qint64 guestId : {keptId, otherId}) {
        if (auto ok = search.reindexGuest(guestId); !ok)
            return ok;
    }
    if (auto ok = reindexMoved(m_db, moved); !ok)
        return ok;
    announceAfterCommit(m_db, Kind::Changed, mergeUuid, keptUuid);
    return tx->commit();
}

Result<GuestMergeRecord> GuestMerge::find(const QString &mergeUuid)
{
    Statement query(m_db,
                    QStringLiteral("SELECT m.uuid, k.uuid, o.uuid, m.merged_at, m.merged_by, m.undone_at "
                                   "FROM guest_merges m JOIN guests k ON k.id = m.kept_guest_id "
                                   "JOIN guests o ON o.id = m.merged_guest_id WHERE m.uuid = ?"));
    query.bind(mergeUuid);
    if (auto ok = query.exec(); !ok)
        return std::unexpected(ok.error());
    if (!query.next())
        return std::unexpected(notFound(tr("There is no merge with the id %1."), mergeUuid));
    return GuestMergeRecord{query.text(0),    query.text(1), query.text(2),
                            query.integer(3), query.text(4), !query.isNull(5)};
}

Result<std::optional<GuestMergeRecord>> GuestMerge::mergedAway(const QString &guestUuid)
{
    Statement query(
        m_db, QStringLiteral("SELECT m.uuid FROM guest_merges m JOIN guests o ON o.id = m.merged_guest_id "
                             "WHERE o.uuid = ? AND m.undone_at IS NULL ORDER BY m.id DESC LIMIT 1"));
    query.bind(guestUuid);
    auto merge = query.scalar();
    if (!merge)
        return std::unexpected(merge.error());
    if (!merge->isValid() || merge->isNull())
        return std::optional<GuestMergeRecord>{};
    auto record = find(merge->toString());
    if (!record)
        return std::unexpected(record.error());
    return std::optional<GuestMergeRecord>{*record};
}

Result<QString> GuestMerge::survivorOf(const QString &guestUuid)
{
    QString current = guestUuid;
    for (int hops = 0; hops < 64; ++hops) {
        auto away = mergedAway(current);
        if (!away)
            return std::unexpected(away.error());
        if (!*away)
            return current;
        current = (*away)->keptUuid;
    }
    return current;
}

} // namespace innkeep
