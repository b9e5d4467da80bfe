// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonexport.h"

#include "exchange/exportfile.h"
#include "exchange/jsonwriter.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QDateTime>
#include <QDir>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>

namespace innkeep {

namespace {

constexpr int ProgressEvery = 500;

// Columns stored as 0/1 that the export writes as true/false.
bool isFlagColumn(const QString &name)
{
    static const QSet<QString> flags{QStringLiteral("blocked"),        QStringLiteral("press"),
                                     QStringLiteral("consent_email"),  QStringLiteral("consent_sms"),
                                     QStringLiteral("consent_phone"),  QStringLiteral("consent_marketing"),
                                     QStringLiteral("critical")};
    return flags.contains(name);
}

Error storageError(const QSqlQuery &query)
{
    return Error{Error::Code::Storage,
                 JsonExport::tr("Reading the database failed: %1").arg(query.lastError().text()), {}, {}, 0};
}

// A forward-only query over one table's rows ordered by guest_id, walked in step with the guests.
class GuestCursor
{
public:
    // `sql` selects guest_id first, then the columns to write.
    GuestCursor(QSqlDatabase &db, const QString &sql, QStringList skip = {}) : m_query(db), m_skip(std::move(skip))
    {
        m_query.setForwardOnly(true);
        m_ok = m_query.prepare(sql) && m_query.exec();
        if (!m_ok)
            return;
        const QSqlRecord record = m_query.record();
        for (int i = 1; i < record.count(); ++i) {
            if (!m_skip.contains(record.fieldName(i)))
                m_columns.append({i, record.fieldName(i), isFlagColumn(record.fieldName(i))});
        }
        advance();
    }
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] const QSqlQuery &query() const { return m_query; }
    // True while the current row belongs to `guestId`.
    [[nodiscard]] bool at(qint64 guestId) const { return m_valid && m_guestId == guestId; }
    [[nodiscard]] bool valid() const { return m_valid; }
    void advance()
    {
        m_valid = m_query.next();
        if (m_valid)
            m_guestId = m_query.value(0).toLongLong();
    }
    [[nodiscard]] QVariant value(int column) const { return m_query.value(column); }

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
    QSqlQuery m_query;
    QStringList m_skip;
    QList<Column> m_columns;
    qint64 m_guestId = 0;
    bool m_valid = false;
    bool m_ok = false;
};

// Rolls back the read transaction that gives the export one consistent snapshot.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db) : m_db(db)
    {
        m_active = db.transactionDepth() == 0 && execute(db, QStringLiteral("BEGIN DEFERRED")).has_value();
    }
    ~ReadSnapshot()
    {
        if (m_active)
            (void)execute(m_db, QStringLiteral("ROLLBACK"));
    }
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace

Result<JsonExportSummary> JsonExport::write(const QString &path)
{
    ExportFile file(path);
    if (auto ok = file.open(m_db.path()); !ok)
        return std::unexpected(ok.error());
    const auto ioError = [&] { return std::unexpected(file.writeFailed()); };
    const auto cancelled = [&] {
        file.discard();
        return std::unexpected(Error{Error::Code::Cancelled, tr("The export was cancelled; no file was written."), {},
                                     QDir::toNativeSeparators(path), 0});
    };

    ReadSnapshot snapshot(m_db);
    QSqlDatabase &connection = m_db.connection();
    JsonExportSummary summary;

    Statement countGuests(m_db, QStringLiteral("SELECT count(*) FROM guests"));
    auto total = countGuests.scalar();
    if (!total)
        return std::unexpected(total.error());

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
        QSqlQuery settings(connection);
        settings.setForwardOnly(true);
        if (!settings.exec(QStringLiteral("SELECT key, value FROM venue_settings ORDER BY key")))
            return std::unexpected(storageError(settings));
        while (settings.next()) {
            json.key(settings.value(0).toString());
            json.value(settings.value(1).toString());
        }
    }
    json.endObject();

    GuestCursor guests(connection, QStringLiteral("SELECT id, * FROM guests ORDER BY id"), {QStringLiteral("id")});
    GuestCursor contacts(connection, QStringLiteral("SELECT guest_id, kind, value FROM guest_contacts "
                                                    "ORDER BY guest_id, kind, position"));
    GuestCursor tags(connection, QStringLiteral("SELECT guest_id, tag FROM guest_tags ORDER BY guest_id, tag"));
    GuestCursor notes(connection, QStringLiteral("SELECT guest_id, uuid, body, author, created_at FROM guest_notes "
                                                 "ORDER BY guest_id, created_at, id"));
    GuestCursor preferences(connection, QStringLiteral("SELECT guest_id, * FROM preferences "
                                                       "ORDER BY guest_id, category, value_key"),
                            {QStringLiteral("id"), QStringLiteral("guest_id"), QStringLiteral("value_key")});
    GuestCursor stays(connection, QStringLiteral("SELECT guest_id, * FROM stays ORDER BY guest_id, arrival, id"),
                      {QStringLiteral("id"), QStringLiteral("guest_id")});
    for (const GuestCursor *cursor : {&guests, &contacts, &tags, &notes, &preferences, &stays}) {
        if (!cursor->ok())
            return std::unexpected(storageError(cursor->query()));
    }

    json.key(QLatin1StringView("guests"));
    json.beginArray();
    QStringList emails, phones, tagList;
    while (guests.valid()) {
        const qint64 id = guests.value(0).toLongLong();
        json.newline();
        json.beginObject();
        // The guest's columns, then its lists, in the order docs/json-export.md gives.
        guests.writeFields(json);
        guests.advance();
        emails.resize(0);
        phones.resize(0);
        while (contacts.at(id)) {
            (contacts.value(1).toString() == QLatin1String("email") ? emails : phones).append(contacts.value(2).toString());
            contacts.advance();
        }
        tagList.resize(0);
        while (tags.at(id)) {
            tagList.append(tags.value(1).toString());
            tags.advance();
        }
        for (const auto &[name, list] : {std::pair{"emails", &emails}, {"phones", &phones}, {"tags", &tagList}}) {
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
        if (cursor->query().lastError().isValid())
            return std::unexpected(storageError(cursor->query()));
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
