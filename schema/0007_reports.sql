-- S113 Register, schema 7: Joint Staff Forum meetings and the review packs
-- issued to them (src/reports/ForumStore.h).
--
-- A meeting reads the register as at its date, as recorded by `cutoff` (an
-- ISO UTC timestamp: the end of the meeting day, or the moment the pack was
-- issued when that came first). The changes a pack lists are the audit-log
-- entries after the previous meeting's cutoff and up to this one.
--
-- An issued pack is frozen: document_json holds the whole report as it was
-- issued, and later edits to the register never change it. Rows are only
-- inserted. Portable: SQLite 3.40 and PostgreSQL 15.

CREATE TABLE forum_meetings (
  meeting_date TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  cutoff TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
);

CREATE TABLE forum_packs (
  meeting_date TEXT PRIMARY KEY REFERENCES forum_meetings(meeting_date),
  issued_at TEXT NOT NULL,
  issued_by TEXT NOT NULL,
  document_json TEXT NOT NULL
);
