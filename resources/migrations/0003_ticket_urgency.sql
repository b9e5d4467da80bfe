-- SPDX-FileCopyrightText: 2026 Innkeep contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: the ticket queue's urgency order as an index over open tickets, so the queue's first
-- page and the shift handover read tickets in order instead of sorting every open ticket.
-- The columns and the WHERE repeat TicketRepository's UrgencyOrder and OpenClause word for word:
-- SQLite uses a partial index only when the query's WHERE implies the index's WHERE, and an
-- expression column only when the query's expression matches it.
CREATE INDEX tickets_urgency ON tickets(
    due_at IS NULL,
    due_at,
    CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END,
    created_at,
    id
) WHERE status NOT IN ('resolved', 'closed');
