// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickets/compensation.h"
#include "tickets/followup.h"
#include "tickets/slaclock.h"
#include "tickets/ticketlistitem.h"
#include "tickets/ticketoutcome.h"
#include "tickets/ticketworkflow.h"
#include "widgets/theme.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace innkeep {
class TicketSettingsService;
}

namespace innkeep::ui {

// How a ticket's SLA reading is shown: one light per ticket (the target that matters now),
// always as words as well as colour.
struct SlaDisplay
{
    enum class Light { None, Running, DueSoon, Overdue, Paused, Met, Breached };
    Light light = Light::None;
    QString stateText; // "Overdue", "Due soon", "Paused", ...
    QString timeText;  // "25 min over", "1 h 05 min left"
    QString target;    // "acknowledge" or "resolve" (translated)
    [[nodiscard]] QString text() const;
    // The tone the light is drawn in; nullopt for a plain running clock.
    [[nodiscard]] std::optional<theme::Tone> tone() const;
};

class TicketDisplayText final
{
    // The translation context keeps its old name so the catalogues keep their translations.
    Q_DECLARE_TR_FUNCTIONS(TicketFormat)

public:
    [[nodiscard]] static SlaDisplay sla(const SlaReading &reading); // words for core's SlaReading::headline()
    // "25 min", "3 h 05 min", "2 d 4 h".
    [[nodiscard]] static QString duration(qint64 ms);
    // What the desk calls a transition's button ("Acknowledge", "Start work", ...).
    [[nodiscard]] static QString actionLabel(TicketStatus from, TicketStatus to);
    [[nodiscard]] static QString outcomeLabel(TicketOutcome outcome);
    [[nodiscard]] static QString compensationKindLabel(Compensation::Kind kind);  // "Discount", "Upgrade"
    [[nodiscard]] static QString followUpChannelLabel(FollowUp::Channel channel); // "In person", "Phone"
    [[nodiscard]] static QString statusTextFor(const QString &token);             // for a stored status token
    // The status in a narrow column: "With guest" for "Waiting on guest" (the full label goes
    // in the tooltip).
    [[nodiscard]] static QString shortStatus(TicketStatus status);
};

// Category and department labels by key, read once per reload.
class TicketLabels final
{
public:
    void load(TicketSettingsService &settings);
    [[nodiscard]] QString category(const QString &key) const { return m_categories.value(key, key); }
    [[nodiscard]] QString department(const QString &key) const { return m_departments.value(key, key); }

private:
    QHash<QString, QString> m_categories;
    QHash<QString, QString> m_departments;
};

} // namespace innkeep::ui
