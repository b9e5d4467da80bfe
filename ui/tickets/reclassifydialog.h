// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickets/complaintticket.h"

#include <QDialog>

class QComboBox;

namespace innkeep::ui {

class TicketServices;

// Corrects a complaint's category and severity; says that a new severity brings its SLA, with
// due times counted from when the complaint was logged.
class ReclassifyDialog final : public QDialog
{
    Q_OBJECT

public:
    ReclassifyDialog(TicketServices &services, const ComplaintTicket &ticket, QWidget *parent = nullptr);

    [[nodiscard]] QString category() const;
    [[nodiscard]] TicketSeverity severity() const;
    [[nodiscard]] QComboBox *categoryBox() const { return m_category; }
    [[nodiscard]] QComboBox *severityBox() const { return m_severity; }

private:
    QComboBox *m_category;
    QComboBox *m_severity;
};

} // namespace innkeep::ui
