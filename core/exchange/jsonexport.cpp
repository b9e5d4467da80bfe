// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonexport.h"

#include "exchange/exportfile.h"
#include "exchange/jsontables.h"
#include "exchange/jsonwriter.h"
#include "jobs/jobrunner.h"
#include "storage/database.h"
#include "storage/readsnapshot.h"
#include "storage/statement.h"

#include <QDateTime>
#include <QDir>
#include <QSet>

#include <memory>
#include <vector>

namespace innkeep {

namespace {

constexpr int ProgressEvery = 500;

} // namespace

bool JsonExport::isFlagColumn(const QString &name)
{
    static const QSet<QString> flags = [] {
        QSet<QString> names;
        for (const JsonTable *table : JsonTables::all()) {
            for (const JsonField &field : table->fields) {
                if (field.kind == JsonField::Kind::Flag)
                    names.insert(field.key);
            }
        }
        return names;
    }();
    return flags.contains(name);
}

namespace {

// A failed read in the export's own words, with SQLite's reason (storageerror.h) after it.
Error storageError(Error failure)
{
    failure.message = JsonExport::tr("Reading the database failed: %1").arg(failure.message);
    return failure;
}

// A forward-only query over one table's rows, ordered by the record they belong to (the first
// column: the parent's row id, or the row's own id for a top-level list), walked in step with it.
class RecordCursor
{
public:
    // The rows of `table`, its keys as JsonTables describes them.
    RecordCursor(Database &db, const JsonTable &table) : RecordCursor(db, selectOf(table), &table) {}
    // The rows of `sql`: the record's id first, then plain values read by column.
    RecordCursor(Database &db, const QString &sql, const JsonTable *table = nullptr)
        : m_table(table), m_query(db, sql)
    {
        m_status = m_query.exec();
        if (m_status)
            advance();
    }
    Q_DISABLE_COPY_MOVE(RecordCursor)

    // Whether the query ran and every row so far was read.
    [[nodiscard]] Status status() const { return m_status ? m_query.walked() : m_status; }
    // True while the current row belongs to `id`.
    [[nodiscard]] bool at(qint64 id) const { return m_valid && m_id == id; }
    [[nodiscard]] bool valid() const { return m_valid; }
    [[nodiscard]] qint64 id() const { return m_id; }
    void advance()
    {
        m_valid = m_query.next();
        if (m_valid)
            m_id = m_query.integer(0);
    }
    [[nodiscard]] QString text(int column) const { return m_query.text(column); }

    // The current row's keys in the object being written.
    void writeFields(JsonWriter &json) const
    {
        for (qsizetype i = 0; i < m_table->fields.size(); ++i) {
            const JsonField &field = m_table->fields.at(i);
            json.key(field.key);
            const QVariant value = m_query.value(int(i) + 1);
            if (value.isNull())
                json.null();
            else if (field.kind == JsonField::Kind::Flag)
                json.value(value.toLongLong() != 0);
            else if (field.kind == JsonField::Kind::Real)
                json.value(value.toDouble());
            else
                json.value(value);
        }
    }
    // Every row of record `id`, each an object, as the array of `key`.
    qint64 writeList(JsonWriter &json, qint64 id)
    {
        qint64 count = 0;
        json.key(m_table->key);
        json.beginArray();
        while (at(id)) {
            json.beginObject();
            writeFields(json);
            json.endObject();
            advance();
            ++count;
        }
        json.endArray();
        return count;
    }

private:
    static QString selectOf(const JsonTable &table)
    {
        QStringList columns{QStringLiteral("t.")
                            + (table.parent.isEmpty() ? QStringLiteral("id") : table.parent)};
        for (const JsonField &field : table.fields) {
            if (field.kind == JsonField::Kind::Reference)
                columns.append(QStringLiteral("(SELECT r.uuid FROM %1 r WHERE r.id = t.%2)")
                                   .arg(field.references, field.columnName()));
            else
                columns.append(QStringLiteral("t.") + field.columnName());
        }
        QString order = table.order;
        if (!table.parent.isEmpty())
            order = QStringLiteral("t.") + table.parent + QStringLiteral(", ") + order;
        return QStringLiteral("SELECT %1 FROM %2 t ORDER BY %3")
            .arg(columns.join(QStringLiteral(", ")), table.table, order);
    }

    const JsonTable *m_table;
    Statement m_query;
    Status m_status;
    qint64 m_id = 0;
    bool m_valid = false;
};

} // namespace

Result<std::unique_ptr<BackgroundJob>> JsonExport::start(JobRunner &runner, const QString &path)
{
    return runner.start<JsonExportSummary>(
        tr("the JSON export"), JobAccess::Reads, [path](JobContext &context) {
            JsonExport exporter(context.db());
            exporter.setProgress(context.progressCallback(tr("Writing guests")));
            exporter.setCancelFlag(context.cancelFlag());
            return exporter.write(path);
        });
}

Result<JsonExportSummary> JsonExport::write(const QString &path)
{
    ExportFile file(path);
    if (auto ok = file.open(m_db.path()); !ok)
        return std::unexpected(ok.error());
    const auto ioError = [&] { return std::unexpected(file.writeFailed()); };
    const auto cancelled = [&] {
        file.discard();
        return std::unexpected(Error{Error::Code::Cancelled,
                                     tr("The export was cancelled; no file was written."),
                                     {},
                                     QDir::toNativeSeparators(path),
                                     0});
    };

    // One view of the file from the count to the last record: a write by another program (the CLI,
    // a second desk) during a long export is either wholly in the file or not at all.
    ReadSnapshot snapshot(m_db);
    if (!snapshot.status())
        return std::unexpected(storageError(snapshot.status().error()));
    JsonExportSummary summary;

    Statement countGuests(m_db, QStringLiteral("SELECT count(*) FROM guests"));
    auto counted = countGuests.scalar();
    if (!counted)
        return std::unexpected(counted.error());
    const qint64 total = counted->toLongLong();
    countGuests.reset();

    // The layout docs/json-export.md shows: the header on the first line; then each list's key on
    // a line of its own ("guests":[), each record on a line of its own, and the list's ] alone on
    // a line; every line that another follows in the same object or list ends with its comma.
    JsonWriter json(file.device());
    json.beginObject();
    json.key(QLatin1StringView("format"));
    json.value(formatName());
    json.key(QLatin1StringView("version"));
    json.value(FormatVersion);
    json.key(QLatin1StringView("schema_version"));
    json.value(m_db.schemaVersion());
    json.key(QLatin1StringView("exported_at"));
    json.value(QDateTime::fromMSecsSinceEpoch(m_db.clock().nowMs(), Qt::UTC).toString(Qt::ISODateWithMs));
    json.key(QLatin1StringView("device_id"));
    json.value(m_db.deviceId());

    json.elementLine();
    json.key(QLatin1StringView("venue_settings"));
    json.beginObject();
    {
        Statement settings(m_db, QStringLiteral("SELECT key, value FROM venue_settings ORDER BY key"));
        if (auto ok = settings.exec(); !ok)
            return std::unexpected(storageError(ok.error()));
        while (settings.next()) {
            json.key(settings.text(0));
            json.value(settings.text(1));
        }
        if (auto ok = settings.walked(); !ok)
            return std::unexpected(storageError(ok.error()));
    }
    json.endObject();

    const auto checked = [](std::initializer_list<const RecordCursor *> cursors) -> Status {
        for (const RecordCursor *cursor : cursors) {
            if (auto ok = cursor->status(); !ok)
                return std::unexpected(storageError(ok.error()));
        }
        return {};
    };
    qint64 written = 0; // records, for the cancel check
    const auto pause = [&]() -> Status {
        if (++written % ProgressEvery != 0)
            return {};
        if (isCancelled(m_cancel))
            return cancelled();
        if (json.failed())
            return ioError();
        return {};
    };
    // A top-level list whose records have no nested lists (staff, the venue's lists, loyalty tiers,
    // merges, segments).
    const auto flatList = [&](const JsonTable &table, qint64 &count) -> Status {
        RecordCursor rows(m_db, table);
        if (auto ok = checked({&rows}); !ok)
            return ok;
        json.elementLine();
        json.key(table.key);
        json.beginArray();
        while (rows.valid()) {
            json.elementLine();
            json.beginObject();
            rows.writeFields(json);
            json.endObject();
            rows.advance();
            ++count;
            if (auto ok = pause(); !ok)
                return ok;
        }
        json.newline();
        json.endArray();
        return checked({&rows});
    };
    for (const auto &[table, count] : {std::pair{&JsonTables::staff(), &summary.staff},
                                       {&JsonTables::ticketCategories(), &summary.ticketCategories},
                                       {&JsonTables::departments(), &summary.departments},
                                       {&JsonTables::slaPolicies(), &summary.slaPolicies},
                                       {&JsonTables::loyaltyTiers(), &summary.loyaltyTiers}}) {
        if (auto ok = flatList(*table, *count); !ok)
            return std::unexpected(ok.error());
    }

    {
        RecordCursor guests(m_db, JsonTables::guests());
        RecordCursor contacts(m_db, QStringLiteral("SELECT guest_id, kind, value FROM guest_contacts "
                                                   "ORDER BY guest_id, kind, position"));
        RecordCursor tags(m_db,
                          QStringLiteral("SELECT guest_id, tag FROM guest_tags ORDER BY guest_id, tag"));
        RecordCursor notes(m_db, JsonTables::notes());
        RecordCursor preferences(m_db, JsonTables::preferences());
        RecordCursor stays(m_db, JsonTables::stays());
        RecordCursor tierChanges(m_db, JsonTables::loyaltyTierChanges());
        RecordCursor points(m_db, JsonTables::loyaltyPoints());
        if (auto ok =
                checked({&guests, &contacts, &tags, &notes, &preferences, &stays, &tierChanges, &points});
            !ok)
            return std::unexpected(ok.error());

        json.elementLine();
        json.key(QLatin1StringView("guests"));
        json.beginArray();
        QStringList emails, phones, tagList;
        while (guests.valid()) {
            const qint64 id = guests.id();
            json.elementLine();
            json.beginObject();
            // The guest's columns, then its lists, in the order docs/json-export.md gives.
            guests.writeFields(json);
            guests.advance();
            emails.resize(0);
            phones.resize(0);
            while (contacts.at(id)) {
                (contacts.text(1) == QLatin1String("email") ? emails : phones).append(contacts.text(2));
                contacts.advance();
            }
            tagList.resize(0);
            while (tags.at(id)) {
                tagList.append(tags.text(1));
                tags.advance();
            }
            for (const auto &[name, list] :
                 {std::pair{"emails", &emails}, {"phones", &phones}, {"tags", &tagList}}) {
                json.key(QLatin1StringView(name));
                json.beginArray();
                for (const QString &item : std::as_const(*list))
                    json.value(item);
                json.endArray();
            }
            summary.notes += notes.writeList(json, id);
            summary.preferences += preferences.writeList(json, id);
            summary.stays += stays.writeList(json, id);
            summary.loyaltyTierChanges += tierChanges.writeList(json, id);
            summary.loyaltyPoints += points.writeList(json, id);
            json.endObject();

            ++summary.guests;
            if (auto ok = pause(); !ok)
                return std::unexpected(ok.error());
            if (summary.guests % ProgressEvery == 0 && m_progress)
                m_progress({summary.guests, total, summary.guests});
        }
        if (auto ok =
                checked({&guests, &contacts, &tags, &notes, &preferences, &stays, &tierChanges, &points});
            !ok)
            return std::unexpected(ok.error());
        json.newline();
        json.endArray();
    }

    if (auto ok = flatList(JsonTables::guestMerges(), summary.guestMerges); !ok)
        return std::unexpected(ok.error());

    // A list whose records carry nested lists (tickets, feedback).
    const auto nestedList =
        [&](const JsonTable &table, qint64 &count,
            std::initializer_list<std::pair<const JsonTable *, qint64 *>> children) -> Status {
        RecordCursor rows(m_db, table);
        std::vector<std::unique_ptr<RecordCursor>> cursors;
        for (const auto &child : children)
            cursors.push_back(std::make_unique<RecordCursor>(m_db, *child.first));
        for (const auto &cursor : cursors) {
            if (auto ok = checked({cursor.get()}); !ok)
                return ok;
        }
        if (auto ok = checked({&rows}); !ok)
            return ok;
        json.elementLine();
        json.key(table.key);
        json.beginArray();
        while (rows.valid()) {
            const qint64 id = rows.id();
            json.elementLine();
            json.beginObject();
            rows.writeFields(json);
            rows.advance();
            qsizetype i = 0;
            for (const auto &child : children)
                *child.second += cursors.at(i++)->writeList(json, id);
            json.endObject();
            ++count;
            if (auto ok = pause(); !ok)
                return ok;
        }
        json.newline();
        json.endArray();
        for (const auto &cursor : cursors) {
            if (auto ok = checked({cursor.get()}); !ok)
                return ok;
        }
        return checked({&rows});
    };
    if (auto ok = nestedList(JsonTables::tickets(), summary.tickets,
                             {{&JsonTables::ticketEvents(), &summary.ticketEvents},
                              {&JsonTables::compensations(), &summary.compensations},
                              {&JsonTables::followUps(), &summary.followUps}});
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = nestedList(JsonTables::feedback(), summary.feedback,
                             {{&JsonTables::feedbackTopics(), &summary.feedbackTopics}});
        !ok)
        return std::unexpected(ok.error());
    // Saved segments last: their rules name no record by uuid.
    if (auto ok = flatList(JsonTables::segments(), summary.segments); !ok)
        return std::unexpected(ok.error());
    if (auto ok = flatList(JsonTables::messageTemplates(), summary.messageTemplates); !ok)
        return std::unexpected(ok.error());
    if (auto ok = flatList(JsonTables::reminderActions(), summary.reminderActions); !ok)
        return std::unexpected(ok.error());
    json.endObject();
    json.newline();

    if (isCancelled(m_cancel))
        return cancelled();
    if (!json.flush())
        return ioError();
    summary.bytes = json.bytesWritten();
    if (auto ok = file.commit(); !ok)
        return std::unexpected(ok.error());
    if (m_progress)
        m_progress({summary.guests, total, summary.guests});
    return summary;
}

} // namespace innkeep
