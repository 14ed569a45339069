-- S113 Register, schema 9: the Joint Staff Forum's own records (docs/domain.md,
-- "Forum meeting": date, members, items linked to records and decisions,
-- outcomes). Versioned records like every entity (identity + versions, as in
-- schema 1); src/domain/ForumCatalog.cpp describes the fields. The review
-- packs frozen for a meeting stay in forum_meetings/forum_packs (schema 7).
-- Portable SQL (SQLite 3.40 and PostgreSQL 15); a decision named by an item
-- is checked by the services layer (decisions are not versioned records).

CREATE TABLE meetings (
  ref TEXT PRIMARY KEY
);

CREATE TABLE meetings_versions (
  ref TEXT NOT NULL REFERENCES meetings(ref),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  meeting_date TEXT NOT NULL,
  title TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('planned', 'held', 'cancelled')),
  chair TEXT,
  management_members TEXT,
  union_members TEXT,
  notes TEXT,
  PRIMARY KEY (ref, version)
);

CREATE TABLE meeting_items (
  ref TEXT PRIMARY KEY
);

CREATE TABLE meeting_items_versions (
  ref TEXT NOT NULL REFERENCES meeting_items(ref),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  meeting TEXT NOT NULL REFERENCES meetings(ref),
  subject TEXT NOT NULL,
  post TEXT REFERENCES posts(ref),
  placement TEXT REFERENCES placements(ref),
  joint_post TEXT REFERENCES joint_posts(ref),
  single_manager_contract TEXT REFERENCES single_manager_contracts(ref),
  decision TEXT,
  outcome TEXT CHECK (outcome IS NULL OR outcome IN ('noted', 'agreed', 'agreed_with_changes',
    'not_agreed', 'deferred', 'referred')),
  outcome_notes TEXT,
  action TEXT,
  action_owner TEXT,
  action_due TEXT,
  action_done_on TEXT,
  PRIMARY KEY (ref, version)
);

CREATE INDEX meetings_versions_asat ON meetings_versions (valid_from, ref);
CREATE INDEX meeting_items_versions_asat ON meeting_items_versions (valid_from, ref);
CREATE INDEX meeting_items_versions_meeting ON meeting_items_versions (meeting);
