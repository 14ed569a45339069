-- S113 Register, schema 12: payroll (docs/payroll.md). A contract records
-- the person's staff or assignment number on the employer's payroll; a
-- payroll profile says how to read one employer's payroll extract; imported
-- pay holds one row per person per pay period read from such an extract.
-- Versioned records like every entity (identity + versions, as in schema 1);
-- src/domain/PayrollCatalog.cpp describes the fields. Money is BIGINT pence,
-- FTE INTEGER ten-thousandths. Portable SQL (SQLite 3.40 and PostgreSQL 15).
-- A payroll number is unique per employer among live contracts: the services
-- check it (a version table holds every past state, so no unique index can).

ALTER TABLE contracts_versions ADD COLUMN payroll_number TEXT;

CREATE TABLE payroll_profiles (
  name TEXT PRIMARY KEY
);

CREATE TABLE payroll_profiles_versions (
  name TEXT NOT NULL REFERENCES payroll_profiles(name),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  employer TEXT NOT NULL REFERENCES partners(code),
  description TEXT,
  staff_number_column TEXT NOT NULL,
  name_column TEXT,
  period_column TEXT,
  period_start_column TEXT,
  period_end_column TEXT,
  gross_pay_column TEXT NOT NULL,
  fte_column TEXT,
  date_format TEXT NOT NULL CHECK (date_format IN ('yyyy-mm-dd', 'dd/mm/yyyy', 'dd-mon-yyyy',
    'mm/yyyy', 'yyyy-mm', 'yyyymm')),
  PRIMARY KEY (name, version)
);

CREATE TABLE payroll_pay (
  ref TEXT PRIMARY KEY
);

CREATE TABLE payroll_pay_versions (
  ref TEXT NOT NULL REFERENCES payroll_pay(ref),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  profile TEXT NOT NULL REFERENCES payroll_profiles(name),
  employer TEXT NOT NULL REFERENCES partners(code),
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  staff_number TEXT NOT NULL,
  name TEXT,
  gross_pay BIGINT NOT NULL,
  fte INTEGER CHECK (fte IS NULL OR (fte >= 0 AND fte <= 10000)),
  contract TEXT REFERENCES contracts(ref),
  source TEXT,
  CHECK (period_end >= period_start),
  PRIMARY KEY (ref, version)
);

CREATE INDEX contracts_versions_payroll_number ON contracts_versions (payroll_number);
CREATE INDEX payroll_profiles_versions_asat ON payroll_profiles_versions (valid_from, name);
CREATE INDEX payroll_pay_versions_asat ON payroll_pay_versions (valid_from, ref);
