// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"

#include "exchange/csvtable.h"
#include "exchange/exportfile.h"
#include "exchange/guestlists.h"
#include "jobs/jobrunner.h"
#include "storage/database.h"
#include "storage/privatefiles.h"
#include "storage/readsnapshot.h"
#include "storage/statement.h"

#include <QDateTime>
#include <QDir>

#include <functional>
#include <memory>
#include <vector>

namespace innkeep {

namespace {

QString flag(qint64 value)
{
    return value != 0 ? QStringLiteral("yes") : QStringLiteral("no");
}

QString isoTime(const QVariant &ms)
{
    return ms.isNull() ? QString()
                       : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODate);
}

// Amounts in minor units as a decimal in major units ("12050" -> "120.50"), as the import's
// money fields read them.
QString major(qint64 minor)
{
    const bool negative = minor < 0;
    const qint64 whole = std::abs(minor);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(whole / 100) + u'.'
           + QStringLiteral("%1").arg(whole % 100, 2, 10, QLatin1Char('0'));
}

Result<CsvTable> guests(Database &db, qint64 &count)
{
    auto lists = GuestLists::read(db);
    if (!lists)
        return std::unexpected(lists.error());
    const auto &[emails, phones, tags, notes] = *lists;
    qsizetype emailColumns = 1;
    qsizetype phoneColumns = 1;
    for (const QStringList &values : std::as_const(emails))
        emailColumns = std::max(emailColumns, values.size());
    for (const QStringList &values : std::as_const(phones))
        phoneColumns = std::max(phoneColumns, values.size());

    // The import's field tokens; a second e-mail or phone is "email2", "phone2" …
    QStringList header{QStringLiteral("salutation"), QStringLiteral("given_name"),
                       QStringLiteral("family_name"), QStringLiteral("latin_given_name"),
                       QStringLiteral("latin_family_name")};
    for (qsizetype i = 0; i < emailColumns; ++i)
        header.append(i == 0 ? QStringLiteral("email") : QStringLiteral("email%1").arg(i + 1));
    for (qsizetype i = 0; i < phoneColumns; ++i)
        header.append(i == 0 ? QStringLiteral("phone") : QStringLiteral("phone%1").arg(i + 1));
    header << QStringLiteral("language") << QStringLiteral("nationality") << QStringLiteral("birthday")
           << QStringLiteral("anniversary") << QStringLiteral("company") << QStringLiteral("street")
           << QStringLiteral("address_line2") << QStringLiteral("city") << QStringLiteral("state")
           << QStringLiteral("postal_code") << QStringLiteral("country") << QStringLiteral("tags")
           << QStringLiteral("vip_level") << QStringLiteral("source") << QStringLiteral("notes")
           << QStringLiteral("press") << QStringLiteral("blocked_reason") << QStringLiteral("consent_email")
           << QStringLiteral("consent_sms") << QStringLiteral("consent_phone")
           << QStringLiteral("consent_marketing") << QStringLiteral("external_id");
    CsvTable table(header);

    Statement rows(
        db,
        QStringLiteral(
            "SELECT id, salutation, given_name, family_name, latin_given_name, latin_family_name, "
            "language, nationality, coalesce(birthday, ''), coalesce(anniversary, ''), company, "
            "street, address_line2, city, state, postal_code, country, vip_level, source, press, blocked, "
            "blocked_reason, consent_email, consent_sms, consent_phone, consent_marketing, external_id "
            "FROM guests "
            "WHERE archived_at IS NULL ORDER BY id"));
    if (auto ok = rows.exec(); !ok)
        return std::unexpected(ok.error());
    while (rows.next()) {
        const qint64 id = rows.integer(0);
        QStringList cells;
        for (int c = 1; c <= 5; ++c)
            cells.append(rows.text(c));
        const QStringList guestEmails = emails.value(id);
        const QStringList guestPhones = phones.value(id);
        for (qsizetype i = 0; i < emailColumns; ++i)
            cells.append(guestEmails.value(i));
        for (qsizetype i = 0; i < phoneColumns; ++i)
            cells.append(guestPhones.value(i));
        for (int c = 6; c <= 16; ++c)
            cells.append(rows.text(c));
        cells << tags.value(id).join(QStringLiteral(", ")) << QString::number(rows.integer(17))
              << rows.text(18) << notes.value(id).join(QStringLiteral("\n\n")) << flag(rows.integer(19))
              << (rows.integer(20) != 0 ? rows.text(21) : QString()) << flag(rows.integer(22))
              << flag(rows.integer(23)) << flag(rows.integer(24)) << flag(rows.integer(25)) << rows.text(26);
        table.addRow(cells);
        ++count;
    }
    if (auto ok = rows.walked(); !ok)
        return std::unexpected(ok.error());
    return table;
}

// Every row of `sql` as cells, each column converted by `cell`.
Result<CsvTable> plain(Database &db, const QStringList &header, const QString &sql,
                       const std::function<QString(int, const Statement &)> &cell, qint64 &count)
{
    CsvTable table(header);
    Statement rows(db, sql);
    if (auto ok = rows.exec(); !ok)
        return std::unexpected(ok.error());
    while (rows.next()) {
        QStringList cells;
        for (int c = 0; c < header.size(); ++c)
            cells.append(cell(c, rows));
        table.addRow(cells);
        ++count;
    }
    if (auto ok = rows.walked(); !ok)
        return std::unexpected(ok.error());
    return table;
}

} // namespace

Result<std::unique_ptr<BackgroundJob>> CsvExport::start(JobRunner &runner, const QString &folder,
                                                        const Options &options)
{
    return runner.start<CsvExportSummary>(
        tr("the CSV export"), JobAccess::Reads,
        [folder, options](JobContext &context) { return CsvExport(context.db()).write(folder, options); });
}

Result<CsvExportSummary> CsvExport::write(const QString &folder, const Options &options)
{
    if (options.separator != u',' && options.separator != u';' && options.separator != u'\t')
        return fail(Error::Code::InvalidInput, tr("Separate fields with a comma, a semicolon or a tab."),
                    QStringLiteral("separator"));
    if (auto ok = makePrivateFolder(folder); !ok)
        return std::unexpected(ok.error());
    CsvExportSummary summary;
    QList<std::pair<QString, CsvTable>> tables;
    {
        // One view of the file for all four: a change made meanwhile is in all of them or none.
        ReadSnapshot snapshot(m_db);
        if (!snapshot.status())
            return std::unexpected(snapshot.status().error());
        auto guestTable = guests(m_db, summary.guests);
        if (!guestTable)
            return std::unexpected(guestTable.error());
        tables.append({QStringLiteral("guests.csv"), *guestTable});

        auto stays = plain(
            m_db,
            {QStringLiteral("stay_id"), QStringLiteral("guest_id"), QStringLiteral("guest_email"),
             QStringLiteral("arrival"), QStringLiteral("departure"), QStringLiteral("room"),
             QStringLiteral("rate"), QStringLiteral("revenue"), QStringLiteral("currency"),
             QStringLiteral("status"), QStringLiteral("channel"), QStringLiteral("booking_ref"),
             QStringLiteral("party_size"), QStringLiteral("purpose")},
            QStringLiteral(
                "SELECT s.uuid, g.uuid, coalesce((SELECT value FROM guest_contacts c WHERE c.guest_id = "
                "g.id AND c.kind = 'email' ORDER BY c.position, c.id LIMIT 1), ''), s.arrival, "
                "s.departure, s.room, s.rate_minor, s.revenue_minor, s.currency, s.status, s.channel, "
                "s.booking_ref, s.party_size, s.purpose FROM stays s JOIN guests g ON g.id = s.guest_id "
                "ORDER BY s.arrival, s.id"),
            [](int c, const Statement &row) {
                return c == 6 || c == 7 ? major(row.integer(c)) : row.text(c);
            },
            summary.stays);
        if (!stays)
            return std::unexpected(stays.error());
        tables.append({QStringLiteral("stays.csv"), *stays});

        auto tickets = plain(
            m_db,
            {QStringLiteral("ticket_id"), QStringLiteral("logged_at"), QStringLiteral("guest_id"),
             QStringLiteral("guest_email"), QStringLiteral("room"), QStringLiteral("category"),
             QStringLiteral("severity"), QStringLiteral("department"), QStringLiteral("assignee"),
             QStringLiteral("status"), QStringLiteral("source"), QStringLiteral("description"),
             QStringLiteral("resolution_summary"), QStringLiteral("outcome"), QStringLiteral("created_by")},
            QStringLiteral(
                "SELECT t.uuid, t.created_at, coalesce(g.uuid, ''), coalesce((SELECT value FROM "
                "guest_contacts c WHERE c.guest_id = g.id AND c.kind = 'email' ORDER BY c.position, "
                "c.id LIMIT 1), ''), t.room, t.category, t.severity, t.department, t.assignee, t.status, "
                "t.source, t.description, t.resolution_summary, t.outcome, t.created_by FROM tickets t "
                "LEFT JOIN guests g ON g.id = t.guest_id ORDER BY t.created_at, t.id"),
            [](int c, const Statement &row) { return c == 1 ? isoTime(row.value(c)) : row.text(c); },
            summary.tickets);
        if (!tickets)
            return std::unexpected(tickets.error());
        tables.append({QStringLiteral("tickets.csv"), *tickets});

        auto feedback = plain(
            m_db,
            {QStringLiteral("feedback_id"), QStringLiteral("received_at"), QStringLiteral("guest_id"),
             QStringLiteral("guest_email"), QStringLiteral("channel"), QStringLiteral("site"),
             QStringLiteral("rating"), QStringLiteral("rating_scale"), QStringLiteral("text"),
             QStringLiteral("language"), QStringLiteral("sentiment_label"), QStringLiteral("response")},
            QStringLiteral(
                "SELECT f.uuid, f.received_at, coalesce(g.uuid, ''), coalesce((SELECT value FROM "
                "guest_contacts c WHERE c.guest_id = g.id AND c.kind = 'email' ORDER BY c.position, "
                "c.id LIMIT 1), ''), f.channel, f.site, coalesce(f.rating, ''), "
                "coalesce(f.rating_scale, ''), f.body, f.language, f.sentiment_label, f.response "
                "FROM feedback f LEFT JOIN guests g ON g.id = f.guest_id ORDER BY f.received_at, f.id"),
            [](int c, const Statement &row) { return c == 1 ? isoTime(row.value(c)) : row.text(c); },
            summary.feedback);
        if (!feedback)
            return std::unexpected(feedback.error());
        tables.append({QStringLiteral("feedback.csv"), *feedback});
    }

    // All four written before any gets its name.
    std::vector<std::unique_ptr<ExportFile>> files;
    for (const auto &[name, table] : std::as_const(tables)) {
        const QString path = QDir(folder).absoluteFilePath(name);
        auto file = std::make_unique<ExportFile>(path);
        if (auto ok = file->open(m_db.path()); !ok)
            return std::unexpected(ok.error());
        const QByteArray bytes = table.toCsv(options.separator, options.byteOrderMark);
        if (file->device().write(bytes) != bytes.size())
            return std::unexpected(file->writeFailed());
        files.push_back(std::move(file));
        summary.files.append(path);
    }
    for (const auto &file : files) {
        if (auto ok = file->commit(); !ok)
            return std::unexpected(ok.error());
    }
    return summary;
}

} // namespace innkeep
