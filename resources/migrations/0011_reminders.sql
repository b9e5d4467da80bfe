-- SPDX-FileCopyrightText: 2026 Innkeep contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 11: reminders. The reminders themselves are worked out afresh for each day from the guests,
-- stays, tickets and feedback (docs/reminders.md); this table records only what staff did with one:
-- done, or snoozed until a day. A reminder is named by its stable key: its kind, the record it is
-- about and the occasion (`birthday:<guest uuid>:2026`), so next year's birthday is a new reminder
-- and a reminder done today stays done however often the list is worked out again.

-- What staff did with the reminder `reminder_key`: done (never shown again), or snoozed (hidden until
-- `snoozed_until`, a date, and shown again from that day on). guest_id: the guest it is about, when
-- there is one (a follow-up of a ticket without a guest has none); the row goes with the guest.
CREATE TABLE reminder_actions (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    reminder_key  TEXT NOT NULL UNIQUE,
    guest_id      INTEGER REFERENCES guests(id) ON DELETE CASCADE,
    state         TEXT NOT NULL CHECK (state IN ('done', 'snoozed')),
    snoozed_until TEXT,
    staff         TEXT NOT NULL DEFAULT '',
    at            INTEGER NOT NULL,
    CHECK ((state = 'snoozed') = (snoozed_until IS NOT NULL))
);
CREATE INDEX reminder_actions_guest ON reminder_actions(guest_id) WHERE guest_id IS NOT NULL;

-- Greetings look guests up by the month and day of their birthday or anniversary ("06-15"): without
-- these, the day's list read every guest (half a second at 100k guests).
CREATE INDEX guests_birthday_day ON guests(substr(birthday, 6)) WHERE birthday IS NOT NULL;
CREATE INDEX guests_anniversary_day ON guests(substr(anniversary, 6)) WHERE anniversary IS NOT NULL;
