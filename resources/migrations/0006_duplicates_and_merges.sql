-- SPDX-FileCopyrightText: 2026 Innkeep contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6: finding duplicate guests (a birthday is one of the keys they are found by) and merging
-- two profiles into one, undoably. See docs/duplicates.md.
CREATE INDEX guests_birthday ON guests(birthday) WHERE birthday IS NOT NULL AND archived_at IS NULL;

-- One merge of a guest (merged) into another (kept): the merged profile is archived and points here
-- to its survivor. `undo` holds, as JSON, every row the merge changed as it was before, and
-- `last_change_id` the change-log entry the merge ended with: a later change to either guest makes
-- unmerge refuse rather than overwrite it.
CREATE TABLE guest_merges (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    kept_guest_id   INTEGER NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    merged_guest_id INTEGER NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    merged_at       INTEGER NOT NULL,
    merged_by       TEXT NOT NULL DEFAULT '',
    last_change_id  INTEGER NOT NULL DEFAULT 0,
    undo            TEXT NOT NULL,
    undone_at       INTEGER,
    CHECK (kept_guest_id <> merged_guest_id)
);
CREATE INDEX guest_merges_merged ON guest_merges(merged_guest_id) WHERE undone_at IS NULL;
CREATE INDEX guest_merges_kept ON guest_merges(kept_guest_id);
