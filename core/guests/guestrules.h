// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "guests/guest.h"

#include <QCoreApplication>
#include <QList>

namespace innkeep {

// What makes a guest profile valid, and how typed input is tidied before it is stored.
// Every problem names its field, so a form can show each message beside its field.
class GuestRules final
{
    Q_DECLARE_TR_FUNCTIONS(GuestRules)

public:
    // Trims text, normalises phones to E.164 (national numbers read in `phoneRegion`), lower-cases
    // e-mails and tags, drops duplicates, fills the Latin name from the native one when empty.
    // Returns every problem found; an empty list means `guest` is ready to store.
    [[nodiscard]] static QList<Error> normalise(Guest &guest, const QString &phoneRegion, const QDate &today);

    // A practical RFC 5321 address: dot-atom local part, dotted domain, nothing quoted.
    [[nodiscard]] static bool isEmail(const QString &text);
    // The text rule (common/textfield.h) over every text field and list of `guest`: tidies the
    // one-line fields and returns every control character or over-long value found.
    [[nodiscard]] static QList<Error> checkText(Guest &guest);
    // Notes on a guest (field "note"): each checked as multi-line text and trimmed; empty ones dropped.
    [[nodiscard]] static Result<QStringList> notes(const QStringList &notes);
};

} // namespace innkeep
