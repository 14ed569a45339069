-- S113 Register, schema 10 (SQLite part): a proposed post may leave its
-- employer and host blank until its decision (the domain requires both once
-- the post is past proposed). SQLite cannot drop NOT NULL, so the versions
-- table is rebuilt with the same columns, rows and index; nothing refers to it.
CREATE TABLE posts_versions_0010 (
  ref TEXT NOT NULL REFERENCES posts(ref),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  title TEXT NOT NULL,
  grade TEXT,
  fte INTEGER NOT NULL CHECK (fte > 0 AND fte <= 10000),
  employer TEXT REFERENCES partners(code),
  host TEXT REFERENCES partners(code),
  kind TEXT NOT NULL CHECK (kind IN ('single', 's113', 'joint', 'single_manager')),
  statutory_role TEXT NOT NULL CHECK (statutory_role IN ('none', 'DASS', 'DCS', 'DPH', 'S151',
    'HEAD_OF_PAID_SERVICE', 'NHS_ACCOUNTABLE_OFFICER')),
  registration TEXT NOT NULL CHECK (registration IN ('none', 'social_work', 'nursing',
    'allied_health', 'medical')),
  designated_employer TEXT REFERENCES partners(code),
  functional_split TEXT,
  line_manager TEXT REFERENCES posts(ref),
  status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'vacant', 'filled', 'frozen',
    'deleted')),
  agreement TEXT REFERENCES agreements(ref),
  PRIMARY KEY (ref, version)
);

INSERT INTO posts_versions_0010 SELECT * FROM posts_versions;
DROP TABLE posts_versions;
ALTER TABLE posts_versions_0010 RENAME TO posts_versions;
CREATE INDEX posts_versions_asat ON posts_versions (valid_from, ref);
