// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guesterasure.h"

#include "house/openvenue.h"
#include "search/searchindex.h"
#include "storage/changelog.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace innkeep {

namespace {

// Runs one statement with `values` bound; the rows it changed.
Result<qint64> run(Database &db, const QString &sql, const QVariantList &values = {})
{
    Statement statement(db, sql);
    for (const QVariant &value : values)
        statement.bindValue(value);
    if (auto ok = statement.exec(); !ok)
        return std::unexpected(ok.error());
    return qint64(statement.numRowsAffected());
}

// The first column of every row.
Result<QVariantList> column(Database &db, const QString &sql, const QVariant &key)
{
    Statement statement(db, sql);
    statement.bindValue(key);
    if (auto ok = statement.exec(); !ok)
        return std::unexpected(ok.error());
    QVariantList values;
    while (statement.next())
        values.append(statement.value(0));
    if (auto ok = statement.walked(); !ok)
        return std::unexpected(ok.error());
    return values;
}

// The uuids of every row that belongs to guest `id`: what the change log names them by.
const QStringList RowUuidQueries = {
    QStringLiteral("SELECT uuid FROM guest_contacts WHERE guest_id = ?"),
    QStringLiteral("SELECT uuid FROM guest_notes WHERE guest_id = ?"),
    QStringLiteral("SELECT uuid FROM preferences WHERE guest_id = ?"),
    QStringLiteral("SELECT uuid FROM stays WHERE guest_id = ?"),
    QStringLiteral("SELECT uuid FROM tickets WHERE guest_id = ?"),
    QStringLiteral(
        "SELECT e.uuid FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id WHERE t.guest_id = ?"),
    QStringLiteral("SELECT c.uuid FROM ticket_compensations c JOIN tickets t ON t.id = c.ticket_id "
                   "WHERE t.guest_id = ?"),
    QStringLiteral("SELECT f.uuid FROM ticket_follow_ups f JOIN tickets t ON t.id = f.ticket_id "
                   "WHERE t.guest_id = ?"),
    QStringLiteral("SELECT uuid FROM feedback WHERE guest_id = ?"),
    QStringLiteral("SELECT uuid FROM guest_merges WHERE kept_guest_id = ? OR merged_guest_id = ?1"),
};

// Clears one profile; adds what it did to `report`.
Status eraseProfile(Database &db, qint64 id, const QString &uuid, const QString &staff,
                    GuestErasureReport &report)
{
    QStringList rowUuids{uuid};
    for (const QString &sql : RowUuidQueries) {
        auto uuids = column(db, sql, id);
        if (!uuids)
            return std::unexpected(uuids.error());
        for (const QVariant &value : std::as_const(*uuids))
            rowUuids.append(value.toString());
    }
    auto tickets = column(db, QStringLiteral("SELECT id FROM tickets WHERE guest_id = ?"), id);
    if (!tickets)
        return std::unexpected(tickets.error());
    auto feedback = column(db, QStringLiteral("SELECT id FROM feedback WHERE guest_id = ?"), id);
    if (!feedback)
        return std::unexpected(feedback.error());

    const QString ticketsOf = QStringLiteral("(SELECT id FROM tickets WHERE guest_id = ?)");
    const qint64 now = db.clock().nowMs();
    const struct
    {
        QString sql;
        QVariantList values;
        qint64 *count;
    } steps[] = {
        {QStringLiteral("DELETE FROM guest_contacts WHERE guest_id = ?"), {id}, &report.contacts},
        {QStringLiteral("DELETE FROM guest_tags WHERE guest_id = ?"), {id}, nullptr},
        {QStringLiteral("DELETE FROM guest_notes WHERE guest_id = ?"), {id}, &report.notes},
        {QStringLiteral("DELETE FROM preferences WHERE guest_id = ?"), {id}, &report.preferences},
        {QStringLiteral("UPDATE stays SET booking_ref = '', purpose = '', updated_at = ? WHERE guest_id = ?"),
         {now, id},
         &report.stays},
        {QStringLiteral("UPDATE tickets SET description = '', resolution_summary = '', updated_at = ? "
                        "WHERE guest_id = ?"),
         {now, id},
         &report.tickets},
        {QStringLiteral("UPDATE ticket_events SET body = '' WHERE ticket_id IN ") + ticketsOf, {id}, nullptr},
        {QStringLiteral("UPDATE ticket_compensations SET description = '' WHERE ticket_id IN ") + ticketsOf,
         {id},
         nullptr},
        {QStringLiteral("UPDATE ticket_follow_ups SET reaction = '' WHERE ticket_id IN ") + ticketsOf,
         {id},
         nullptr},
        {QStringLiteral("UPDATE feedback SET body = '', response = '' WHERE guest_id = ?"),
         {id},
         &report.feedback},
        {QStringLiteral("UPDATE feedback_topics SET evidence = '[]' "
                        "WHERE feedback_id IN (SELECT id FROM feedback WHERE guest_id = ?)"),
         {id},
         nullptr},
        // The undo data of a merge holds the profiles as they were.
        {QStringLiteral(
             "UPDATE guest_merges SET undo = '{}' WHERE kept_guest_id = ?1 OR merged_guest_id = ?1"),
         {id},
         nullptr},
        {QStringLiteral(
             "UPDATE guests SET salutation = '', given_name = '', family_name = '', "
             "latin_given_name = '', latin_family_name = '', birthday = NULL, anniversary = NULL, "
             "company = '', street = '', address_line2 = '', city = '', state = '', postal_code = '', "
             "external_id = '', blocked_reason = '', "
             "consent_email = 0, consent_sms = 0, consent_phone = 0, consent_marketing = 0, "
             "updated_at = ?1, archived_at = coalesce(archived_at, ?1) WHERE id = ?2"),
         {now, id},
         &report.profiles},
    };
    for (const auto &step : steps) {
        auto changed = run(db, step.sql, step.values);
        if (!changed)
            return std::unexpected(changed.error());
        if (step.count)
            *step.count += *changed;
    }

    // The change log keeps that each change happened, by whom and when, not what it was.
    for (const QString &rowUuid : std::as_const(rowUuids)) {
        auto cleared =
            run(db,
                QStringLiteral("UPDATE change_log SET old_value = NULL, new_value = NULL "
                               "WHERE row_uuid = ? AND (old_value IS NOT NULL OR new_value IS NOT NULL)"),
                {rowUuid});
        if (!cleared)
            return std::unexpected(cleared.error());
        report.changes += *cleared;
    }
    auto byGuest =
        run(db,
            QStringLiteral("UPDATE change_log SET old_value = NULL, new_value = NULL "
                           "WHERE guest_uuid = ? AND (old_value IS NOT NULL OR new_value IS NOT NULL)"),
            {uuid});
    if (!byGuest)
        return std::unexpected(byGuest.error());
    report.changes += *byGuest;

    SearchIndex index(db);
    if (auto ok = index.removeGuest(id); !ok)
        return ok;
    for (const QVariant &ticket : std::as_const(*tickets)) {
        if (auto ok = index.indexTicket(ticket.toLongLong()); !ok)
            return ok;
    }
    for (const QVariant &entry : std::as_const(*feedback)) {
        if (auto ok = index.indexFeedback(entry.toLongLong()); !ok)
            return ok;
    }
    const QJsonObject erased{{QStringLiteral("erased_at"), now}, {QStringLiteral("by"), staff}};
    return ChangeLog(db).recordUpdate(QStringLiteral("guests"), uuid, QStringLiteral("erased"), QVariant(),
                                      QString::fromUtf8(QJsonDocument(erased).toJson(QJsonDocument::Compact)),
                                      uuid);
}

// secure_delete for the length of the erase: every byte SQLite frees is overwritten with zeros.
class SecureDelete final
{
public:
    explicit SecureDelete(Database &db) : m_db(db)
    {
        Statement on(m_db, QStringLiteral("PRAGMA secure_delete = ON"));
        m_on = on.exec().has_value();
    }
    ~SecureDelete()
    {
        Statement off(m_db, QStringLiteral("PRAGMA secure_delete = OFF"));
        (void)off.exec();
    }
    [[nodiscard]] bool on() const { return m_on; }

private:
    Database &m_db;
    bool m_on = false;
};

} // namespace

Result<GuestErasureReport> GuestErasure::erase(OpenVenue &venue, const QString &guestUuid)
{
    return erase(venue, QStringList{guestUuid});
}

Result<GuestErasureReport> GuestErasure::erase(OpenVenue &venue, const QStringList &guestUuids)
{
    Database &db = venue.database();
    if (db.isReadOnly())
        return fail(Error::Code::Conflict, db.readOnlyReason());
    // Each guest and, recursively, every profile merged into them. Statements are reset before
    // the VACUUM at the end (it refuses to run beside one still open).
    QList<std::pair<qint64, QString>> family;
    for (const QString &typed : guestUuids) {
        const QString uuid = typed.trimmed().toLower();
        Statement find(db, QStringLiteral("SELECT id FROM guests WHERE uuid = ?"));
        auto found = find.bind(uuid).scalar();
        if (!found)
            return std::unexpected(found.error());
        if (!found->isValid() || found->isNull())
            return fail(Error::Code::NotFound, tr("There is no guest with the id %1.").arg(uuid),
                        QStringLiteral("guest"));
        const qint64 id = found->toLongLong();
        Statement survivor(db, QStringLiteral("SELECT k.uuid FROM guest_merges m JOIN guests k ON "
                                              "k.id = m.kept_guest_id WHERE m.merged_guest_id = ? AND "
                                              "m.undone_at IS NULL"));
        auto keptBy = survivor.bind(id).scalar();
        if (!keptBy)
            return std::unexpected(keptBy.error());
        if (keptBy->isValid() && !keptBy->isNull())
            return fail(
                Error::Code::Conflict,
                tr("This profile was merged into the guest %1; erase that guest, and this profile goes "
                   "with them.")
                    .arg(keptBy->toString()),
                QStringLiteral("guest"));
        family.append({id, uuid});
    }
    for (qsizetype next = 0; next < family.size(); ++next) {
        auto merged = column(db,
                             QStringLiteral("SELECT g.id || ' ' || g.uuid FROM guest_merges m "
                                            "JOIN guests g ON g.id = m.merged_guest_id "
                                            "WHERE m.kept_guest_id = ? AND m.undone_at IS NULL"),
                             family.at(next).first);
        if (!merged)
            return std::unexpected(merged.error());
        for (const QVariant &value : std::as_const(*merged)) {
            const QStringList parts = value.toString().split(QLatin1Char(' '));
            const std::pair<qint64, QString> profile{parts.value(0).toLongLong(), parts.value(1)};
            if (!family.contains(profile))
                family.append(profile);
        }
    }

    GuestErasureReport report;
    if (family.isEmpty())
        return report;
    {
        const SecureDelete secure(db);
        if (!secure.on())
            return fail(Error::Code::Storage, tr("The file could not be set to overwrite what is deleted."));
        auto tx = Transaction::begin(db);
        if (!tx)
            return std::unexpected(tx.error());
        for (const auto &[profileId, profileUuid] : std::as_const(family)) {
            if (auto ok = eraseProfile(db, profileId, profileUuid, venue.staffOnDuty(), report); !ok)
                return std::unexpected(ok.error());
        }
        // Merge the search index's segments, so the deleted documents' words are gone from it.
        if (auto ok = run(db, QStringLiteral("INSERT INTO search_index(search_index) VALUES ('optimize')"));
            !ok)
            return std::unexpected(ok.error());
        if (auto ok = tx->commit(); !ok)
            return std::unexpected(ok.error());
    }
    // Rewrite the file without its free pages, then empty the write-ahead log. Another connection
    // reading at this moment makes either wait; the erase itself is committed either way.
    bool vacuumed = false;
    {
        Statement vacuum(db, QStringLiteral("VACUUM"));
        vacuumed = vacuum.exec().has_value();
    }
    if (vacuumed) {
        Statement checkpoint(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        report.fileCompacted = checkpoint.exec().has_value() && checkpoint.integer(0) == 0;
    }
    venue.guests().announceMany();
    venue.tickets().announceMany();
    venue.feedback().announceMany();
    return report;
}

} // namespace innkeep
