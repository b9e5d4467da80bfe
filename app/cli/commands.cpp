// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

namespace innkeep::cli {

void registerAllCommands(CommandRegistry &registry, const Clock &clock)
{
    // The order is the order of `innkeep-cli --help`.
    registerDatabaseCommands(registry, clock);
    registerDemoCommands(registry, clock);
    registerSearchCommands(registry, clock);
    registerGuestCommands(registry, clock);
    registerGuestMergeCommands(registry, clock);
    registerStayCommands(registry, clock);
    registerPreferenceCommands(registry, clock);
    registerExchangeCommands(registry, clock);
    registerJsonImportCommands(registry, clock);
    registerRecordImportCommands(registry, clock);
    registerTicketCommands(registry, clock);
    registerFeedbackCommands(registry, clock);
    registerAnalysisCommands(registry, clock);
    registerInsightsCommands(registry, clock);
    registerReportCommands(registry, clock);
    registerKpiCommands(registry, clock);
    registerBackupCommands(registry, clock);
    registerGuestPrivacyCommands(registry, clock);
    registerHandoverCommands(registry, clock);
    registerLoyaltyCommands(registry, clock);
    registerSegmentCommands(registry, clock);
    registerSettingsCommands(registry, clock);
    registerTemplateCommands(registry, clock);
    registerMessageCommands(registry, clock);
    registerReminderCommands(registry, clock);
}

} // namespace innkeep::cli
