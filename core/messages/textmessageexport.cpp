// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textmessageexport.h"

#include "exchange/csvtable.h"
#include "exchange/exportfile.h"
#include "storage/database.h"

namespace innkeep {

QByteArray textMessagesCsv(const CampaignPlan &plan)
{
    CsvTable table({QStringLiteral("guest"), QStringLiteral("name"), QStringLiteral("language"),
                    QStringLiteral("phone"), QStringLiteral("text")});
    for (const CampaignRecipient &recipient : plan.recipients)
        table.addRow({recipient.guestUuid, recipient.name, recipient.language, recipient.to, recipient.body});
    return table.toCsv();
}

Status writeTextMessages(Database &db, const CampaignPlan &plan, const QString &path)
{
    ExportFile file(path);
    if (auto ok = file.open(db.path()); !ok)
        return ok;
    const QByteArray bytes = textMessagesCsv(plan);
    if (file.device().write(bytes) != bytes.size())
        return std::unexpected(file.writeFailed());
    return file.commit();
}

} // namespace innkeep
