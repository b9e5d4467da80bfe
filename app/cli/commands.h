// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace innkeep {
class Clock;
}

namespace innkeep::cli {

class CommandRegistry;

// Each command group lives in its own file and adds its commands here. A new group (tickets,
// feedback, handover) adds its file to app/CMakeLists.txt, declares its function below and
// calls it from registerAllCommands() in commands.cpp.
void registerDatabaseCommands(CommandRegistry &registry, const Clock &clock); // init, check
void registerDemoCommands(CommandRegistry &registry, const Clock &clock);     // demo
void registerSearchCommands(CommandRegistry &registry, const Clock &clock);   // search
void registerGuestCommands(CommandRegistry &registry, const Clock &clock);    // guest add, guest show
void registerGuestMergeCommands(CommandRegistry &registry,
                                const Clock &clock);                      // guest duplicates, merge, unmerge
void registerStayCommands(CommandRegistry &registry, const Clock &clock); // stay add, list, cancel
void registerPreferenceCommands(CommandRegistry &registry, const Clock &clock); // pref add
void registerExchangeCommands(CommandRegistry &registry, const Clock &clock);   // import guests, export json
void registerJsonImportCommands(CommandRegistry &registry, const Clock &clock); // import json
void registerRecordImportCommands(CommandRegistry &registry, const Clock &clock); // import stays, feedback
void registerTicketCommands(CommandRegistry &registry, const Clock &clock); // ticket add, show, list, move, …
void registerFeedbackCommands(CommandRegistry &registry,
                              const Clock &clock); // feedback add, list, respond, to-ticket, correct
void registerAnalysisCommands(CommandRegistry &registry, const Clock &clock);     // analyze
void registerInsightsCommands(CommandRegistry &registry, const Clock &clock);     // insights trends
void registerReportCommands(CommandRegistry &registry, const Clock &clock);       // report
void registerKpiCommands(CommandRegistry &registry, const Clock &clock);          // kpi
void registerHandoverCommands(CommandRegistry &registry, const Clock &clock);     // handover
void registerGuestPrivacyCommands(CommandRegistry &registry, const Clock &clock); // guest export, erase
void registerBackupCommands(CommandRegistry &registry,
                            const Clock &clock); // backup create, list, verify, restore

void registerLoyaltyCommands(CommandRegistry &registry,
                             const Clock &clock); // loyalty show, adjust, redeem, …
void registerSegmentCommands(CommandRegistry &registry,
                             const Clock &clock); // segment create, count, members, list
void registerSettingsCommands(CommandRegistry &registry, const Clock &clock); // settings get, set
void registerTemplateCommands(CommandRegistry &registry, const Clock &clock); // template add, list, preview
void registerMessageCommands(CommandRegistry &registry, const Clock &clock);  // message send, outbox …
void registerReminderCommands(CommandRegistry &registry, const Clock &clock); // reminders, reminders done, …

void registerAllCommands(CommandRegistry &registry, const Clock &clock);

} // namespace innkeep::cli
