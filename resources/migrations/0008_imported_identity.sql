-- SPDX-FileCopyrightText: 2026 Innkeep contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8: what other systems' exports carry about a guest. The second address line and the state or
-- region of the address (as PMS, contact and shop exports have them), and the profile id the guest has in
-- the system they were imported from (external_id, e.g. "opera:123456"), which a later import of the same
-- export matches first (docs/decisions.md, "Importing the same file twice"). One id per guest: a merge keeps
-- the surviving profile's, or takes the other's when it had none.
ALTER TABLE guests ADD COLUMN address_line2 TEXT NOT NULL DEFAULT '';
ALTER TABLE guests ADD COLUMN state TEXT NOT NULL DEFAULT '';
ALTER TABLE guests ADD COLUMN external_id TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX guests_external_id ON guests(external_id) WHERE external_id <> '';
