-- SPDX-FileCopyrightText: 2026 Innkeep contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 10: personal messages. Message templates per language (one language of each template is
-- its fallback), the campaigns sent (a segment and a template, on a day, by a staff member) and the
-- outbox: one row per message, kept while the mail server cannot be reached and after it is sent,
-- so every message is on the guest's timeline with its status. See docs/messages.md.

-- One language of a template. Placeholders ({given_name}, {venue} …) are checked when it is saved.
-- Exactly one language of a template name is its fallback: used for a guest whose language the
-- template does not have.
CREATE TABLE message_templates (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    language    TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    is_fallback INTEGER NOT NULL DEFAULT 0 CHECK (is_fallback IN (0, 1)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    UNIQUE (name_key, language)
);
CREATE UNIQUE INDEX message_templates_fallback ON message_templates(name_key) WHERE is_fallback = 1;

-- A campaign: the audience (a segment's name, as it was when sent), the template and the channel.
CREATE TABLE message_campaigns (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    segment    TEXT NOT NULL DEFAULT '',
    template   TEXT NOT NULL,
    channel    TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email')),
    recipients INTEGER NOT NULL DEFAULT 0,
    skipped    INTEGER NOT NULL DEFAULT 0,
    staff      TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);

-- One message to one guest, rendered when it was queued. status: queued (waits for the server,
-- from next_attempt_at), sending (being given to the server now), sent, failed (given up, or the
-- guest withdrew consent), unknown (Innkeep stopped after the server had the whole message but
-- before it answered: a person decides), exported (written as an .eml file for the venue's own mail
-- client). handed_over_at: when the server was given the last byte of the current attempt.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    guest_id        INTEGER NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    campaign_id     INTEGER REFERENCES message_campaigns(id) ON DELETE SET NULL,
    template        TEXT NOT NULL,
    language        TEXT NOT NULL,
    channel         TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email')),
    to_address      TEXT NOT NULL,
    to_name         TEXT NOT NULL DEFAULT '',
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'queued'
                    CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'unknown', 'exported')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error      TEXT NOT NULL DEFAULT '',
    next_attempt_at INTEGER NOT NULL,
    handed_over_at  INTEGER,
    sent_at         INTEGER,
    created_at      INTEGER NOT NULL,
    staff           TEXT NOT NULL DEFAULT '',
    message_id      TEXT NOT NULL UNIQUE
);
CREATE INDEX outbox_waiting ON outbox(next_attempt_at, id) WHERE status IN ('queued', 'sending');
CREATE INDEX outbox_guest ON outbox(guest_id, created_at);
