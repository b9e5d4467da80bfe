-- SPDX-FileCopyrightText: 2026 Innkeep contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: what the analyser found in each feedback entry (sentiment, language, topics), and the
-- staff's corrections of it, which override it and teach it for this venue. See docs/analysis.md.
-- The analyser's columns are derived data, rewritten by re-analysis; the corrected_* columns and the
-- staff-* topic rows are the staff's and are never overwritten by the analyser.
ALTER TABLE feedback ADD COLUMN sentiment REAL CHECK (sentiment BETWEEN -1 AND 1); -- NULL = not analysed
ALTER TABLE feedback ADD COLUMN sentiment_label TEXT NOT NULL DEFAULT ''
    CHECK (sentiment_label IN ('', 'positive', 'negative', 'neutral', 'mixed'));
ALTER TABLE feedback ADD COLUMN detected_language TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN analyser_version INTEGER NOT NULL DEFAULT 0; -- 0 = not analysed
ALTER TABLE feedback ADD COLUMN corrected_label TEXT NOT NULL DEFAULT ''
    CHECK (corrected_label IN ('', 'positive', 'negative', 'neutral', 'mixed'));
ALTER TABLE feedback ADD COLUMN corrected_by TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN corrected_at INTEGER;
CREATE INDEX feedback_analyser_version ON feedback(analyser_version);

-- The topics of an entry: the analyser's findings (score, evidence = JSON array of the words as
-- written), and the topics staff added or removed (score 0, evidence '[]').
CREATE TABLE feedback_topics (
    id          INTEGER PRIMARY KEY,
    feedback_id INTEGER NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
    topic       TEXT NOT NULL,
    score       REAL NOT NULL DEFAULT 0 CHECK (score BETWEEN -1 AND 1),
    evidence    TEXT NOT NULL DEFAULT '[]',
    origin      TEXT NOT NULL CHECK (origin IN ('analyser', 'staff-added', 'staff-removed')),
    UNIQUE (feedback_id, topic, origin)
);
CREATE INDEX feedback_topics_topic ON feedback_topics(topic, feedback_id);

-- Unanswered feedback without a ticket whose sentiment is at or under this needs attention.
INSERT INTO venue_settings(key, value) VALUES ('feedback.sentiment_threshold', '-0.35');
