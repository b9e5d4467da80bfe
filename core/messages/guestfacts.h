// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

namespace innkeep {

class Database;

// What a message needs to know about one guest: who they are, whether and where they may be
// written to, and the values of the template placeholders.
struct GuestFacts
{
    qint64 id = 0;
    QString uuid;
    QString salutation;
    QString givenName; // in the guest's own script
    QString familyName;
    QString displayName; // "Given Family", the Latin form when there is no other
    QString language;
    bool blocked = false;
    bool archived = false;
    bool consentEmail = false;
    bool consentSms = false;
    bool consentMarketing = false;
    QString email;         // the first e-mail address by position; empty when none
    QString phone;         // the first phone number by position; empty when none
    QDate lastStayArrival; // of the latest stay that was not cancelled (invalid when none)
    QString lastRoom;
    QString tier; // the latest recorded loyalty tier; empty when none
    qint64 points = 0;

    // The placeholder values (TemplateText::placeholders()) for a message in `language`, signed by
    // `venueName`: month names in that language, numbers as its locale writes them.
    [[nodiscard]] QHash<QString, QString> placeholderValues(const QString &language,
                                                            const QString &venueName) const;
};

// Reads GuestFacts from the venue's file.
class GuestFactsReader final
{
    Q_DECLARE_TR_FUNCTIONS(GuestFactsReader)

public:
    explicit GuestFactsReader(Database &db) : m_db(db) {}
    // NotFound (field "guest") for an unknown uuid.
    [[nodiscard]] Result<GuestFacts> read(const QString &guestUuid);

private:
    Database &m_db;
};

} // namespace innkeep
