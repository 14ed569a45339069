-- S113 Register, schema 4: the arrangements (issue 3). S113 placements and
-- secondments, single-manager contracts (both routes of the Scottish Practical
-- Advice), joint posts, consultations on a change to the management structure
-- of an S113 post, conflicts of interest and disputes (B&NES Joint Working
-- Framework 2013, S113 agreement).
-- Portable SQL (SQLite 3.40 and PostgreSQL 15), the same identity + versions
-- pattern as schema 1: money BIGINT pence, percentages INTEGER basis points,
-- FTE and days per week INTEGER ten-thousandths, dates ISO TEXT, booleans
-- INTEGER 0/1. Rules that need other records (FTE sums, lifecycle order, the
-- agreement in force, the DASS holder) are checked by the services layer.

CREATE TABLE placements (
  ref TEXT PRIMARY KEY
);

CREATE TABLE placements_versions (
  ref TEXT NOT NULL REFERENCES placements(ref),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  kind TEXT NOT NULL CHECK (kind IN ('s113_placement', 'secondment')),
  contract TEXT NOT NULL REFERENCES contracts(ref),
  employer TEXT NOT NULL REFERENCES partners(code),
  receiving_partner TEXT NOT NULL REFERENCES partners(code),
  agreement TEXT NOT NULL REFERENCES agreements(ref),
  share_of_time INTEGER CHECK (share_of_time > 0 AND share_of_time <= 10000),
  days_per_week INTEGER CHECK (days_per_week > 0 AND days_per_week <= 50000),
  start_date TEXT NOT NULL,
  planned_end TEXT,
  next_review TEXT,
  officer_consulted_on TEXT,
  line_manager TEXT REFERENCES posts(ref),
  discipline_partner TEXT REFERENCES partners(code),
  return_to_post INTEGER CHECK (return_to_post IN (0, 1)),
  termination_notice_months INTEGER CHECK (termination_notice_months >= 0),
  status TEXT NOT NULL CHECK (status IN ('proposed', 'consulted', 'agreed', 'active', 'review_due',
    'extended', 'ended', 'terminated')),
  ended_on TEXT,
  termination_reason TEXT,
  CHECK (receiving_partner <> employer),
  CHECK (planned_end IS NULL OR planned_end >= start_date),
  PRIMARY KEY (ref, version)
);

CREATE TABLE single_manager_contracts (
  ref TEXT PRIMARY KEY
);

CREATE TABLE single_manager_contracts_versions (
  ref TEXT NOT NULL REFERENCES single_manager_contracts(ref),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  route TEXT NOT NULL CHECK (route IN ('employ_and_subcontract', 'secondment')),
  contract TEXT NOT NULL REFERENCES contracts(ref),
  post TEXT REFERENCES posts(ref),
  employer TEXT NOT NULL REFERENCES partners(code),
  other_partner TEXT NOT NULL REFERENCES partners(code),
  host_partner TEXT NOT NULL REFERENCES partners(code),
  agreement TEXT NOT NULL REFERENCES agreements(ref),
  placement TEXT REFERENCES placements(ref),
  annual_fee BIGINT CHECK (annual_fee >= 0),
  time_split TEXT NOT NULL,
  employer_budget BIGINT CHECK (employer_budget >= 0),
  other_partner_budget BIGINT CHECK (other_partner_budget >= 0),
  other_partner_may_end INTEGER NOT NULL CHECK (other_partner_may_end IN (0, 1)),
  end_notice_months INTEGER CHECK (end_notice_months >= 0),
  end_conditions TEXT,
  start_date TEXT NOT NULL,
  end_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'ended')),
  CHECK (other_partner <> employer),
  CHECK (end_date IS NULL OR end_date >= start_date),
  PRIMARY KEY (ref, version)
);

CREATE TABLE joint_posts (
  ref TEXT PRIMARY KEY
);

CREATE TABLE joint_posts_versions (
  ref TEXT NOT NULL REFERENCES joint_posts(ref),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  post TEXT NOT NULL REFERENCES posts(ref),
  agreement TEXT NOT NULL REFERENCES agreements(ref),
  council_partner TEXT NOT NULL REFERENCES partners(code),
  nhs_partner TEXT NOT NULL REFERENCES partners(code),
  council_role TEXT NOT NULL,
  council_statutory_role TEXT NOT NULL CHECK (council_statutory_role IN ('none', 'DASS', 'DCS', 'DPH',
    'S151', 'HEAD_OF_PAID_SERVICE', 'NHS_ACCOUNTABLE_OFFICER')),
  nhs_role TEXT NOT NULL,
  nhs_statutory_role TEXT NOT NULL CHECK (nhs_statutory_role IN ('none', 'DASS', 'DCS', 'DPH',
    'S151', 'HEAD_OF_PAID_SERVICE', 'NHS_ACCOUNTABLE_OFFICER')),
  holder_contract TEXT REFERENCES contracts(ref),
  lead_employer TEXT NOT NULL REFERENCES partners(code),
  cost_share TEXT NOT NULL,
  council_approved_by TEXT,
  council_approved_on TEXT,
  nhs_approved_by TEXT,
  nhs_approved_on TEXT,
  council_accountable_to TEXT,
  nhs_accountable_to TEXT,
  statutory_checks TEXT,
  statutory_checks_on TEXT,
  start_date TEXT NOT NULL,
  end_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'active', 'ended')),
  CHECK (council_partner <> nhs_partner),
  CHECK (end_date IS NULL OR end_date >= start_date),
  PRIMARY KEY (ref, version)
);

CREATE TABLE structure_consultations (
  ref TEXT PRIMARY KEY
);

CREATE TABLE structure_consultations_versions (
  ref TEXT NOT NULL REFERENCES structure_consultations(ref),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  post TEXT NOT NULL REFERENCES posts(ref),
  agreement TEXT NOT NULL REFERENCES agreements(ref),
  change_description TEXT NOT NULL,
  proposed_on TEXT NOT NULL,
  party_a_consulted_on TEXT,
  party_b_consulted_on TEXT,
  implemented_on TEXT,
  outcome TEXT,
  PRIMARY KEY (ref, version)
);

CREATE TABLE conflicts_of_interest (
  ref TEXT PRIMARY KEY
);

CREATE TABLE conflicts_of_interest_versions (
  ref TEXT NOT NULL REFERENCES conflicts_of_interest(ref),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  joint_post TEXT REFERENCES joint_posts(ref),
  single_manager_contract TEXT REFERENCES single_manager_contracts(ref),
  placement TEXT REFERENCES placements(ref),
  declared_by TEXT REFERENCES people(ref),
  declared_on TEXT NOT NULL,
  description TEXT NOT NULL,
  resolution TEXT,
  resolved_on TEXT,
  PRIMARY KEY (ref, version)
);

CREATE TABLE disputes (
  ref TEXT PRIMARY KEY
);

CREATE TABLE disputes_versions (
  ref TEXT NOT NULL REFERENCES disputes(ref),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  placement TEXT REFERENCES placements(ref),
  single_manager_contract TEXT REFERENCES single_manager_contracts(ref),
  joint_post TEXT REFERENCES joint_posts(ref),
  structure_consultation TEXT REFERENCES structure_consultations(ref),
  raised_by TEXT NOT NULL REFERENCES partners(code),
  raised_on TEXT NOT NULL,
  subject TEXT NOT NULL,
  stage TEXT NOT NULL CHECK (stage IN ('joint_hr_group', 'joint_committee', 'chief_executives',
    'arbitration')),
  stage_reached_on TEXT,
  outcome TEXT,
  resolved_on TEXT,
  PRIMARY KEY (ref, version)
);

-- "As at" queries by effective date; the FTE check finds a contract's placements.
CREATE INDEX placements_versions_asat ON placements_versions (valid_from, ref);
CREATE INDEX placements_versions_contract ON placements_versions (contract);
CREATE INDEX single_manager_contracts_versions_asat ON single_manager_contracts_versions (valid_from, ref);
CREATE INDEX joint_posts_versions_asat ON joint_posts_versions (valid_from, ref);
CREATE INDEX structure_consultations_versions_asat ON structure_consultations_versions (valid_from, ref);
CREATE INDEX conflicts_of_interest_versions_asat ON conflicts_of_interest_versions (valid_from, ref);
CREATE INDEX disputes_versions_asat ON disputes_versions (valid_from, ref);
