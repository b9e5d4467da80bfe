// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "messages/campaignplan.h"

#include <QByteArray>
#include <QString>

namespace innkeep {

class Database;

// Text messages (SMS, WhatsApp) are not sent by Innkeep: a campaign planned for them
// (MessageChannel::TextMessage) is written as a CSV of numbers and texts for the venue's phone or
// bulk-SMS service. Columns: guest, name, language, phone, text; CsvTable's rules (a cell a
// spreadsheet would run as a formula gets an apostrophe; an E.164 number "+374…" is a number).
[[nodiscard]] QByteArray textMessagesCsv(const CampaignPlan &plan);
// The same written to `path` (0600, replacing an old file only when complete; ExportFile's rules).
[[nodiscard]] Status writeTextMessages(Database &db, const CampaignPlan &plan, const QString &path);

} // namespace innkeep
