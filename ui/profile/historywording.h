// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guests/guesthistory.h"
#include "tickets/ticketdisplaytext.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace innkeep::ui {

// One change-log entry in the desk's words: what happened, the value before and after, in the
// user's language and local time. No internal ids, raw instants or stored tokens.
struct HistoryLine
{
    QString what;
    QString before;
    QString after;
};

// How a guest's History tab words the change log. A complaint is told by its events (logged,
// status moves, notes, compensation, follow-up), so the bookkeeping the same step writes on the
// ticket row (deadlines recomputed, "updated at", ids) is left out: nullopt means not shown.
class HistoryWording final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryWording)

public:
    HistoryWording() = default;
    HistoryWording(TicketLabels labels, QString currency)
        : m_labels(std::move(labels)), m_currency(std::move(currency))
    {}

    [[nodiscard]] std::optional<HistoryLine> line(const ChangeEntry &entry) const;

private:
    [[nodiscard]] QString value(const QString &table, const QString &field, const QVariant &value,
                                const QString &currency = {}) const;
    [[nodiscard]] std::optional<HistoryLine> rowAdded(const ChangeEntry &entry) const;
    [[nodiscard]] std::optional<HistoryLine> ticketEvent(const QVariantMap &row) const;

    TicketLabels m_labels;
    QString m_currency;
};

} // namespace innkeep::ui
