// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace innkeep {

// Where the guest first came to us from.
enum class GuestSource { WalkIn, Ota, Direct, Agent, Other };
[[nodiscard]] QString toToken(GuestSource source);
[[nodiscard]] std::optional<GuestSource> guestSourceFromToken(const QString &token);
[[nodiscard]] QString displayText(GuestSource source);

// What the guest agreed to be contacted by.
struct Consent
{
    bool email = false;
    bool sms = false;
    bool phone = false;
    bool marketing = false;
    friend bool operator==(const Consent &, const Consent &) = default;
};

// A guest profile as the front desk knows it. Names are kept as the guest writes them
// (any script) and in a Latin form for staff, documents and cross-script search.
struct Guest
{
    qint64 id = 0; // local row id; 0 until stored
    QString uuid;  // global identity

    QString salutation;
    QString givenName;
    QString familyName;
    QString latinGivenName; // derived from the native name when left empty
    QString latinFamilyName;
    QString language;    // BCP 47, e.g. "hy", "ka", "en"
    QString nationality; // ISO 3166-1 alpha-2
    QDate birthday;
    QDate anniversary;
    QString company;
    QString street;
    QString addressLine2; // flat, building, c/o …
    QString city;
    QString state; // state, province or region of the address
    QString postalCode;
    QString country; // ISO 3166-1 alpha-2
    // The profile id in the system the guest was imported from ("opera:123456"), unique when set;
    // a later import of the same export finds the guest by it.
    QString externalId;

    QStringList emails;
    QStringList phones; // E.164 once stored; anything a person would type before validation
    QStringList tags;

    int vipLevel = 0; // 0 none … 3 top
    GuestSource source = GuestSource::Direct;
    bool blocked = false;
    QString blockedReason;
    bool press = false;
    Consent consent;

    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> archivedAt;

    [[nodiscard]] bool isVip() const { return vipLevel > 0; }
    [[nodiscard]] bool isArchived() const { return archivedAt.has_value(); }
    // "Given Family" in the guest's own script, falling back to the Latin form.
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString latinName() const;

    // The columns of the guests table, as stored (used for change tracking and export).
    [[nodiscard]] QVariantMap toColumns() const;
    // The same as two lists in one fixed order, for a prepared INSERT.
    [[nodiscard]] static const QStringList &columnNames();
    [[nodiscard]] QVariantList columnValues() const;
    // The fields the change log tracks: the columns without created_at and updated_at, plus the
    // lists kept in child tables (emails, phones, tags, each joined with newlines), synced as
    // fields of the guest.
    [[nodiscard]] QVariantMap trackedFields() const;
};

// A dated note on the guest's story; notes are added, never edited, so history is kept.
struct GuestNote
{
    QString uuid;
    QString body;
    QString author;
    qint64 createdAt = 0;
};

} // namespace innkeep
