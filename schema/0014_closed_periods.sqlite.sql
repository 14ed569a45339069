-- S113 Register, schema 14 (SQLite): closed invoicing periods, the lines kept
-- exactly as invoiced, year-end true-ups and the agreements' ledger codes
-- (docs/money.md, "Closed periods"). The database itself refuses UPDATE and
-- DELETE on what was closed: a later change becomes an adjustment line in an
-- open period, never a rewrite.
-- The cost centre and ledger account of each side, recorded on the agreement
-- for the ledger journal of its invoices (a cost-sharing agreement records
-- the payee's; its payers' codes are their own ledgers' business).
ALTER TABLE recharge_agreements_versions ADD COLUMN payer_cost_centre TEXT;
ALTER TABLE recharge_agreements_versions ADD COLUMN payer_account TEXT;
ALTER TABLE recharge_agreements_versions ADD COLUMN payee_cost_centre TEXT;
ALTER TABLE recharge_agreements_versions ADD COLUMN payee_account TEXT;
ALTER TABLE cost_sharing_agreements_versions ADD COLUMN payee_cost_centre TEXT;
ALTER TABLE cost_sharing_agreements_versions ADD COLUMN payee_account TEXT;

-- A close: finance closed the invoicing periods of `year` that end on or
-- before `through`. audit_seq is the audit log's last entry when it closed:
-- the changes after it are the ones a later adjustment names.
CREATE TABLE recharge_closes (
  year TEXT NOT NULL,
  through TEXT NOT NULL,
  closed_at TEXT NOT NULL,
  closed_by TEXT NOT NULL,
  audit_seq BIGINT NOT NULL,
  PRIMARY KEY (year, through)
);

-- A year's true-up of actual-cost agreements against the pay imported.
CREATE TABLE recharge_true_ups (
  year TEXT PRIMARY KEY,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
);

-- Schedule lines kept as they were: book 'closed' holds every line of a
-- closed period exactly as invoiced (`through` names its close); book
-- 'true_up' the true-up lines recorded for a year (`through` holds the year
-- trued up). `year` is the financial year whose schedule shows the line.
-- Money is BIGINT pence.
CREATE TABLE recharge_kept_lines (
  book TEXT NOT NULL CHECK (book IN ('closed', 'true_up')),
  year TEXT NOT NULL,
  through TEXT NOT NULL,
  seq INTEGER NOT NULL,
  line_kind TEXT NOT NULL CHECK (line_kind IN ('charge', 'adjustment', 'true_up')),
  agreement TEXT NOT NULL,
  payer TEXT NOT NULL,
  payee TEXT NOT NULL,
  covers TEXT NOT NULL,
  share TEXT NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  active_start TEXT NOT NULL,
  active_end TEXT NOT NULL,
  days INTEGER NOT NULL,
  weekdays INTEGER NOT NULL,
  invoice_date TEXT NOT NULL,
  pay BIGINT NOT NULL,
  employer_ni BIGINT NOT NULL,
  pension BIGINT NOT NULL,
  apprenticeship_levy BIGINT NOT NULL,
  flat_on_costs BIGINT NOT NULL,
  vat BIGINT NOT NULL,
  vat_treatment TEXT NOT NULL,
  vat_confirmed INTEGER NOT NULL CHECK (vat_confirmed IN (0, 1)),
  invoiced INTEGER NOT NULL CHECK (invoiced IN (0, 1)),
  netting_allowed INTEGER NOT NULL CHECK (netting_allowed IN (0, 1)),
  adjusts_start TEXT NOT NULL,
  adjusts_end TEXT NOT NULL,
  cause TEXT NOT NULL,
  payer_cost_centre TEXT NOT NULL,
  payer_account TEXT NOT NULL,
  payee_cost_centre TEXT NOT NULL,
  payee_account TEXT NOT NULL,
  PRIMARY KEY (book, year, through, seq)
);

CREATE INDEX recharge_kept_lines_year ON recharge_kept_lines (year, book);

CREATE TRIGGER recharge_closes_no_update BEFORE UPDATE ON recharge_closes
BEGIN
  SELECT RAISE(ABORT, 'closed recharges are kept as they were');
END;

CREATE TRIGGER recharge_closes_no_delete BEFORE DELETE ON recharge_closes
BEGIN
  SELECT RAISE(ABORT, 'closed recharges are kept as they were');
END;

CREATE TRIGGER recharge_true_ups_no_update BEFORE UPDATE ON recharge_true_ups
BEGIN
  SELECT RAISE(ABORT, 'closed recharges are kept as they were');
END;

CREATE TRIGGER recharge_true_ups_no_delete BEFORE DELETE ON recharge_true_ups
BEGIN
  SELECT RAISE(ABORT, 'closed recharges are kept as they were');
END;

CREATE TRIGGER recharge_kept_lines_no_update BEFORE UPDATE ON recharge_kept_lines
BEGIN
  SELECT RAISE(ABORT, 'closed recharges are kept as they were');
END;

CREATE TRIGGER recharge_kept_lines_no_delete BEFORE DELETE ON recharge_kept_lines
BEGIN
  SELECT RAISE(ABORT, 'closed recharges are kept as they were');
END;
