// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardexport.h"

#include "common/placenames.h"
#include "exchange/exportfile.h"
#include "exchange/guestlists.h"
#include "jobs/jobrunner.h"
#include "storage/database.h"
#include "storage/readsnapshot.h"
#include "storage/statement.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

QString date(const QString &iso, VCardExport::Version version)
{
    const QDate day = QDate::fromString(iso, Qt::ISODate);
    if (!day.isValid())
        return {};
    return version == VCardExport::Version::V4 ? day.toString(QStringLiteral("yyyyMMdd"))
                                               : day.toString(Qt::ISODate);
}

} // namespace

QString VCardExport::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u',' || c == u';')
            out += u'\\';
        if (c == u'\n') {
            out += QStringLiteral("\\n");
            continue;
        }
        if (c == u'\r')
            continue;
        out += c;
    }
    return out;
}

QByteArray VCardExport::fold(const QString &line)
{
    // At most 75 octets a physical line; a continuation starts with one space, which counts.
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    int limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (static_cast<unsigned char>(utf8.at(end)) & 0xC0) == 0x80)
            --end; // never inside a character
        out += utf8.mid(start, end - start);
        out += "\r\n ";
        start = end;
        limit = 74;
    }
    out += utf8.mid(start);
    out += "\r\n";
    return out;
}

Result<std::unique_ptr<BackgroundJob>> VCardExport::start(JobRunner &runner, const QString &path,
                                                          Version version, const QStringList &guests)
{
    return runner.start<qint64>(tr("the vCard export"), JobAccess::Reads,
                                [path, version, guests](JobContext &context) {
                                    VCardExport exporter(context.db());
                                    exporter.setGuests(guests);
                                    return exporter.write(path, version);
                                });
}

Result<qint64> VCardExport::write(const QString &path, Version version)
{
    ExportFile file(path);
    if (auto ok = file.open(m_db.path()); !ok)
        return std::unexpected(ok.error());
    const bool v4 = version == Version::V4;
    QByteArray bytes;
    qint64 cards = 0;
    {
        ReadSnapshot snapshot(m_db);
        if (!snapshot.status())
            return std::unexpected(snapshot.status().error());
        auto lists = GuestLists::read(m_db);
        if (!lists)
            return std::unexpected(lists.error());
        const auto &[emails, phones, tags, notes] = *lists;
        Statement rows(
            m_db,
            QStringLiteral(
                "SELECT id, uuid, salutation, given_name, family_name, latin_given_name, "
                "latin_family_name, language, coalesce(birthday, ''), coalesce(anniversary, ''), "
                "company, street, city, postal_code, country, address_line2, state FROM guests "
                "WHERE archived_at IS NULL AND (?1 IS NULL OR uuid IN (SELECT value FROM json_each(?1))) "
                "ORDER BY id"));
        // Only the chosen guests, when some are (the uuids as one JSON array: one bound value).
        rows.bindValue(
            m_only.isEmpty()
                ? QVariant(QMetaType::fromType<QString>())
                : QVariant(QString::fromUtf8(
                    QJsonDocument(QJsonArray::fromStringList(m_only)).toJson(QJsonDocument::Compact))));
        if (auto ok = rows.exec(); !ok)
            return std::unexpected(ok.error());
        const QLocale english(QLocale::English);
        while (rows.next()) {
            const qint64 id = rows.integer(0);
            const QString given = rows.text(3);
            const QString family = rows.text(4);
            const QString latin = QStringList{rows.text(5), rows.text(6)}.join(u' ').trimmed();
            const QString full = QStringList{given, family}.join(u' ').trimmed();
            QStringList lines{QStringLiteral("BEGIN:VCARD"),
                              v4 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"),
                              QStringLiteral("PRODID:-//Innkeep//Innkeep//EN"),
                              u"UID:"_s + (v4 ? u"urn:uuid:"_s : QString()) + rows.text(1),
                              u"FN:"_s + escape(full.isEmpty() ? latin : full),
                              u"N:"_s + escape(family) + u';' + escape(given) + u";;" + escape(rows.text(2))
                                  + u';'};
            if (!latin.isEmpty() && latin != full)
                lines.append(u"X-INNKEEP-LATIN-NAME:"_s + escape(latin));
            for (const QString &email : emails.value(id))
                lines.append((v4 ? u"EMAIL:"_s : u"EMAIL;TYPE=INTERNET:"_s) + escape(email));
            for (const QString &phone : phones.value(id))
                lines.append(v4 ? u"TEL;VALUE=uri:tel:"_s + phone : u"TEL;TYPE=VOICE:"_s + escape(phone));
            if (const QString birthday = date(rows.text(8), version); !birthday.isEmpty())
                lines.append(u"BDAY:"_s + birthday);
            if (const QString anniversary = date(rows.text(9), version); !anniversary.isEmpty())
                lines.append((v4 ? u"ANNIVERSARY:"_s : u"X-ANNIVERSARY:"_s) + anniversary);
            if (v4 && !rows.text(7).isEmpty())
                lines.append(u"LANG:"_s + rows.text(7));
            if (!rows.text(10).isEmpty())
                lines.append(u"ORG:"_s + escape(rows.text(10)));
            const QString street = rows.text(11), city = rows.text(12), postal = rows.text(13),
                          country = rows.text(14), line2 = rows.text(15), state = rows.text(16);
            if (!street.isEmpty() || !line2.isEmpty() || !city.isEmpty() || !state.isEmpty()
                || !postal.isEmpty() || !country.isEmpty()) {
                const QString countryName =
                    country.isEmpty() ? QString() : PlaceNames::country(country, english);
                lines.append(u"ADR:;"_s + escape(line2) + u';' + escape(street) + u';' + escape(city) + u';'
                             + escape(state) + u';' + escape(postal) + u';' + escape(countryName));
            }
            if (const QStringList guestTags = tags.value(id); !guestTags.isEmpty()) {
                QStringList escaped;
                for (const QString &tag : guestTags)
                    escaped.append(escape(tag));
                lines.append(u"CATEGORIES:"_s + escaped.join(u','));
            }
            if (const QStringList guestNotes = notes.value(id); !guestNotes.isEmpty())
                lines.append(u"NOTE:"_s + escape(guestNotes.join(QStringLiteral("\n\n"))));
            lines.append(QStringLiteral("END:VCARD"));
            for (const QString &line : std::as_const(lines))
                bytes += fold(line);
            ++cards;
        }
        if (auto ok = rows.walked(); !ok)
            return std::unexpected(ok.error());
    }
    if (file.device().write(bytes) != bytes.size())
        return std::unexpected(file.writeFailed());
    if (auto ok = file.commit(); !ok)
        return std::unexpected(ok.error());
    return cards;
}

} // namespace innkeep
