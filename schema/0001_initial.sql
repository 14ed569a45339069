-- S113 Register, schema 1: the core records.
-- Portable SQL (SQLite 3.40 and PostgreSQL 15). Never edit once landed: add a
-- new numbered file instead.
--
-- Every entity has an identity table (its immutable key, what foreign keys
-- point at) and a versions table holding every state it has had. A version
-- takes effect on valid_from (the effective date) and was written at
-- recorded_at by recorded_by; the register "as at" a date D shows, per key,
-- the highest version with valid_from <= D. A write names the version it was
-- based on; the primary key (key, version) makes two writers based on the same
-- version collide instead of overwriting each other. deleted = 1 is a
-- tombstone: nothing is ever removed.

CREATE TABLE partners (
  code TEXT PRIMARY KEY
);

CREATE TABLE partners_versions (
  code TEXT NOT NULL REFERENCES partners(code),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('council', 'nhs')),
  nation TEXT NOT NULL CHECK (nation IN ('england', 'scotland')),
  successor TEXT REFERENCES partners(code),
  PRIMARY KEY (code, version)
);

CREATE TABLE agreements (
  ref TEXT PRIMARY KEY
);

CREATE TABLE agreements_versions (
  ref TEXT NOT NULL REFERENCES agreements(ref),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  title TEXT NOT NULL,
  party_a TEXT NOT NULL REFERENCES partners(code),
  party_b TEXT NOT NULL REFERENCES partners(code),
  legal_basis TEXT NOT NULL,
  in_force_from TEXT NOT NULL,
  in_force_to TEXT,
  next_review TEXT,
  notice_months INTEGER NOT NULL CHECK (notice_months >= 0),
  protocol_version INTEGER NOT NULL,
  party_a_approved_by TEXT,
  party_a_approved_on TEXT,
  party_b_approved_by TEXT,
  party_b_approved_on TEXT,
  CHECK (party_a <> party_b),
  CHECK (in_force_to IS NULL OR in_force_to >= in_force_from),
  PRIMARY KEY (ref, version)
);

CREATE TABLE posts (
  ref TEXT PRIMARY KEY
);

CREATE TABLE posts_versions (
  ref TEXT NOT NULL REFERENCES posts(ref),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  title TEXT NOT NULL,
  grade TEXT,
  fte INTEGER NOT NULL CHECK (fte > 0 AND fte <= 10000),
  employer TEXT NOT NULL REFERENCES partners(code),
  host TEXT NOT NULL REFERENCES partners(code),
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

CREATE TABLE people (
  ref TEXT PRIMARY KEY
);

CREATE TABLE people_versions (
  ref TEXT NOT NULL REFERENCES people(ref),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  name TEXT NOT NULL,
  notes TEXT,
  PRIMARY KEY (ref, version)
);

CREATE TABLE contracts (
  ref TEXT PRIMARY KEY
);

CREATE TABLE contracts_versions (
  ref TEXT NOT NULL REFERENCES contracts(ref),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  person TEXT NOT NULL REFERENCES people(ref),
  employer TEXT NOT NULL REFERENCES partners(code),
  post TEXT REFERENCES posts(ref),
  fte INTEGER NOT NULL CHECK (fte > 0 AND fte <= 10000),
  annual_salary BIGINT NOT NULL CHECK (annual_salary >= 0),
  pay_framework TEXT NOT NULL CHECK (pay_framework IN ('NJC', 'JNC', 'AfC', 'VSM')),
  pension_scheme TEXT NOT NULL CHECK (pension_scheme IN ('LGPS', 'NHSPS', 'none')),
  start_date TEXT NOT NULL,
  end_date TEXT,
  CHECK (end_date IS NULL OR end_date >= start_date),
  PRIMARY KEY (ref, version)
);

-- "As at" queries look up versions by key and effective date.
CREATE INDEX partners_versions_asat ON partners_versions (valid_from, code);
CREATE INDEX agreements_versions_asat ON agreements_versions (valid_from, ref);
CREATE INDEX posts_versions_asat ON posts_versions (valid_from, ref);
CREATE INDEX people_versions_asat ON people_versions (valid_from, ref);
CREATE INDEX contracts_versions_asat ON contracts_versions (valid_from, ref);
CREATE INDEX contracts_versions_person ON contracts_versions (person);
