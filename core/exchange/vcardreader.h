// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace innkeep {

// One contact of a vCard file, as far as a guest profile has room for it.
struct VCardContact
{
    int line = 0; // where BEGIN:VCARD is
    QString fullName;
    QString family;
    QString given;
    QString prefix;
    QString latinName; // X-INNKEEP-LATIN-NAME (Innkeep's own export)
    QStringList emails;
    QStringList phones;
    QStringList categories;
    QString birthday;    // ISO date, or empty (no year given, or none)
    QString anniversary; // ISO date, or empty
    QString organisation;
    QString note;
    QString language;
    QString street;
    QString addressLine2; // the extended address (flat, building)
    QString city;
    QString state; // region
    QString postalCode;
    QString country; // as written (a name or a code)
};

// Reads vCard 2.1, 3.0 and 4.0 (RFC 2425/2426/6350): folded lines, groups ("item1.TEL"), 2.1's bare
// types and QUOTED-PRINTABLE with its soft line breaks and CHARSET, escaped text, several TEL and
// EMAIL, N, FN, BDAY, ANNIVERSARY (and X-ANNIVERSARY), ADR, ORG, NOTE, CATEGORIES, LANG. Anything
// else is skipped. Refuses, naming the line, a file that is not vCard, a card never ended, and
// text that is not UTF-8 where no other charset is named. No Debian C/C++ library reads vCard
// without KDE Frameworks; this one is small and fuzzed (tst_importfuzz).
class VCardReader final
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)

public:
    [[nodiscard]] static Result<QList<VCardContact>> read(const QByteArray &bytes, const QString &fileName);
};

} // namespace innkeep
