-- SPDX-FileCopyrightText: 2026 Innkeep contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 9: keeping guests coming back. The venue's loyalty tiers, each guest's tier changes (the tier is
-- computed from stays; this is the record of it going up and down), the points ledger (a balance is the
-- sum of a guest's entries, never a stored number), and saved guest segments (a rule in the segment
-- language, docs/segments.md). See docs/loyalty.md.

-- A tier a guest reaches with `threshold` nights, stays or spend (minor units of the venue currency)
-- over the last `window_months` months (0: over every stay). The highest position reached wins.
CREATE TABLE loyalty_tiers (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    name_key      TEXT NOT NULL UNIQUE,
    position      INTEGER NOT NULL,
    basis         TEXT NOT NULL CHECK (basis IN ('nights', 'stays', 'spend')),
    threshold     INTEGER NOT NULL CHECK (threshold >= 0),
    window_months INTEGER NOT NULL DEFAULT 0 CHECK (window_months BETWEEN 0 AND 120),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

-- Each time a guest's computed tier differs from the last one recorded: the new tier ('' for none),
-- the one before, the day and why (the figures that decided it). The latest row is the guest's tier.
CREATE TABLE loyalty_tier_changes (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    guest_id   INTEGER NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    tier       TEXT NOT NULL,
    previous   TEXT NOT NULL,
    changed_on TEXT NOT NULL,
    reason     TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX loyalty_tier_changes_guest ON loyalty_tier_changes(guest_id, id);

-- The points ledger. Earned entries point at what earned them (a stay, or the referred guest's uuid in
-- `refers_to`); an expiry or an undo points at the entry it cancels. Rows are only ever added.
CREATE TABLE loyalty_points (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    guest_id   INTEGER NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    points     INTEGER NOT NULL CHECK (points <> 0),
    kind       TEXT NOT NULL CHECK (kind IN ('stay', 'birthday', 'referral', 'adjust', 'redeem', 'expire',
                                             'undo')),
    reason     TEXT NOT NULL DEFAULT '',
    stay_id    INTEGER REFERENCES stays(id) ON DELETE SET NULL,
    refers_to  TEXT NOT NULL DEFAULT '',
    staff      TEXT NOT NULL DEFAULT '',
    booked_on  TEXT NOT NULL,
    expires_on TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX loyalty_points_guest ON loyalty_points(guest_id, booked_on, id);
CREATE UNIQUE INDEX loyalty_points_stay ON loyalty_points(stay_id, kind)
    WHERE stay_id IS NOT NULL AND kind IN ('stay', 'birthday');
CREATE UNIQUE INDEX loyalty_points_once ON loyalty_points(kind, refers_to)
    WHERE kind IN ('referral', 'expire', 'undo');

-- The stays that count (StaysThatCount: not cancelled, not a no-show) of a guest, with what tiers and
-- segments add up (nights, spend, rate), so counting a segment or a tier reads this index only.
CREATE INDEX stays_counted ON stays(guest_id, arrival, departure, currency, revenue_minor, rate_minor)
    WHERE status NOT IN ('cancelled', 'no-show');

-- A named, saved segment of guests: its rule in the segment language.
CREATE TABLE segments (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL UNIQUE,
    rule       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
