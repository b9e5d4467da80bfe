// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestandstay.h"

#include <QCoreApplication>

namespace innkeep {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GuestAndStay", text);
}

QString named(qint64 id, const QString &uuid)
{
    return id > 0 ? QString::number(id) : uuid;
}

} // namespace

Result<GuestAndStay> resolveGuestAndStay(TicketRepository &repository, qint64 guestId,
                                         const QString &guestUuid, qint64 stayId, const QString &stayUuid)
{
    GuestAndStay found;
    if (guestId > 0 || !guestUuid.isEmpty()) {
        auto guest = guestId > 0 ? repository.guestById(guestId) : repository.guestByUuid(guestUuid);
        if (!guest)
            return std::unexpected(guest.error());
        if (!*guest)
            return fail(Error::Code::NotFound, tr("There is no guest %1.").arg(named(guestId, guestUuid)),
                        QStringLiteral("guest"));
        found.guest = **guest;
    }
    if (stayId > 0 || !stayUuid.isEmpty()) {
        auto stay = stayId > 0 ? repository.stayById(stayId) : repository.stayByUuid(stayUuid);
        if (!stay)
            return std::unexpected(stay.error());
        if (!*stay)
            return fail(Error::Code::NotFound, tr("There is no stay %1.").arg(named(stayId, stayUuid)),
                        QStringLiteral("stay"));
        if (found.guest.id > 0 && (*stay)->guestId != found.guest.id)
            return fail(Error::Code::InvalidInput, tr("The stay belongs to another guest."),
                        QStringLiteral("stay"));
        found.stay = **stay;
        if (found.guest.id == 0) {
            auto guest = repository.guestById(found.stay.guestId);
            if (!guest)
                return std::unexpected(guest.error());
            if (*guest)
                found.guest = **guest;
        }
    }
    return found;
}

} // namespace innkeep
