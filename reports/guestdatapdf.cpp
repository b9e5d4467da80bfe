// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestdatapdf.h"

#include "common/placenames.h"
#include "reportblocks.h"
#include "reportlayout.h"
#include "reportstyle.h"

#include <QBuffer>
#include <QDateTime>
#include <QGuiApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

constexpr qreal SideMargin = 40;
constexpr qreal TopMargin = 52;
constexpr qreal BottomMargin = 48;

// The profile's fields as the guest reads them; anything not listed is left out of the profile
// table (uuids, internal keys) but stays in the JSON.
QList<std::pair<QString, QString>> profileFields()
{
    return {
        {u"salutation"_s, GuestDataPdf::tr("Salutation")},
        {u"given_name"_s, GuestDataPdf::tr("Given name")},
        {u"family_name"_s, GuestDataPdf::tr("Family name")},
        {u"latin_given_name"_s, GuestDataPdf::tr("Given name (Latin)")},
        {u"latin_family_name"_s, GuestDataPdf::tr("Family name (Latin)")},
        {u"language"_s, GuestDataPdf::tr("Language")},
        {u"nationality"_s, GuestDataPdf::tr("Nationality")},
        {u"birthday"_s, GuestDataPdf::tr("Birthday")},
        {u"anniversary"_s, GuestDataPdf::tr("Anniversary")},
        {u"company"_s, GuestDataPdf::tr("Company")},
        {u"street"_s, GuestDataPdf::tr("Street")},
        {u"address_line2"_s, GuestDataPdf::tr("Address line 2")},
        {u"city"_s, GuestDataPdf::tr("City")},
        {u"state"_s, GuestDataPdf::tr("State or region")},
        {u"external_id"_s, GuestDataPdf::tr("Id in the system they were imported from")},
        {u"postal_code"_s, GuestDataPdf::tr("Postal code")},
        {u"country"_s, GuestDataPdf::tr("Country")},
        {u"vip_level"_s, GuestDataPdf::tr("VIP level")},
        {u"source"_s, GuestDataPdf::tr("How they came to us")},
        {u"blocked"_s, GuestDataPdf::tr("Blocked")},
        {u"blocked_reason"_s, GuestDataPdf::tr("Why blocked")},
        {u"consent_email"_s, GuestDataPdf::tr("Agreed to e-mail")},
        {u"consent_sms"_s, GuestDataPdf::tr("Agreed to text messages")},
        {u"consent_phone"_s, GuestDataPdf::tr("Agreed to phone calls")},
        {u"consent_marketing"_s, GuestDataPdf::tr("Agreed to offers")},
        {u"created_at"_s, GuestDataPdf::tr("Profile made")},
        {u"updated_at"_s, GuestDataPdf::tr("Last changed")},
        {u"archived_at"_s, GuestDataPdf::tr("Archived")},
    };
}

// A row the change log recorded whole (an insert or a delete) as "field: value" pairs the table
// can wrap, without the record's internal keys and times.
QString recordedRow(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject())
        return json;
    QStringList pairs;
    const QJsonObject row = document.object();
    for (auto it = row.begin(); it != row.end(); ++it) {
        const QString key = it.key();
        if (key == u"uuid"_s || key.endsWith(u"_uuid"_s) || key.endsWith(u"_key"_s) || key.endsWith(u"_at"_s))
            continue;
        const QString value =
            it.value().isArray() || it.value().isObject() ? QString::fromUtf8(
                QJsonDocument::fromVariant(it.value().toVariant()).toJson(QJsonDocument::Compact))
                                                          : it.value().toVariant().toString();
        if (!value.isEmpty())
            pairs.append(key + u": "_s + value);
    }
    return pairs.join(u"; "_s);
}

bool isTime(const QString &key)
{
    return key.endsWith(QLatin1String("_at")) || key == QLatin1String("at");
}

QString text(const QString &key, const QJsonValue &value)
{
    const QLocale locale;
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isBool())
        return value.toBool() ? GuestDataPdf::tr("Yes") : GuestDataPdf::tr("No");
    if (value.isDouble()) {
        if (isTime(key))
            return locale.toString(QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble())),
                                   QLocale::ShortFormat);
        return locale.toString(value.toDouble(), 'g', 12);
    }
    const QString string = value.toString();
    if (const QDate day = QDate::fromString(string, Qt::ISODate); day.isValid() && string.size() == 10)
        return locale.toString(day, QLocale::ShortFormat);
    return string;
}

QString money(const QJsonObject &row, const QString &key)
{
    const double minor = row.value(key).toDouble();
    const QString currency = row.value(u"currency"_s).toString();
    // Minor units: two decimals for every currency Innkeep's demo venues use but a few (AMD has
    // none in practice, yet it is stored with two like the rest).
    return QLocale().toString(minor / 100.0, 'f', 2) + QLatin1Char(' ') + currency;
}

struct Table
{
    QString title;
    QList<ReportBlocks::Column> columns;
    QList<QList<ReportBlocks::Cell>> rows;
};

void add(ReportBlocks &blocks, const Table &table, const QString &none)
{
    blocks.heading(table.title);
    if (table.rows.isEmpty())
        blocks.paragraph(none, ReportStyle::body(), ReportStyle::Muted);
    else
        blocks.table(table.columns, table.rows);
}

QList<ReportBlocks::Cell> cells(const QStringList &values)
{
    QList<ReportBlocks::Cell> out;
    for (const QString &value : values)
        out.append({value});
    return out;
}

// One profile's sections (the guest's own, then each profile merged into them).
void profileSections(ReportBlocks &blocks, const QJsonObject &guest, const QString &none)
{
    Table profile{
        GuestDataPdf::tr("Profile"),
        {{GuestDataPdf::tr("Field"), 1, Qt::AlignLeft}, {GuestDataPdf::tr("What we hold"), 2, Qt::AlignLeft}},
        {}};
    for (const auto &[key, label] : profileFields()) {
        QString value = text(key, guest.value(key));
        // Codes as the reader says them: "Armenia (AM)", "Armenian (hy)".
        if (!value.isEmpty() && (key == u"country"_s || key == u"nationality"_s))
            value = PlaceNames::country(value) + u" ("_s + value + u')';
        else if (!value.isEmpty() && key == u"language"_s)
            value = PlaceNames::language(value) + u" ("_s + value + u')';
        if (!value.isEmpty())
            profile.rows.append(cells({label, value}));
    }
    QStringList tags;
    for (const QJsonValue &tag : guest.value(u"tags"_s).toArray())
        tags.append(tag.toObject().value(u"tag"_s).toString());
    if (!tags.isEmpty())
        profile.rows.append(cells({GuestDataPdf::tr("Tags"), tags.join(u", "_s)}));
    add(blocks, profile, none);

    Table contacts{GuestDataPdf::tr("Contacts"),
                   {{GuestDataPdf::tr("Kind"), 1, Qt::AlignLeft},
                    {GuestDataPdf::tr("Address or number"), 3, Qt::AlignLeft}},
                   {}};
    for (const QJsonValue &value : guest.value(u"contacts"_s).toArray()) {
        const QJsonObject row = value.toObject();
        contacts.rows.append(cells({row.value(u"kind"_s).toString() == u"email"_s ? GuestDataPdf::tr("E-mail")
                                                                                  : GuestDataPdf::tr("Phone"),
                                    row.value(u"value"_s).toString()}));
    }
    add(blocks, contacts, none);

    Table notes{GuestDataPdf::tr("Notes"),
                {{GuestDataPdf::tr("Written"), 1.2, Qt::AlignLeft},
                 {GuestDataPdf::tr("By"), 1, Qt::AlignLeft},
                 {GuestDataPdf::tr("Note"), 4, Qt::AlignLeft}},
                {}};
    for (const QJsonValue &value : guest.value(u"notes"_s).toArray()) {
        const QJsonObject row = value.toObject();
        notes.rows.append(cells({text(u"created_at"_s, row.value(u"created_at"_s)),
                                 row.value(u"author"_s).toString(), row.value(u"body"_s).toString()}));
    }
    add(blocks, notes, none);

    Table preferences{GuestDataPdf::tr("Preferences"),
                      {{GuestDataPdf::tr("Kind"), 1, Qt::AlignLeft},
                       {GuestDataPdf::tr("Preference"), 2, Qt::AlignLeft},
                       {GuestDataPdf::tr("Detail"), 2, Qt::AlignLeft},
                       {GuestDataPdf::tr("Last seen"), 1, Qt::AlignLeft}},
                      {}};
    for (const QJsonValue &value : guest.value(u"preferences"_s).toArray()) {
        const QJsonObject row = value.toObject();
        preferences.rows.append(
            cells({row.value(u"category"_s).toString(), row.value(u"value"_s).toString(),
                   row.value(u"detail"_s).toString(), text(u"observed_on"_s, row.value(u"observed_on"_s))}));
    }
    add(blocks, preferences, none);

    Table stays{GuestDataPdf::tr("Stays"),
                {{GuestDataPdf::tr("Arrival"), 1, Qt::AlignLeft},
                 {GuestDataPdf::tr("Departure"), 1, Qt::AlignLeft},
                 {GuestDataPdf::tr("Room"), 0.7, Qt::AlignLeft},
                 {GuestDataPdf::tr("Status"), 1, Qt::AlignLeft},
                 {GuestDataPdf::tr("Booking"), 1.2, Qt::AlignLeft},
                 {GuestDataPdf::tr("Amount"), 1.2, Qt::AlignRight}},
                {}};
    for (const QJsonValue &value : guest.value(u"stays"_s).toArray()) {
        const QJsonObject row = value.toObject();
        stays.rows.append(cells({text(u"arrival"_s, row.value(u"arrival"_s)),
                                 text(u"departure"_s, row.value(u"departure"_s)),
                                 row.value(u"room"_s).toString(), row.value(u"status"_s).toString(),
                                 row.value(u"booking_ref"_s).toString(), money(row, u"revenue_minor"_s)}));
    }
    add(blocks, stays, none);

    Table tickets{GuestDataPdf::tr("Complaints"),
                  {{GuestDataPdf::tr("Logged"), 1.1, Qt::AlignLeft},
                   {GuestDataPdf::tr("Category"), 1, Qt::AlignLeft},
                   {GuestDataPdf::tr("Status"), 0.9, Qt::AlignLeft},
                   {GuestDataPdf::tr("What happened"), 3, Qt::AlignLeft},
                   {GuestDataPdf::tr("How it was resolved"), 2, Qt::AlignLeft}},
                  {}};
    for (const QJsonValue &value : guest.value(u"tickets"_s).toArray()) {
        const QJsonObject row = value.toObject();
        tickets.rows.append(
            cells({text(u"created_at"_s, row.value(u"created_at"_s)), row.value(u"category"_s).toString(),
                   row.value(u"status"_s).toString(), row.value(u"description"_s).toString(),
                   row.value(u"resolution_summary"_s).toString()}));
    }
    add(blocks, tickets, none);

    Table feedback{GuestDataPdf::tr("Feedback"),
                   {{GuestDataPdf::tr("Received"), 1.1, Qt::AlignLeft},
                    {GuestDataPdf::tr("Channel"), 1, Qt::AlignLeft},
                    {GuestDataPdf::tr("Rating"), 0.7, Qt::AlignLeft},
                    {GuestDataPdf::tr("What they wrote"), 3, Qt::AlignLeft},
                    {GuestDataPdf::tr("Our answer"), 2, Qt::AlignLeft}},
                   {}};
    for (const QJsonValue &value : guest.value(u"feedback"_s).toArray()) {
        const QJsonObject row = value.toObject();
        const QString rating = row.value(u"rating"_s).isNull()
                                   ? QString()
                                   : text(u"rating"_s, row.value(u"rating"_s)) + u" ("_s
                                         + row.value(u"rating_scale"_s).toString() + u')';
        feedback.rows.append(
            cells({text(u"received_at"_s, row.value(u"received_at"_s)), row.value(u"channel"_s).toString(),
                   rating, row.value(u"body"_s).toString(), row.value(u"response"_s).toString()}));
    }
    add(blocks, feedback, none);

    for (const QJsonValue &merged : guest.value(u"merged_profiles"_s).toArray()) {
        blocks.heading(GuestDataPdf::tr("Another profile of yours, merged into this one"));
        profileSections(blocks, merged.toObject(), none);
    }
}

} // namespace

Result<QByteArray> GuestDataPdf::render(const QJsonObject &data)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(Error::Code::Io, tr("The PDF needs a graphical application to draw its pages (Qt Gui)."));
    const QJsonObject guest = data.value(u"guest"_s).toObject();
    const QString venue = data.value(u"venue"_s).toString();
    const QString name =
        QStringList{guest.value(u"given_name"_s).toString(), guest.value(u"family_name"_s).toString()}
            .join(QLatin1Char(' '))
            .trimmed();
    const QString title =
        name.isEmpty() ? tr("The data we hold about a guest") : tr("The data we hold about %1").arg(name);
    const QDateTime exported = QDateTime::fromString(data.value(u"exported_at"_s).toString(), Qt::ISODate);
    const QString subtitle =
        tr("Exported %1 from %2. Everything in this file is also in the JSON export beside it.")
            .arg(QLocale().toString(exported.toLocalTime(), QLocale::ShortFormat), venue);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setCreator(u"Innkeep"_s);
        writer.setTitle(title);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        const QRectF page(QPointF(0, 0), writer.pageLayout().fullRectPoints().size());
        ReportLayout layout(QSizeF(page.width() - 2 * SideMargin, page.height() - TopMargin - BottomMargin));
        ReportBlocks blocks(layout, &writer);
        layout.add(30, [title](QPainter &p, const QRectF &r) {
            p.setPen(ReportStyle::Accent);
            p.setFont(ReportStyle::title());
            const QFontMetricsF metrics(p.font(), p.device());
            p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                       metrics.elidedText(title, Qt::ElideRight, r.width()));
        });
        blocks.paragraph(subtitle, ReportStyle::body(), ReportStyle::Muted);
        const QString none = tr("Nothing.");
        profileSections(blocks, guest, none);

        Table changes{tr("Changes recorded"),
                      {{tr("When"), 1.1, Qt::AlignLeft},
                       {tr("By"), 0.9, Qt::AlignLeft},
                       {tr("What"), 1.3, Qt::AlignLeft},
                       {tr("Before"), 2, Qt::AlignLeft},
                       {tr("After"), 2, Qt::AlignLeft}},
                      {}};
        for (const QJsonValue &value : data.value(u"changes"_s).toArray()) {
            const QJsonObject row = value.toObject();
            const QString field = row.value(u"field"_s).toString();
            const QString what = row.value(u"table_name"_s).toString() + u' '
                                 + (field == u"*"_s   ? tr("added")
                                    : field == u"-"_s ? tr("removed")
                                                      : field);
            const bool whole = field == u"*"_s || field == u"-"_s;
            const QString before = row.value(u"old_value"_s).toString();
            const QString after = row.value(u"new_value"_s).toString();
            changes.rows.append(
                cells({text(u"at"_s, row.value(u"at"_s)), row.value(u"staff"_s).toString(), what,
                       whole ? recordedRow(before) : before, whole ? recordedRow(after) : after}));
        }
        add(blocks, changes, none);

        const QList<ReportLayout::Page> pages = layout.paginate();
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(Error::Code::Io, tr("The PDF could not be drawn."));
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            ReportBlocks::pageFrame(painter, page, SideMargin, venue, tr("Guest data"), QString(), int(i + 1),
                                    int(pages.size()));
            layout.paint(painter, pages[i], QPointF(SideMargin, TopMargin));
        }
        painter.end();
    }
    return buffer.data();
}

} // namespace innkeep
