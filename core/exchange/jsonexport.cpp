// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonexport.h"

#include "exchange/exportfile.h"
#include "exchange/jsonwriter.h"
#include "jobs/jobrunner.h"
#include "storage/database.h"
#include "storage/readsnapshot.h"
#include "storage/statement.h"

#include <QDateTime>
#include <QDir>
#include <QSet>

namespace innkeep {

namespace {

constexpr int ProgressEvery = 500;

} // namespace

bool JsonExport::isFlagColumn(const QString &name)
{
    static const QSet<QString> flags{QStringLiteral("blocked"),       QStringLiteral("press"),
                                     QStringLiteral("consent_email"), QStringLiteral("consent_sms"),
                                     QStringLiteral("consent_phone"), QStringLiteral("consent_marketing"),
                                     QStringLiteral("critical")};
    return flags.contains(name);
}

namespace {

// A failed read in the export's own words, with SQLite's reason (storageerror.h) after it.
Error storageError(Error failure)
{
    failure.message = JsonExport::tr("Reading the database failed: %1").arg(failure.message);
    return failure;
}

// A forward-only query over one table's rows ordered by guest_id, walked in step with the guests.
class GuestCursor
{
public:
    // `sql` selects guest_id first, then the columns to write.
    GuestCursor(Database &db, const QString &sql, const QStringList &skip = {}) : m_query(db, sql)
    {
        m_status = m_query.exec();
        if (!m_status)
            return;
        for (int i = 1; i < m_query.columnCount(); ++i) {
            const QString name = m_query.columnName(i);
            if (!skip.contains(name))
                m_columns.append({i, name, JsonExport::isFlagColumn(name)});
        }
        advance();
    }
    Q_DISABLE_COPY_MOVE(GuestCursor)

    // Whether the query ran and every row so far was read.
    [[nodiscard]] Status status() const { return m_status ? m_query.walked() : m_status; }
    // True while the current row belongs to `guestId`.
    [[nodiscard]] bool at(qint64 guestId) const { return m_valid && m_guestId == guestId; }
    [[nodiscard]] bool valid() const { return m_valid; }
    void advance()
    {
        m_valid = m_query.next();
        if (m_valid)
            m_guestId = m_query.integer(0);
    }
    [[nodiscard]] QVariant value(int column) const { return m_query.value(column); }
    [[nodiscard]] QString text(int column) const { return m_query.text(column); }

    // The current row as an object of its columns.
    void writeRow(JsonWriter &json) const
    {
        json.beginObject();
        writeFields(json);
        json.endObject();
    }
    // The current row's columns as keys of the object being written.
    void writeFields(JsonWriter &json) const
    {
        for (const Column &column : m_columns) {
            json.key(column.name);
            const QVariant value = m_query.value(column.index);
            if (column.flag && !value.isNull())
                json.value(value.toLongLong() != 0);
            else
                json.value(value);
        }
    }

private:
    struct Column
    {
        int index;
        QString name;
        bool flag;
    };
    Statement m_query;
    QList<Column> m_columns;
    Status m_status;
    qint64 m_guestId = 0;
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

    // One view of the file from the count to the last guest: a write by another program (the CLI,
    // a second desk) during a long export is either wholly in the file or not at all.
    ReadSnapshot snapshot(m_db);
    if (!snapshot.status())
        return std::unexpected(storageError(snapshot.status().error()));
    JsonExportSummary summary;

    Statement countGuests(m_db, QStringLiteral("SELECT count(*) FROM guests"));
    auto total = countGuests.scalar();
    if (!total)
        return std::unexpected(total.error());
    countGuests.reset();

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

    GuestCursor guests(m_db, QStringLiteral("SELECT id, * FROM guests ORDER BY id"), {QStringLiteral("id")});
    GuestCursor contacts(m_db, QStringLiteral("SELECT guest_id, kind, value FROM guest_contacts "
                                              "ORDER BY guest_id, kind, position"));
    GuestCursor tags(m_db, QStringLiteral("SELECT guest_id, tag FROM guest_tags ORDER BY guest_id, tag"));
    GuestCursor notes(m_db, QStringLiteral("SELECT guest_id, uuid, body, author, created_at FROM guest_notes "
                                           "ORDER BY guest_id, created_at, id"));
    GuestCursor preferences(m_db,
                            QStringLiteral("SELECT guest_id, * FROM preferences "
                                           "ORDER BY guest_id, category, value_key"),
                            {QStringLiteral("id"), QStringLiteral("guest_id"), QStringLiteral("value_key")});
    GuestCursor stays(m_db, QStringLiteral("SELECT guest_id, * FROM stays ORDER BY guest_id, arrival, id"),
                      {QStringLiteral("id"), QStringLiteral("guest_id")});
    for (const GuestCursor *cursor : {&guests, &contacts, &tags, &notes, &preferences, &stays}) {
        if (auto ok = cursor->status(); !ok)
            return std::unexpected(storageError(ok.error()));
    }

    json.key(QLatin1StringView("guests"));
    json.beginArray();
    QStringList emails, phones, tagList;
    while (guests.valid()) {
        const qint64 id = guests.value(0).toLongLong();
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
        const auto children = [&](const char *name, GuestCursor &cursor, qint64 &count) {
            json.key(QLatin1StringView(name));
            json.beginArray();
            while (cursor.at(id)) {
                cursor.writeRow(json);
                cursor.advance();
                ++count;
            }
            json.endArray();
        };
        children("notes", notes, summary.notes);
        children("preferences", preferences, summary.preferences);
        children("stays", stays, summary.stays);
        json.endObject();

        ++summary.guests;
        if (summary.guests % ProgressEvery == 0) {
            if (isCancelled(m_cancel))
                return cancelled();
            if (json.failed())
                return ioError();
            if (m_progress)
                m_progress({summary.guests, total->toLongLong(), summary.guests});
        }
    }
    for (const GuestCursor *cursor : {&guests, &contacts, &tags, &notes, &preferences, &stays}) {
        if (auto ok = cursor->status(); !ok)
            return std::unexpected(storageError(ok.error()));
    }
    json.newline();
    json.endArray();
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
        m_progress({summary.guests, total->toLongLong(), summary.guests});
    return summary;
}

} // namespace innkeep
