-- S113 Register, schema 10: money that finance can reconcile.
-- Portable SQL (SQLite 3.40 and PostgreSQL 15). Never edit once landed. The
-- dialect files of the same number let a proposed post leave its employer and
-- host blank until its decision.

-- The day of the month an agreement's pay is paid (employer NI follows the
-- rates in force on it); NULL: the last day of the month.
ALTER TABLE recharge_agreements_versions ADD COLUMN pay_day INTEGER
  CHECK (pay_day >= 1 AND pay_day <= 31);

-- A cost-sharing agreement: one cost incurred by the payee, shared among two
-- or more partners (the payee's own part included) by percentages or by a
-- driver's counts, written in `parts` as "CODE:number;CODE:number" (see
-- src/domain/RechargeParts.h). The other columns are those of
-- recharge_agreements_versions, with the same meaning.
CREATE TABLE cost_sharing_agreements (
  ref TEXT PRIMARY KEY
);

CREATE TABLE cost_sharing_agreements_versions (
  ref TEXT NOT NULL REFERENCES cost_sharing_agreements(ref),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  payee TEXT NOT NULL REFERENCES partners(code),
  split_by TEXT NOT NULL CHECK (split_by IN ('percentage', 'headcount', 'fte', 'population',
    'other_count')),
  parts TEXT NOT NULL,
  covers_kind TEXT NOT NULL CHECK (covers_kind IN ('post', 'contract', 'placement', 'joint_post',
    'single_manager_contract', 'other')),
  covers_ref TEXT,
  description TEXT NOT NULL,
  basis TEXT NOT NULL CHECK (basis IN ('actual_cost', 'fixed_annual', 'fixed_total')),
  cost_contract TEXT REFERENCES contracts(ref),
  annual_cost BIGINT CHECK (annual_cost >= 0),
  fixed_annual BIGINT CHECK (fixed_annual >= 0),
  fixed_total BIGINT CHECK (fixed_total >= 0),
  phasing TEXT,
  on_costs TEXT NOT NULL CHECK (on_costs IN ('none', 'flat', 'itemised')),
  on_cost_rate INTEGER CHECK (on_cost_rate >= 0 AND on_cost_rate <= 10000),
  pension_rate INTEGER CHECK (pension_rate >= 0 AND pension_rate <= 10000),
  levy_rate INTEGER CHECK (levy_rate >= 0 AND levy_rate <= 10000),
  pay_day INTEGER CHECK (pay_day >= 1 AND pay_day <= 31),
  part_period TEXT NOT NULL CHECK (part_period IN ('calendar_day', 'monthly', 'working_day')),
  frequency TEXT NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'annual')),
  vat TEXT NOT NULL CHECK (vat IN ('outside_scope', 'standard', 'exempt')),
  vat_confirmed INTEGER NOT NULL CHECK (vat_confirmed IN (0, 1)),
  netting_allowed INTEGER NOT NULL CHECK (netting_allowed IN (0, 1)),
  start_date TEXT NOT NULL,
  end_date TEXT,
  CHECK (end_date IS NULL OR end_date >= start_date),
  PRIMARY KEY (ref, version)
);

CREATE INDEX cost_sharing_agreements_versions_asat
  ON cost_sharing_agreements_versions (valid_from, ref);
