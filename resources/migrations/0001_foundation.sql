-- SPDX-FileCopyrightText: 2026 Innkeep contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1: guests, contacts, tags, notes, preferences, stays, the change log and the search index.
-- Times are UTC epoch milliseconds (INTEGER); calendar dates are ISO 'YYYY-MM-DD' (TEXT);
-- money is integer minor units beside an ISO 4217 currency code.

-- Per-file facts that never travel with sync (this device's id).
CREATE TABLE local_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Venue settings travel with sync: name, currency, phone region, thresholds.
CREATE TABLE venue_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    hlc   INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- Every write, field by field, in the transaction that made it: the audit trail and the sync feed.
-- field '*' is an insert (new_value holds the row as JSON), '-' a delete (old_value holds it).
CREATE TABLE change_log (
    id         INTEGER PRIMARY KEY,
    hlc        INTEGER NOT NULL,
    device_id  TEXT NOT NULL,
    staff      TEXT NOT NULL DEFAULT '',
    table_name TEXT NOT NULL,
    row_uuid   TEXT NOT NULL,
    guest_uuid TEXT,
    field      TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT
);
CREATE INDEX change_log_row ON change_log(row_uuid, id);
CREATE INDEX change_log_guest ON change_log(guest_uuid, id) WHERE guest_uuid IS NOT NULL;

CREATE TABLE guests (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    salutation        TEXT NOT NULL DEFAULT '',
    given_name        TEXT NOT NULL DEFAULT '',
    family_name       TEXT NOT NULL DEFAULT '',
    latin_given_name  TEXT NOT NULL DEFAULT '',
    latin_family_name TEXT NOT NULL DEFAULT '',
    language          TEXT NOT NULL DEFAULT '',
    nationality       TEXT NOT NULL DEFAULT '',
    birthday          TEXT,
    anniversary       TEXT,
    company           TEXT NOT NULL DEFAULT '',
    street            TEXT NOT NULL DEFAULT '',
    city              TEXT NOT NULL DEFAULT '',
    postal_code       TEXT NOT NULL DEFAULT '',
    country           TEXT NOT NULL DEFAULT '',
    vip_level         INTEGER NOT NULL DEFAULT 0 CHECK (vip_level BETWEEN 0 AND 3),
    source            TEXT NOT NULL DEFAULT 'direct'
                      CHECK (source IN ('walk-in', 'ota', 'direct', 'agent', 'other')),
    blocked           INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
    blocked_reason    TEXT NOT NULL DEFAULT '',
    press             INTEGER NOT NULL DEFAULT 0 CHECK (press IN (0, 1)),
    consent_email     INTEGER NOT NULL DEFAULT 0 CHECK (consent_email IN (0, 1)),
    consent_sms       INTEGER NOT NULL DEFAULT 0 CHECK (consent_sms IN (0, 1)),
    consent_phone     INTEGER NOT NULL DEFAULT 0 CHECK (consent_phone IN (0, 1)),
    consent_marketing INTEGER NOT NULL DEFAULT 0 CHECK (consent_marketing IN (0, 1)),
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    archived_at       INTEGER
);
-- The guest list sorts by Latin family name; this keeps its first page an index walk.
CREATE INDEX guests_by_name ON guests(latin_family_name COLLATE NOCASE, latin_given_name COLLATE NOCASE, id)
    WHERE archived_at IS NULL;
CREATE INDEX guests_vip ON guests(vip_level) WHERE vip_level > 0;

CREATE TABLE guest_contacts (
    id       INTEGER PRIMARY KEY,
    uuid     TEXT NOT NULL UNIQUE,
    guest_id INTEGER NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    value    TEXT NOT NULL,
    label    TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX guest_contacts_guest ON guest_contacts(guest_id, kind, position);
CREATE INDEX guest_contacts_value ON guest_contacts(kind, value);

CREATE TABLE guest_tags (
    guest_id INTEGER NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    tag      TEXT NOT NULL,
    PRIMARY KEY (guest_id, tag)
) WITHOUT ROWID;
CREATE INDEX guest_tags_tag ON guest_tags(tag, guest_id);

CREATE TABLE guest_notes (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    guest_id   INTEGER NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    body       TEXT NOT NULL,
    author     TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
CREATE INDEX guest_notes_guest ON guest_notes(guest_id, created_at);

CREATE TABLE preferences (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    guest_id        INTEGER NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    category        TEXT NOT NULL CHECK (category IN ('room', 'food', 'amenities', 'accessibility',
                                                      'communication', 'other')),
    value           TEXT NOT NULL,
    value_key       TEXT NOT NULL,
    detail          TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT 'told' CHECK (source IN ('told', 'observed', 'feedback')),
    observed_on     TEXT NOT NULL,
    times_confirmed INTEGER NOT NULL DEFAULT 1 CHECK (times_confirmed >= 1),
    critical        INTEGER NOT NULL DEFAULT 0 CHECK (critical IN (0, 1)),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    UNIQUE (guest_id, category, value_key)
);
CREATE INDEX preferences_critical ON preferences(guest_id) WHERE critical = 1;

CREATE TABLE stays (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    guest_id      INTEGER NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    arrival       TEXT NOT NULL,
    departure     TEXT NOT NULL,
    room          TEXT NOT NULL DEFAULT '',
    rate_minor    INTEGER NOT NULL DEFAULT 0,
    revenue_minor INTEGER NOT NULL DEFAULT 0,
    currency      TEXT NOT NULL DEFAULT '',
    channel       TEXT NOT NULL DEFAULT 'direct',
    party_size    INTEGER NOT NULL DEFAULT 1 CHECK (party_size >= 1),
    purpose       TEXT NOT NULL DEFAULT '',
    booking_ref   TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'booked'
                  CHECK (status IN ('booked', 'in-house', 'checked-out', 'cancelled', 'no-show')),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    CHECK (departure >= arrival)
);
CREATE INDEX stays_guest ON stays(guest_id, arrival);
CREATE INDEX stays_arrival ON stays(arrival);
CREATE INDEX stays_departure ON stays(departure);
CREATE INDEX stays_booking ON stays(booking_ref) WHERE booking_ref <> '';

-- Name keys for search-as-you-type: the ASCII transliteration of every name word and of the
-- full name in both orders, so a one-letter prefix is a short index range, not an FTS scan.
CREATE TABLE search_names (
    key      TEXT NOT NULL,
    guest_id INTEGER NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    PRIMARY KEY (key, guest_id)
) WITHOUT ROWID;
CREATE INDEX search_names_guest ON search_names(guest_id);

-- Everything else a receptionist may type: one document per guest (rowid = guest id * 4),
-- per ticket (* 4 + 1) and per feedback entry (* 4 + 2). Columns: names in every script and
-- their ASCII keys; e-mails and phone digit runs; tags; rooms and booking references; free
-- text (notes, ticket and feedback text). Column order matters to the bm25 weights in search.
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, ref UNINDEXED, name, contact, tags, stays, extra,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
