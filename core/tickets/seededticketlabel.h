// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketlistitem.h"

#include <QCoreApplication>
#include <QString>

namespace innkeep {

// The complaint categories and departments a new venue file is seeded with are stored in English
// (migration 0002, the same on every device so they sync). Until the venue renames one, it is
// shown in the reader's language: "Housekeeping" reads "Տնտեսական ծառայություն" in Armenian.
class SeededTicketLabel final
{
    Q_DECLARE_TR_FUNCTIONS(SeededTicketLabel)

public:
    // `stored` in the reader's language when it is the seed's own English label for `key`;
    // otherwise `stored` as the venue wrote it.
    [[nodiscard]] static QString shown(TicketListItem::List list, const QString &key, const QString &stored);
};

} // namespace innkeep
