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

QVariantMap Guest::toColumns() const
{
    return {
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("salutation"), salutation},
        {QStringLiteral("given_name"), givenName},
        {QStringLiteral("family_name"), familyName},
        {QStringLiteral("latin_given_name"), latinGivenName},
        {QStringLiteral("latin_family_name"), latinFamilyName},
        {QStringLiteral("language"), language},
        {QStringLiteral("nationality"), nationality},
        {QStringLiteral("birthday"), dateColumn(birthday)},
        {QStringLiteral("anniversary"), dateColumn(anniversary)},
        {QStringLiteral("company"), company},
        {QStringLiteral("street"), street},
        {QStringLiteral("city"), city},
        {QStringLiteral("postal_code"), postalCode},
        {QStringLiteral("country"), country},
        {QStringLiteral("vip_level"), vipLevel},
        {QStringLiteral("source"), toToken(source)},
        {QStringLiteral("blocked"), int(blocked)},
        {QStringLiteral("blocked_reason"), blockedReason},
        {QStringLiteral("press"), int(press)},
        {QStringLiteral("consent_email"), int(consent.email)},
        {QStringLiteral("consent_sms"), int(consent.sms)},
        {QStringLiteral("consent_phone"), int(consent.phone)},
        {QStringLiteral("consent_marketing"), int(consent.marketing)},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("updated_at"), updatedAt},
        {QStringLiteral("archived_at"), archivedAt ? QVariant(*archivedAt) : QVariant(QMetaType::fromType<qint64>())},
    };
}

} // namespace innkeep
