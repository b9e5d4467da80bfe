// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guest.h"

#include "common/enumtokens.h"

namespace innkeep {

namespace {

constexpr EnumToken<GuestSource> SourceNames[] = {
    {GuestSource::WalkIn, "walk-in", QT_TRANSLATE_NOOP("GuestSource", "Walk-in")},
    {GuestSource::Ota, "ota", QT_TRANSLATE_NOOP("GuestSource", "Online travel agency")},
    {GuestSource::Direct, "direct", QT_TRANSLATE_NOOP("GuestSource", "Direct")},
    {GuestSource::Agent, "agent", QT_TRANSLATE_NOOP("GuestSource", "Travel agent")},
    {GuestSource::Other, "other", QT_TRANSLATE_NOOP("GuestSource", "Other")},
};

QString joinName(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return first + QLatin1Char(' ') + second;
}

QVariant dateColumn(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

QString toToken(GuestSource source)
{
    return tokenOf(SourceNames, source);
}

std::optional<GuestSource> guestSourceFromToken(const QString &token)
{
    return valueOf(SourceNames, token);
}

QString displayText(GuestSource source)
{
    return labelOf(SourceNames, source, "GuestSource");
}

QString Guest::displayName() const
{
    const QString native = joinName(givenName, familyName);
    return native.isEmpty() ? latinName() : native;
}

QString Guest::latinName() const
{
    return joinName(latinGivenName, latinFamilyName);
}

const QStringList &Guest::columnNames()
{
    static const QStringList names{
        QStringLiteral("uuid"),
        QStringLiteral("salutation"),
        QStringLiteral("given_name"),
        QStringLiteral("family_name"),
        QStringLiteral("latin_given_name"),
        QStringLiteral("latin_family_name"),
        QStringLiteral("language"),
        QStringLiteral("nationality"),
        QStringLiteral("birthday"),
        QStringLiteral("anniversary"),
        QStringLiteral("company"),
        QStringLiteral("street"),
        QStringLiteral("city"),
        QStringLiteral("postal_code"),
        QStringLiteral("country"),
        QStringLiteral("vip_level"),
        QStringLiteral("source"),
        QStringLiteral("blocked"),
        QStringLiteral("blocked_reason"),
        QStringLiteral("press"),
        QStringLiteral("consent_email"),
        QStringLiteral("consent_sms"),
        QStringLiteral("consent_phone"),
        QStringLiteral("consent_marketing"),
        QStringLiteral("created_at"),
        QStringLiteral("updated_at"),
        QStringLiteral("archived_at"),
        QStringLiteral("address_line2"),
        QStringLiteral("state"),
        QStringLiteral("external_id"),
    };
    return names;
}

QVariantList Guest::columnValues() const
{
    return {
        uuid,
        salutation,
        givenName,
        familyName,
        latinGivenName,
        latinFamilyName,
        language,
        nationality,
        dateColumn(birthday),
        dateColumn(anniversary),
        company,
        street,
        city,
        postalCode,
        country,
        vipLevel,
        toToken(source),
        int(blocked),
        blockedReason,
        int(press),
        int(consent.email),
        int(consent.sms),
        int(consent.phone),
        int(consent.marketing),
        createdAt,
        updatedAt,
        archivedAt ? QVariant(*archivedAt) : QVariant(QMetaType::fromType<qint64>()),
        addressLine2,
        state,
        externalId,
    };
}

QVariantMap Guest::toColumns() const
{
    const QStringList &names = columnNames();
    const QVariantList values = columnValues();
    QVariantMap columns;
    for (qsizetype i = 0; i < names.size(); ++i)
        columns.insert(names.at(i), values.at(i));
    return columns;
}

QVariantMap Guest::trackedFields() const
{
    QVariantMap fields = toColumns();
    fields.remove(QStringLiteral("created_at"));
    fields.remove(QStringLiteral("updated_at"));
    fields.insert(QStringLiteral("emails"), emails.join(QLatin1Char('\n')));
    fields.insert(QStringLiteral("phones"), phones.join(QLatin1Char('\n')));
    fields.insert(QStringLiteral("tags"), tags.join(QLatin1Char('\n')));
    return fields;
}

} // namespace innkeep
