-- SPDX-FileCopyrightText: 2026 Innkeep contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 7: look-ups a desk does every minute. A room number finds who is in the room (StayService::inRoom),
-- and sound-alike name keys beside the spelled ones, so "Vardanian", "Kazaryan" or "Dzhaparidze"
-- find Վարդանյան, Ղազարյան and Japaridze (docs/duplicates.md, "sound-alike key"). Each key of a name
-- gets '~' + innkeep_sound(key) (soundAlikeKey(), registered on the connection by the migration runner;
-- NULL for a key that has none); SearchIndex::nameKeys writes the same for every guest from now on.
INSERT OR IGNORE INTO search_names(key, guest_id)
    SELECT '~' || innkeep_sound(key), guest_id FROM search_names
    WHERE substr(key, 1, 1) <> '~' AND innkeep_sound(key) IS NOT NULL;

CREATE INDEX stays_room ON stays(room COLLATE NOCASE, arrival) WHERE room <> '';
