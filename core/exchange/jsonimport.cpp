// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonimport.h"

#include "common/uuid.h"
#include "exchange/jsonexport.h"
#include "exchange/jsonfieldvalue.h"
#include "exchange/jsonstreamreader.h"
#include "exchange/jsontables.h"
#include "preferences/preferenceservice.h"
#include "search/namekeybatch.h"
#include "search/searchindex.h"
#include "staff/staffservice.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/hybridlogicalclock.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "storage/writecache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace innkeep {

namespace {

constexpr int ProgressEvery = 250;
constexpr int ImportCacheMiB = 64;
// Name keys held before they are written as a sorted run (as GuestCsvImport does).
constexpr std::size_t NameKeysInMemory = 1'000'000;

// Where a record is in the file: its JSON path and the line it starts on.
struct Place
{
    QString path;
    int line = 0;
    [[nodiscard]] QString at(qsizetype index) const { return QStringLiteral("%1[%2]").arg(path).arg(index); }
    [[nodiscard]] QString key(const QString &name) const { return path + QLatin1Char('.') + name; }
};

// A reference to a record later in the file (a ticket's feedback): set when the file has been read.
struct Pending
{
    QString table;
    QString column;
    qint64 rowId = 0;
    QString references;
    QString uuid;
    Place place;
};

} // namespace

// One reading of one file: the reader, what was written so far and what is still to resolve.
class JsonImport::Run
{
public:
    Run(JsonImport &import, QIODevice &device, const QString &fileName, qint64 size)
        : m_import(import), m_db(import.m_db), m_reader(device, fileName), m_fileName(fileName), m_size(size)
    {}

    [[nodiscard]] Status read(JsonImportSummary &summary);
    [[nodiscard]] Status finish() { return m_nameKeys.write(m_db); }

private:
    [[nodiscard]] std::unexpected<Error> problem(const Place &place, const QString &message) const
    {
        return std::unexpected(m_reader.errorAt(place.line, message, place.path));
    }
    // An error of the database (a constraint) while storing the record at `place`.
    [[nodiscard]] std::unexpected<Error> refused(const Place &place, const Error &error) const
    {
        return problem(place, JsonImport::tr("the database refused this record: %1").arg(error.message));
    }
    [[nodiscard]] Status header(const QString &key, JsonImportSummary &summary);
    [[nodiscard]] Status venueSettings(JsonImportSummary &summary);
    [[nodiscard]] Status list(const JsonTable &table, JsonImportSummary &summary);
    [[nodiscard]] Status skipUnknown();
    [[nodiscard]] Status clear(const JsonTable &table);
    [[nodiscard]] Status record(const JsonTable &table, const QJsonObject &object, const Place &place,
                                JsonImportSummary &summary);
    // Stores one record of `table` (a nested one under `parentId`); returns its row id. `logged`
    // gets the record as the change log records it.
    [[nodiscard]] Result<qint64> store(const JsonTable &table, const QJsonObject &object, const Place &place,
                                       qint64 parentId, const QString &guestUuid,
                                       QVariantMap *logged = nullptr);
    [[nodiscard]] Status nested(const JsonTable &table, const QJsonObject &object, const Place &place,
                                qint64 parentId, const QString &guestUuid, qint64 &count);
    [[nodiscard]] Status guest(const QJsonObject &object, const Place &place, JsonImportSummary &summary);
    [[nodiscard]] Result<qint64> idOf(const QString &table, const QString &uuid);
    [[nodiscard]] Status resolvePending();
    [[nodiscard]] Status pause();

    JsonImport &m_import;
    Database &m_db;
    JsonStreamReader m_reader;
    QString m_fileName;
    qint64 m_size = 0;
    NameKeyBatch m_nameKeys;
    QList<Pending> m_pending;
    QSet<QString> m_listsRead;  // top-level keys read (each once)
    QSet<QString> m_tablesDone; // tables a later reference can no longer add to
    bool m_sawFormat = false;
    bool m_sawVersion = false;
    qint64 m_records = 0;
};

JsonImport::JsonImport(Database &db) : m_db(db) {}
JsonImport::~JsonImport() = default;

Status JsonImport::checkEmpty()
{
    // What makes a venue a venue in use; staff, lists and settings are the seeded defaults a file replaces.
    for (const char *table : {"guests", "stays", "tickets", "feedback", "guest_notes", "preferences",
                              "guest_merges", "loyalty_tier_changes", "loyalty_points"}) {
        Statement count(m_db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        auto rows = count.scalar();
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->toLongLong() > 0)
            return std::unexpected(
                Error{Error::Code::Conflict,
                      tr("this database already holds %1 (%2 rows); import json restores a venue into an "
                         "empty database only: make a new one with innkeep-cli init and import into that")
                          .arg(QLatin1String(table))
                          .arg(rows->toLongLong()),
                      QString::fromLatin1(table), QDir::toNativeSeparators(m_db.path()), 0});
    }
    return {};
}

Result<JsonImportSummary> JsonImport::read(const QString &path, bool dryRun)
{
    const QString fileName = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return std::unexpected(fileError(Error::Code::Io, path, tr("There is no file %1.").arg(fileName)));
    if (!info.isFile())
        return std::unexpected(fileError(Error::Code::Io, path, tr("%1 is not a file.").arg(fileName)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            fileError(Error::Code::Io, path, tr("Could not open %1: %2").arg(fileName, file.errorString())));
    if (auto ok = checkEmpty(); !ok)
        return std::unexpected(ok.error());

    JsonImportSummary summary;
    summary.file = fileName;
    summary.dryRun = dryRun;
    const QString ownDevice = m_db.deviceId();
    const qsizetype eventMark = m_db.afterCommit().mark();
    const auto undo = [&](std::optional<Transaction> &tx) {
        if (tx)
            tx->rollback();
        if (m_db.deviceId() != ownDevice)
            m_db.continueAsDevice(ownDevice);
        m_db.settingsCache().clear();
        m_db.afterCommit().truncate(eventMark);
    };

    WriteCache cache(m_db, ImportCacheMiB);
    std::optional<Transaction> tx;
    {
        auto begun = Transaction::begin(m_db);
        if (!begun)
            return std::unexpected(begun.error());
        tx.emplace(std::move(*begun));
    }
    Run run(*this, file, fileName, file.size());
    Status done = run.read(summary);
    if (done && !dryRun)
        done = run.finish();
    if (!done || dryRun) {
        undo(tx);
        if (!done)
            return std::unexpected(done.error());
        return summary;
    }
    // One "reload" for the pages instead of a notification per record.
    m_db.afterCommit().truncate(eventMark);
    m_db.afterCommit().noteBulkWrite();
    if (auto ok = tx->commit(); !ok) {
        undo(tx);
        return std::unexpected(ok.error());
    }
    m_db.settingsCache().clear();
    if (m_progress)
        m_progress({file.size(), file.size(), summary.guests});
    return summary;
}

Status JsonImport::Run::pause()
{
    if (++m_records % ProgressEvery != 0)
        return {};
    if (isCancelled(m_import.m_cancel))
        return std::unexpected(Error{Error::Code::Cancelled,
                                     JsonImport::tr("The import was cancelled; nothing was changed."),
                                     {},
                                     m_fileName,
                                     m_reader.line()});
    if (m_import.m_progress)
        m_import.m_progress({m_reader.position(), m_size, m_records});
    return {};
}

Status JsonImport::Run::read(JsonImportSummary &summary)
{
    auto first = m_reader.peek();
    if (*first != '{')
        return problem(
            {{}, m_reader.line()},
            JsonImport::tr("this is not an Innkeep JSON export (innkeep-cli export json writes one): "
                           "it does not start with {"));
    if (auto ok = m_reader.beginObject(); !ok)
        return ok;
    for (;;) {
        auto key = m_reader.nextKey();
        if (!key)
            return std::unexpected(key.error());
        if (!key->has_value())
            break;
        const QString name = **key;
        static const QSet<QString> headerKeys{QStringLiteral("format"), QStringLiteral("version"),
                                              QStringLiteral("schema_version"), QStringLiteral("exported_at"),
                                              QStringLiteral("device_id")};
        if (headerKeys.contains(name)) {
            if (auto ok = header(name, summary); !ok)
                return ok;
            continue;
        }
        if (!m_sawFormat || !m_sawVersion)
            return problem({name, m_reader.line()},
                           JsonImport::tr("the file must begin with \"format\":\"innkeep-export\" and its "
                                          "\"version\", before any list"));
        if (m_listsRead.contains(name))
            return problem({name, m_reader.line()}, JsonImport::tr("this list is in the file twice"));
        m_listsRead.insert(name);
        if (name == QLatin1String("venue_settings")) {
            if (auto ok = venueSettings(summary); !ok)
                return ok;
            continue;
        }
        const JsonTable *table = nullptr;
        for (const JsonTable *candidate : JsonTables::topLevel()) {
            if (candidate->key == name)
                table = candidate;
        }
        if (auto ok = table ? list(*table, summary) : skipUnknown(); !ok)
            return ok;
    }
    if (auto ok = m_reader.finish(); !ok)
        return ok;
    if (!m_sawFormat)
        return problem(
            {QStringLiteral("format"), 1},
            JsonImport::tr("this is not an Innkeep JSON export: it has no \"format\":\"innkeep-export\""));
    return resolvePending();
}

Status JsonImport::Run::header(const QString &key, JsonImportSummary &summary)
{
    int line = 0;
    auto value = m_reader.readValue(&line);
    if (!value)
        return std::unexpected(value.error());
    const Place place{key, line};
    if (key == QLatin1String("format")) {
        if (value->toString() != JsonExport::formatName())
            return problem(place, JsonImport::tr("this is not an Innkeep JSON export (format \"%1\", not "
                                                 "\"innkeep-export\")")
                                      .arg(value->toVariant().toString()));
        m_sawFormat = true;
    } else if (key == QLatin1String("version")) {
        const int version = value->toInt(-1);
        if (!value->isDouble() || version < 1)
            return problem(place, JsonImport::tr("expected the format version, a whole number"));
        if (version > JsonExport::FormatVersion)
            return problem(place,
                           JsonImport::tr("written by a newer Innkeep (format version %1); this one reads "
                                          "versions 1 to %2: update Innkeep to import it")
                               .arg(version)
                               .arg(JsonExport::FormatVersion));
        summary.version = version;
        m_sawVersion = true;
    } else if (key == QLatin1String("schema_version")) {
        if (!value->isDouble())
            return problem(place, JsonImport::tr("expected the schema version, a whole number"));
        if (value->toInt() > Database::latestSchemaVersion())
            return problem(place, JsonImport::tr("written from a newer database (schema %1; this Innkeep has "
                                                 "schema %2): update Innkeep to import it")
                                      .arg(value->toInt())
                                      .arg(Database::latestSchemaVersion()));
    } else if (key == QLatin1String("exported_at")) {
        const QDateTime at = QDateTime::fromString(value->toString(), Qt::ISODateWithMs);
        if (!value->isString() || !at.isValid())
            return problem(place, JsonImport::tr("expected the time of the export (ISO 8601)"));
        // The restored device's clock continues after everything the file holds.
        m_db.hlc().observe(HybridLogicalClock::pack(at.toMSecsSinceEpoch(), 0xffff));
    } else if (key == QLatin1String("device_id")) {
        const QString device = value->toString();
        if (!isUuid(device))
            return problem(place, JsonImport::tr("expected the uuid of the device that wrote the file"));
        if (!m_listsRead.isEmpty())
            return problem(place, JsonImport::tr("the device's id must come before the lists"));
        Statement store(m_db, QStringLiteral("INSERT INTO local_meta(key, value) VALUES ('device_id', ?) "
                                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        if (auto ok = store.bind(device).exec(); !ok)
            return refused(place, ok.error());
        m_db.continueAsDevice(device);
        summary.deviceId = device;
    }
    return {};
}

Status JsonImport::Run::venueSettings(JsonImportSummary &summary)
{
    int line = 0;
    auto value = m_reader.readValue(&line);
    if (!value)
        return std::unexpected(value.error());
    const Place place{QStringLiteral("venue_settings"), line};
    if (!value->isObject())
        return problem(place, JsonImport::tr("expected an object of setting names and their values"));
    const QJsonObject settings = value->toObject();
    ChangeLog log(m_db);
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        const Place setting{place.key(it.key()), line};
        if (it.key().isEmpty())
            return problem(setting, JsonImport::tr("a setting needs a name"));
        if (!it.value().isString())
            return problem(setting, JsonImport::tr("expected the setting's value as a string"));
        Statement old(m_db, QStringLiteral("SELECT value FROM venue_settings WHERE key = ?"));
        auto before = old.bind(it.key()).scalar();
        if (!before)
            return refused(setting, before.error());
        old.reset();
        Statement upsert(m_db, QStringLiteral("INSERT INTO venue_settings(key, value, hlc) VALUES (?, ?, ?) "
                                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                                              "hlc = excluded.hlc"));
        if (auto ok = upsert.bind(it.key(), it.value().toString(), m_db.hlc().next()).exec(); !ok)
            return refused(setting, ok.error());
        const QVariant was = before->isValid() ? *before : QVariant(QMetaType::fromType<QString>());
        if (auto ok = log.recordUpdate(QStringLiteral("venue_settings"), it.key(), QStringLiteral("value"),
                                       was, it.value().toString());
            !ok)
            return ok;
        ++summary.venueSettings;
    }
    return {};
}

Status JsonImport::Run::skipUnknown()
{
    // Readers ignore keys they do not know; a list is skipped an element at a time.
    auto next = m_reader.peek();
    if (*next != '[') {
        auto value = m_reader.readValue();
        return value ? Status() : std::unexpected(value.error());
    }
    if (auto ok = m_reader.beginArray(); !ok)
        return ok;
    for (;;) {
        auto more = m_reader.nextElement();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            return {};
        if (auto value = m_reader.readValue(); !value)
            return std::unexpected(value.error());
    }
}

Status JsonImport::Run::clear(const JsonTable &table)
{
    // The new file's seeded rows give way to the file's; their removal is logged like any delete.
    QStringList columns;
    for (const JsonField &field : table.fields)
        columns.append(field.columnName());
    Statement rows(m_db,
                   QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table.table));
    if (auto ok = rows.exec(); !ok)
        return ok;
    ChangeLog log(m_db);
    while (rows.next()) {
        QVariantMap row;
        for (qsizetype i = 0; i < columns.size(); ++i)
            row.insert(columns.at(i), rows.value(int(i)));
        if (auto ok = log.recordDelete(table.table, row.value(QStringLiteral("uuid")).toString(), row); !ok)
            return ok;
    }
    if (auto ok = rows.walked(); !ok)
        return ok;
    return execute(m_db, QStringLiteral("DELETE FROM ") + table.table);
}

Status JsonImport::Run::list(const JsonTable &table, JsonImportSummary &summary)
{
    auto next = m_reader.peek();
    if (*next != '[')
        return problem({table.key, m_reader.line()}, JsonImport::tr("expected a list ([) of records"));
    if (auto ok = m_reader.beginArray(); !ok)
        return ok;
    if (&table == &JsonTables::staff() || &table == &JsonTables::ticketCategories()
        || &table == &JsonTables::departments() || &table == &JsonTables::slaPolicies()
        || &table == &JsonTables::loyaltyTiers() || &table == &JsonTables::segments()
        || &table == &JsonTables::messageTemplates()) {
        if (auto ok = clear(table); !ok)
            return ok;
    }
    // A syntax error, or the end of a file cut off, is said of the record it is in.
    const auto within = [](Error error, const QString &path) {
        if (error.field.isEmpty())
            error.field = path;
        return std::unexpected(std::move(error));
    };
    for (qsizetype index = 0;; ++index) {
        const QString path = QStringLiteral("%1[%2]").arg(table.key).arg(index);
        auto more = m_reader.nextElement();
        if (!more)
            return within(more.error(), path);
        if (!*more)
            break;
        int line = 0;
        auto value = m_reader.readValue(&line);
        if (!value)
            return within(value.error(), path);
        const Place place{path, line};
        if (!value->isObject())
            return problem(place, JsonImport::tr("expected a record, an object in { }"));
        if (auto ok = record(table, value->toObject(), place, summary); !ok)
            return ok;
        if (auto ok = pause(); !ok)
            return ok;
    }
    m_tablesDone.insert(table.table);
    if (&table == &JsonTables::guests())
        m_tablesDone.insert(QStringLiteral("stays"));
    return {};
}

Result<qint64> JsonImport::Run::idOf(const QString &table, const QString &uuid)
{
    Statement find(m_db, QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table));
    auto id = find.bind(uuid).scalar();
    if (!id)
        return std::unexpected(id.error());
    return id->isValid() ? id->toLongLong() : 0;
}

Result<qint64> JsonImport::Run::store(const JsonTable &table, const QJsonObject &object, const Place &place,
                                      qint64 parentId, const QString &guestUuid, QVariantMap *logged)
{
    QStringList columns;
    QVariantList values;
    QVariantMap row;
    QList<Pending> later;
    for (const JsonField &field : table.fields) {
        const Place at{place.key(field.key), place.line};
        auto value = JsonFieldValue::read(field, object);
        if (!value)
            return problem(at, value.error().message);
        QVariant stored = *value;
        if (field.kind == JsonField::Kind::Reference && !value->isNull()) {
            auto id = idOf(field.references, value->toString());
            if (!id)
                return refused(at, id.error());
            if (*id == 0) {
                // Only a reference to a list the file has not come to yet may wait for it.
                if (!field.nullable || m_tablesDone.contains(field.references))
                    return problem(at, JsonImport::tr("no record in %1 of the file has the uuid %2")
                                           .arg(field.references, value->toString()));
                later.append({table.table, field.columnName(), 0, field.references, value->toString(), at});
                stored = QVariant(QMetaType::fromType<qint64>());
            } else {
                stored = *id;
            }
        }
        columns.append(field.columnName());
        values.append(stored);
        row.insert(field.key, *value);
    }
    // What the import derives or the file leaves out on purpose.
    if (!table.parent.isEmpty()) {
        columns.append(table.parent);
        values.append(parentId);
    }
    if (&table == &JsonTables::staff() || &table == &JsonTables::loyaltyTiers()
        || &table == &JsonTables::segments() || &table == &JsonTables::messageTemplates()) {
        // Unique ignoring case and spacing: the name simplified and case-folded, as StaffService and
        // the loyalty and segment services key theirs.
        columns.append(QStringLiteral("name_key"));
        values.append(StaffService::nameKey(row.value(QStringLiteral("name")).toString()));
    } else if (&table == &JsonTables::loyaltyPoints()) {
        // An entry of 0 points is no entry (the schema's CHECK); said here in the file's words.
        if (row.value(QStringLiteral("points")).toLongLong() == 0)
            return problem({place.key(QStringLiteral("points")), place.line},
                           JsonImport::tr("expected a number of points other than 0"));
    } else if (&table == &JsonTables::preferences()) {
        columns.append(QStringLiteral("value_key"));
        values.append(PreferenceService::valueKey(row.value(QStringLiteral("value")).toString()));
    } else if (&table == &JsonTables::guestMerges()) {
        columns.append(QStringLiteral("undo"));
        values.append(QStringLiteral("{}"));
    } else if (&table == &JsonTables::tickets()) {
        const QString category = row.value(QStringLiteral("category")).toString();
        Statement known(m_db, QStringLiteral("SELECT count(*) FROM ticket_categories WHERE key = ?"));
        auto count = known.bind(category).scalar();
        if (!count)
            return refused(place, count.error());
        if (count->toLongLong() == 0)
            return problem(
                {place.key(QStringLiteral("category")), place.line},
                JsonImport::tr("\"%1\" is not the key of one of the file's ticket categories").arg(category));
        const QString policy = row.value(QStringLiteral("sla_policy")).toString();
        if (!QJsonDocument::fromJson(policy.toUtf8()).isObject())
            return problem({place.key(QStringLiteral("sla_policy")), place.line},
                           JsonImport::tr("expected the SLA policy the ticket runs under, as JSON text"));
    } else if (&table == &JsonTables::feedbackTopics()) {
        if (!QJsonDocument::fromJson(row.value(QStringLiteral("evidence")).toString().toUtf8()).isArray())
            return problem({place.key(QStringLiteral("evidence")), place.line},
                           JsonImport::tr("expected the words found, as a JSON list in text"));
    }

    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    Statement insert(
        m_db, QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                  .arg(table.table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (const QVariant &value : std::as_const(values))
        insert.bindValue(value);
    if (auto ok = insert.exec(); !ok)
        return refused(place, ok.error());
    const qint64 id = insert.lastInsertId().toLongLong();
    for (Pending &pending : later) {
        pending.rowId = id;
        m_pending.append(pending);
    }
    if (logged) {
        *logged = row;
        return id;
    }
    // A nested record names its parent as the services record it (guest_uuid …); topics have no
    // uuid of their own and are logged against their entry.
    QString rowUuid = row.value(QStringLiteral("uuid")).toString();
    if (rowUuid.isEmpty())
        rowUuid = guestUuid;
    if (auto ok = ChangeLog(m_db).recordInsert(table.table, rowUuid, row, guestUuid); !ok)
        return std::unexpected(ok.error());
    return id;
}

Status JsonImport::Run::nested(const JsonTable &table, const QJsonObject &object, const Place &place,
                               qint64 parentId, const QString &guestUuid, qint64 &count)
{
    const QJsonValue list = object.value(table.key);
    const Place at{place.key(table.key), place.line};
    if (list.isUndefined())
        return {};
    if (!list.isArray())
        return problem(at, JsonImport::tr("expected a list ([) of records"));
    const QJsonArray records = list.toArray();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Place item{at.at(i), place.line};
        if (!records.at(i).isObject())
            return problem(item, JsonImport::tr("expected a record, an object in { }"));
        auto id = store(table, records.at(i).toObject(), item, parentId, guestUuid);
        if (!id)
            return std::unexpected(id.error());
        ++count;
    }
    return {};
}

Status JsonImport::Run::guest(const QJsonObject &object, const Place &place, JsonImportSummary &summary)
{
    QVariantMap logged;
    auto id = store(JsonTables::guests(), object, place, 0, {}, &logged);
    if (!id)
        return std::unexpected(id.error());
    const QString uuid = logged.value(QStringLiteral("uuid")).toString();
    GuestSearchDocument document;
    document.guestId = *id;
    document.uuid = uuid;
    for (const char *name : {"given_name", "family_name", "latin_given_name", "latin_family_name"})
        document.names.append(logged.value(QLatin1String(name)).toString());
    document.text = {logged.value(QStringLiteral("company")).toString(),
                     logged.value(QStringLiteral("city")).toString()};

    // E-mails, phones and tags: lists of strings.
    for (const auto &[key, list, count] :
         {std::tuple{QStringLiteral("emails"), &document.emails, &summary.emails},
          std::tuple{QStringLiteral("phones"), &document.phones, &summary.phones},
          std::tuple{QStringLiteral("tags"), &document.tags, &summary.tags}}) {
        const QJsonValue value = object.value(key);
        const Place at{place.key(key), place.line};
        if (value.isUndefined() || value.isNull()) {
            logged.insert(key, QString());
            continue;
        }
        if (!value.isArray())
            return problem(at, JsonImport::tr("expected a list ([) of strings"));
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString item = items.at(i).toString();
            if (!items.at(i).isString() || item.trimmed().isEmpty())
                return problem({at.at(i), place.line}, JsonImport::tr("expected a string that is not empty"));
            list->append(item);
        }
        const bool tags = list == &document.tags;
        for (qsizetype i = 0; i < list->size(); ++i) {
            Statement insert(
                m_db, tags ? QStringLiteral("INSERT OR IGNORE INTO guest_tags(guest_id, tag) VALUES (?, ?)")
                           : QStringLiteral("INSERT INTO guest_contacts(uuid, guest_id, kind, value, "
                                            "position) VALUES (?, ?, ?, ?, ?)"));
            if (tags)
                insert.bind(*id, list->at(i));
            else
                insert.bind(m_db.newUuid(), *id, key.chopped(1), list->at(i), int(i));
            if (auto ok = insert.exec(); !ok)
                return refused({at.at(i), place.line}, ok.error());
        }
        *count += list->size();
        logged.insert(key, list->join(QLatin1Char('\n')));
    }
    if (auto ok = ChangeLog(m_db).recordInsert(JsonTables::guests().table, uuid, logged, uuid); !ok)
        return ok;

    if (auto ok = nested(JsonTables::notes(), object, place, *id, uuid, summary.notes); !ok)
        return ok;
    if (auto ok = nested(JsonTables::preferences(), object, place, *id, uuid, summary.preferences); !ok)
        return ok;
    if (auto ok = nested(JsonTables::stays(), object, place, *id, uuid, summary.stays); !ok)
        return ok;
    // After the stays: a points entry's stay_uuid names one of them.
    if (auto ok =
            nested(JsonTables::loyaltyTierChanges(), object, place, *id, uuid, summary.loyaltyTierChanges);
        !ok)
        return ok;
    if (auto ok = nested(JsonTables::loyaltyPoints(), object, place, *id, uuid, summary.loyaltyPoints); !ok)
        return ok;
    for (const QJsonValue &note : object.value(QStringLiteral("notes")).toArray())
        document.text.append(note.toObject().value(QStringLiteral("body")).toString());
    for (const QJsonValue &stay : object.value(QStringLiteral("stays")).toArray()) {
        for (const char *key : {"room", "booking_ref"}) {
            const QString value = stay.toObject().value(QLatin1String(key)).toString();
            if (!value.isEmpty() && !document.stays.contains(value))
                document.stays.append(value);
        }
    }
    ++summary.guests;
    // Archived guests leave the search (SearchIndex::reindexGuest).
    if (!logged.value(QStringLiteral("archived_at")).isNull())
        return {};
    if (auto ok = SearchIndex(m_db).writeNew(SearchIndex::rowFor(document), m_nameKeys); !ok)
        return ok;
    if (m_nameKeys.size() >= NameKeysInMemory)
        return m_nameKeys.write(m_db);
    return {};
}

Status JsonImport::Run::record(const JsonTable &table, const QJsonObject &object, const Place &place,
                               JsonImportSummary &summary)
{
    if (&table == &JsonTables::guests())
        return guest(object, place, summary);

    const auto guestUuidOf = [&](const char *key) { return object.value(QLatin1String(key)).toString(); };
    if (&table == &JsonTables::tickets()) {
        auto id = store(table, object, place, 0, guestUuidOf("guest_uuid"));
        if (!id)
            return std::unexpected(id.error());
        const QString guestUuid = guestUuidOf("guest_uuid");
        for (const auto &[child, count] : {std::pair{&JsonTables::ticketEvents(), &summary.ticketEvents},
                                           {&JsonTables::compensations(), &summary.compensations},
                                           {&JsonTables::followUps(), &summary.followUps}}) {
            if (auto ok = nested(*child, object, place, *id, guestUuid, *count); !ok)
                return ok;
        }
        ++summary.tickets;
        return SearchIndex(m_db).indexTicket(*id);
    }
    if (&table == &JsonTables::feedback()) {
        auto id = store(table, object, place, 0, guestUuidOf("guest_uuid"));
        if (!id)
            return std::unexpected(id.error());
        // Topics are logged against their entry, as corrections are.
        const QString entry = guestUuidOf("uuid");
        const QJsonValue topics = object.value(QStringLiteral("topics"));
        const Place at{place.key(QStringLiteral("topics")), place.line};
        if (!topics.isUndefined() && !topics.isArray())
            return problem(at, JsonImport::tr("expected a list ([) of records"));
        const QJsonArray list = topics.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Place item{at.at(i), place.line};
            if (!list.at(i).isObject())
                return problem(item, JsonImport::tr("expected a record, an object in { }"));
            QVariantMap row;
            auto topic = store(JsonTables::feedbackTopics(), list.at(i).toObject(), item, *id, {}, &row);
            if (!topic)
                return std::unexpected(topic.error());
            row.insert(QStringLiteral("feedback_uuid"), entry);
            if (auto ok = ChangeLog(m_db).recordInsert(JsonTables::feedbackTopics().table, entry, row,
                                                       guestUuidOf("guest_uuid"));
                !ok)
                return ok;
            ++summary.feedbackTopics;
        }
        ++summary.feedback;
        return SearchIndex(m_db).indexFeedback(*id);
    }

    qint64 *count = nullptr;
    QString guestUuid;
    if (&table == &JsonTables::staff())
        count = &summary.staff;
    else if (&table == &JsonTables::ticketCategories())
        count = &summary.ticketCategories;
    else if (&table == &JsonTables::departments())
        count = &summary.departments;
    else if (&table == &JsonTables::slaPolicies())
        count = &summary.slaPolicies;
    else if (&table == &JsonTables::loyaltyTiers())
        count = &summary.loyaltyTiers;
    else if (&table == &JsonTables::segments())
        count = &summary.segments;
    else if (&table == &JsonTables::messageTemplates())
        count = &summary.messageTemplates;
    else if (&table == &JsonTables::reminderActions()) {
        count = &summary.reminderActions;
        guestUuid = guestUuidOf("guest_uuid"); // logged against the guest it is about
    } else if (&table == &JsonTables::guestMerges()) {
        count = &summary.guestMerges;
        guestUuid = guestUuidOf("kept_guest_uuid"); // a merge is logged against the kept guest
    }
    Q_ASSERT(count);
    auto id = store(table, object, place, 0, guestUuid);
    if (!id)
        return std::unexpected(id.error());
    ++*count;
    return {};
}

Status JsonImport::Run::resolvePending()
{
    for (const Pending &pending : std::as_const(m_pending)) {
        auto id = idOf(pending.references, pending.uuid);
        if (!id)
            return refused(pending.place, id.error());
        if (*id == 0)
            return problem(pending.place, JsonImport::tr("no record in %1 of the file has the uuid %2")
                                              .arg(pending.references, pending.uuid));
        Statement update(
            m_db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(pending.table, pending.column));
        if (auto ok = update.bind(*id, pending.rowId).exec(); !ok)
            return refused(pending.place, ok.error());
    }
    m_pending.clear();
    return {};
}

} // namespace innkeep
