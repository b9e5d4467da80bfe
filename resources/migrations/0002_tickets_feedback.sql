-- SPDX-FileCopyrightText: 2026 Innkeep contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: complaint tickets with SLA clocks and service recovery, and feedback from every channel.
-- See docs/tickets.md and docs/sla-clock.md.

-- Venue-editable lists. `key` is the stable token stored on tickets; `label` is what the venue calls it.
CREATE TABLE ticket_categories (
    id       INTEGER PRIMARY KEY,
    uuid     TEXT NOT NULL UNIQUE,
    key      TEXT NOT NULL UNIQUE,
    label    TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
CREATE TABLE departments (
    id       INTEGER PRIMARY KEY,
    uuid     TEXT NOT NULL UNIQUE,
    key      TEXT NOT NULL UNIQUE,
    label    TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

-- The SLA policy in force for new tickets, one row per severity. Tickets copy it (tickets.sla_policy).
-- quiet_start/quiet_end: minutes after local midnight, both NULL for no quiet hours; start > end spans midnight.
CREATE TABLE sla_policies (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE,
    severity            TEXT NOT NULL UNIQUE CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    acknowledge_minutes INTEGER NOT NULL CHECK (acknowledge_minutes > 0),
    resolve_minutes     INTEGER NOT NULL CHECK (resolve_minutes > 0),
    quiet_start         INTEGER CHECK (quiet_start BETWEEN 0 AND 1439),
    quiet_end           INTEGER CHECK (quiet_end BETWEEN 0 AND 1439),
    due_soon_minutes    INTEGER NOT NULL DEFAULT 0 CHECK (due_soon_minutes >= 0),
    time_zone           TEXT NOT NULL DEFAULT '',
    updated_at          INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE tickets (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    guest_id           INTEGER REFERENCES guests(id) ON DELETE SET NULL,
    stay_id            INTEGER REFERENCES stays(id) ON DELETE SET NULL,
    feedback_id        INTEGER REFERENCES feedback(id) ON DELETE SET NULL,
    room               TEXT NOT NULL DEFAULT '',
    category           TEXT NOT NULL,
    severity           TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    department         TEXT NOT NULL DEFAULT '',
    assignee           TEXT NOT NULL DEFAULT '',
    description        TEXT NOT NULL,
    source             TEXT NOT NULL DEFAULT 'in-person',
    created_by         TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'new'
                       CHECK (status IN ('new', 'acknowledged', 'in-progress', 'waiting-guest',
                                         'waiting-department', 'resolved', 'closed')),
    sla_policy         TEXT NOT NULL,          -- JSON snapshot of the policy the ticket was created under
    resolution_summary TEXT NOT NULL DEFAULT '',
    outcome            TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'recovered', 'lost')),
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    acknowledged_at    INTEGER,
    resolved_at        INTEGER,
    closed_at          INTEGER,
    -- Recomputed by the service on every change (docs/sla-clock.md): NULL when that clock is not running.
    acknowledge_due_at INTEGER,
    resolve_due_at     INTEGER,
    due_at             INTEGER,                -- earliest running due time: overdue is due_at < now
    due_soon_at        INTEGER                 -- when the earliest running target becomes due-soon
);
CREATE INDEX tickets_open_due ON tickets(due_at, id) WHERE status NOT IN ('resolved', 'closed');
CREATE INDEX tickets_status ON tickets(status, due_at);
CREATE INDEX tickets_guest ON tickets(guest_id, created_at) WHERE guest_id IS NOT NULL;
CREATE INDEX tickets_stay ON tickets(stay_id) WHERE stay_id IS NOT NULL;
CREATE INDEX tickets_resolved ON tickets(resolved_at) WHERE resolved_at IS NOT NULL;
CREATE INDEX tickets_created ON tickets(created_at);

-- The timeline: creation, status changes, notes, actions, assignments, compensation, follow-ups.
CREATE TABLE ticket_events (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    ticket_id   INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('created', 'status', 'note', 'action', 'assignment',
                                              'compensation', 'follow-up', 'outcome', 'link')),
    from_status TEXT,
    to_status   TEXT,
    body        TEXT NOT NULL DEFAULT '',
    ref_uuid    TEXT,                          -- the compensation / follow-up / feedback it is about
    staff       TEXT NOT NULL DEFAULT '',
    at          INTEGER NOT NULL
);
CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, at, id);

CREATE TABLE ticket_compensations (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    ticket_id   INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('discount', 'refund', 'upgrade', 'amenity', 'other')),
    cost_minor  INTEGER NOT NULL CHECK (cost_minor >= 0),
    currency    TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    staff       TEXT NOT NULL DEFAULT '',
    at          INTEGER NOT NULL
);
CREATE INDEX ticket_compensations_ticket ON ticket_compensations(ticket_id);

CREATE TABLE ticket_follow_ups (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    ticket_id    INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    channel      TEXT NOT NULL CHECK (channel IN ('in-person', 'phone', 'email', 'sms', 'letter', 'other')),
    contacted_at INTEGER NOT NULL,
    reaction     TEXT NOT NULL DEFAULT '',
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    staff        TEXT NOT NULL DEFAULT '',
    at           INTEGER NOT NULL
);
CREATE INDEX ticket_follow_ups_ticket ON ticket_follow_ups(ticket_id);

CREATE TABLE feedback (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    guest_id          INTEGER REFERENCES guests(id) ON DELETE SET NULL,
    stay_id           INTEGER REFERENCES stays(id) ON DELETE SET NULL,
    ticket_id         INTEGER REFERENCES tickets(id) ON DELETE SET NULL,
    channel           TEXT NOT NULL CHECK (channel IN ('in-person', 'comment-card', 'survey', 'email', 'phone',
                                                       'review-site', 'social')),
    site              TEXT NOT NULL DEFAULT '',
    rating            REAL,                    -- as given, on its own scale
    rating_scale      TEXT CHECK (rating_scale IN ('1-5', '1-10', 'nps')),
    rating_normalised REAL CHECK (rating_normalised BETWEEN 0 AND 1),
    body              TEXT NOT NULL DEFAULT '',
    language          TEXT NOT NULL DEFAULT '',
    received_at       INTEGER NOT NULL,
    public            INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1)),
    response          TEXT NOT NULL DEFAULT '',
    responded_at      INTEGER,
    created_by        TEXT NOT NULL DEFAULT '',
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    CHECK ((rating IS NULL) = (rating_scale IS NULL))
);
CREATE INDEX feedback_received ON feedback(received_at);
CREATE INDEX feedback_guest ON feedback(guest_id, received_at) WHERE guest_id IS NOT NULL;
CREATE INDEX feedback_low ON feedback(rating_normalised, received_at) WHERE rating_normalised IS NOT NULL;

-- Seeded rows have fixed (name-based) UUIDs so two devices set up apart agree on them when they sync.
INSERT INTO ticket_categories(uuid, key, label, position) VALUES
    ('6de51e61-999c-5789-aeaf-9f18793e0261', 'housekeeping', 'Housekeeping', 1),
    ('8097786a-d85f-5ea2-a551-765c1223e8c3', 'maintenance', 'Maintenance', 2),
    ('0d9b67be-bcf2-5663-88a1-aa77585ba48f', 'noise', 'Noise', 3),
    ('ab78b54c-2ab5-50b3-83f7-a551c946fc11', 'food-beverage', 'Food & beverage', 4),
    ('91a7c3a1-4667-591f-8c71-1cf41cbfd042', 'front-office', 'Front office', 5),
    ('605356cb-1f41-577a-92d1-abe464daacf8', 'billing', 'Billing', 6),
    ('007b2221-070e-5a65-a136-9aba42111150', 'amenities', 'Amenities', 7),
    ('95700dcf-0e23-5950-938b-ce5f9d153497', 'other', 'Other', 8);
INSERT INTO departments(uuid, key, label, position) VALUES
    ('828c0a4c-cdc2-5135-8032-691b00707122', 'front-office', 'Front office', 1),
    ('baccc36b-1f57-5b5e-9801-a789fd1cf732', 'housekeeping', 'Housekeeping', 2),
    ('99b4d709-533c-5186-a29b-e5c5a1782317', 'maintenance', 'Maintenance', 3),
    ('530401b9-5efb-5eab-9b25-d9e0454a5e20', 'food-beverage', 'Food & beverage', 4),
    ('5bc855ed-eb2c-5fb6-92b0-8987da6ec65b', 'management', 'Management', 5);
-- Defaults: the clock runs day and night; a venue adds quiet hours in Settings.
INSERT INTO sla_policies(uuid, severity, acknowledge_minutes, resolve_minutes, due_soon_minutes) VALUES
    ('5ad6fe6b-fda9-5405-9877-5c4752e3ffeb', 'low', 240, 2880, 240),
    ('dbf180ca-33f3-5273-adc2-3c1ea508a327', 'medium', 60, 480, 60),
    ('900d0b8b-af54-5489-bc98-5819bb538f40', 'high', 15, 120, 15),
    ('54a5760f-728b-56bf-a3eb-ea1731805079', 'critical', 5, 30, 5);
INSERT INTO venue_settings(key, value) VALUES ('feedback.attention_threshold', '0.4');
