// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace innkeep {

class Database;
class Statement;

// What an imported record (a stay, a feedback entry) says about its guest.
struct GuestKeys
{
    QString externalId; // the profile id in the system the file comes from ("opera:123456")
    QString email;
    QString givenName;
    QString familyName;

    [[nodiscard]] bool isEmpty() const
    {
        return externalId.isEmpty() && email.isEmpty() && givenName.isEmpty() && familyName.isEmpty();
    }
    // "Given Family" as the file writes it, or "Family, Given" split; one word is a family name.
    void setFullName(const QString &name);
};

// The stored guest an imported record belongs to, by the first of its keys that finds one: the
// external profile id, then an e-mail stored on a guest (lower case), then the exact name (given and
// family name, native or Latin, case aside). A guest merged into another is found as the one they
// were merged into; one archived otherwise is nobody. Guests are never created here.
class GuestMatch final
{
    Q_DECLARE_TR_FUNCTIONS(GuestMatch)

public:
    struct Found
    {
        qint64 id = 0;
        QString uuid;
    };

    explicit GuestMatch(Database &db) : m_db(db) {}

    // Nothing when no key finds a guest. An e-mail or a name that several guests share is an
    // InvalidInput error naming the field ("email", "name") and asking for a closer key.
    [[nodiscard]] Result<std::optional<Found>> find(const GuestKeys &keys);
    // The same, with "no such guest" as an InvalidInput error naming the first key given (field
    // "external_id", "email" or "name") and asking for the guests to be imported first.
    [[nodiscard]] Result<Found> require(const GuestKeys &keys);

private:
    // The guest `id` is now: itself, or the guest it was merged into; nothing when archived otherwise.
    [[nodiscard]] Result<std::optional<Found>> current(qint64 id);
    // The guests the ids `ids` selects are now, each once, in order.
    [[nodiscard]] Result<QList<Found>> currentOf(Statement &ids);
    [[nodiscard]] Result<std::optional<Found>> byExternalId(const QString &externalId);
    [[nodiscard]] Result<std::optional<Found>> byEmail(const QString &email);
    [[nodiscard]] Result<std::optional<Found>> byName(const QString &given, const QString &family);
    Database &m_db;
};

} // namespace innkeep
