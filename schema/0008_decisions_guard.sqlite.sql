-- S113 Register, schema 8 (SQLite): recorded decisions are append-only like
-- the audit log. An override is a new decision, never an edit of an old one.
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
BEGIN
  SELECT RAISE(ABORT, 'recorded decisions are append-only');
END;

CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
BEGIN
  SELECT RAISE(ABORT, 'recorded decisions are append-only');
END;
