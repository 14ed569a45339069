-- S113 Register, schema 5: recharges (docs/domain.md "Money", "Recharge agreement").
-- Portable SQL (SQLite 3.40 and PostgreSQL 15). Never edit once landed.
-- Same pattern as 0001: an identity table per entity and a versions table
-- holding every state it has had (see src/domain/RechargeCatalog.cpp).
-- Money is BIGINT pence, rates and shares INTEGER basis points (10000 = 100%).

-- The employer (secondary Class 1) National Insurance table, effective-dated:
-- a row holds from from_date until the next row starts. Rows start on 6 April,
-- the first day of the tax year.
CREATE TABLE ni_rates (
  from_date TEXT PRIMARY KEY
);

CREATE TABLE ni_rates_versions (
  from_date TEXT NOT NULL REFERENCES ni_rates(from_date),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  rate INTEGER NOT NULL CHECK (rate >= 0 AND rate <= 10000),
  secondary_threshold BIGINT NOT NULL CHECK (secondary_threshold >= 0),
  source TEXT,
  PRIMARY KEY (from_date, version)
);

-- A recharge agreement. What it covers is a kind and a reference without a
-- foreign key (placements, joint posts and single-manager contracts live in
-- other tables); the services check post and contract references.
CREATE TABLE recharge_agreements (
  ref TEXT PRIMARY KEY
);

CREATE TABLE recharge_agreements_versions (
  ref TEXT NOT NULL REFERENCES recharge_agreements(ref),
  version INTEGER NOT NULL CHECK (version > 0),
  valid_from TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  payer TEXT NOT NULL REFERENCES partners(code),
  payee TEXT NOT NULL REFERENCES partners(code),
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
  share INTEGER NOT NULL CHECK (share > 0 AND share <= 10000),
  on_costs TEXT NOT NULL CHECK (on_costs IN ('none', 'flat', 'itemised')),
  on_cost_rate INTEGER CHECK (on_cost_rate >= 0 AND on_cost_rate <= 10000),
  pension_rate INTEGER CHECK (pension_rate >= 0 AND pension_rate <= 10000),
  levy_rate INTEGER CHECK (levy_rate >= 0 AND levy_rate <= 10000),
  part_period TEXT NOT NULL CHECK (part_period IN ('calendar_day', 'monthly', 'working_day')),
  frequency TEXT NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'annual')),
  vat TEXT NOT NULL CHECK (vat IN ('outside_scope', 'standard', 'exempt')),
  vat_confirmed INTEGER NOT NULL CHECK (vat_confirmed IN (0, 1)),
  netting_allowed INTEGER NOT NULL CHECK (netting_allowed IN (0, 1)),
  start_date TEXT NOT NULL,
  end_date TEXT,
  CHECK (payer <> payee),
  CHECK (end_date IS NULL OR end_date >= start_date),
  PRIMARY KEY (ref, version)
);

CREATE INDEX ni_rates_versions_asat ON ni_rates_versions (valid_from, from_date);
CREATE INDEX recharge_agreements_versions_asat ON recharge_agreements_versions (valid_from, ref);

-- Seed: HMRC employer rates and annual secondary thresholds from 2012/13
-- (2012/13 covers 1-5 April 2013, the start of financial year 2013/14).
-- 2022/23 changed mid-year: 15.05% (Health and Social Care Levy) until
-- 5 November 2022, 13.8% from 6 November 2022. Each row takes effect on its
-- own date, recorded by 'schema'.
INSERT INTO ni_rates (from_date) VALUES ('2012-04-06');
INSERT INTO ni_rates (from_date) VALUES ('2013-04-06');
INSERT INTO ni_rates (from_date) VALUES ('2014-04-06');
INSERT INTO ni_rates (from_date) VALUES ('2015-04-06');
INSERT INTO ni_rates (from_date) VALUES ('2016-04-06');
INSERT INTO ni_rates (from_date) VALUES ('2017-04-06');
INSERT INTO ni_rates (from_date) VALUES ('2018-04-06');
INSERT INTO ni_rates (from_date) VALUES ('2019-04-06');
INSERT INTO ni_rates (from_date) VALUES ('2020-04-06');
INSERT INTO ni_rates (from_date) VALUES ('2021-04-06');
INSERT INTO ni_rates (from_date) VALUES ('2022-04-06');
INSERT INTO ni_rates (from_date) VALUES ('2022-11-06');
INSERT INTO ni_rates (from_date) VALUES ('2023-04-06');
INSERT INTO ni_rates (from_date) VALUES ('2024-04-06');
INSERT INTO ni_rates (from_date) VALUES ('2025-04-06');

INSERT INTO ni_rates_versions (from_date, version, valid_from, recorded_at, recorded_by, deleted, rate, secondary_threshold, source) VALUES ('2012-04-06', 1, '2012-04-06', '2012-04-06T00:00:00Z', 'schema', 0, 1380, 748800, 'HMRC rates and thresholds 2012/13: 13.8% over 144 a week');
INSERT INTO ni_rates_versions (from_date, version, valid_from, recorded_at, recorded_by, deleted, rate, secondary_threshold, source) VALUES ('2013-04-06', 1, '2013-04-06', '2013-04-06T00:00:00Z', 'schema', 0, 1380, 769600, 'HMRC rates and thresholds 2013/14: 13.8% over 148 a week');
INSERT INTO ni_rates_versions (from_date, version, valid_from, recorded_at, recorded_by, deleted, rate, secondary_threshold, source) VALUES ('2014-04-06', 1, '2014-04-06', '2014-04-06T00:00:00Z', 'schema', 0, 1380, 795600, 'HMRC rates and thresholds 2014/15: 13.8% over 153 a week');
INSERT INTO ni_rates_versions (from_date, version, valid_from, recorded_at, recorded_by, deleted, rate, secondary_threshold, source) VALUES ('2015-04-06', 1, '2015-04-06', '2015-04-06T00:00:00Z', 'schema', 0, 1380, 811200, 'HMRC rates and thresholds 2015/16: 13.8% over 156 a week');
INSERT INTO ni_rates_versions (from_date, version, valid_from, recorded_at, recorded_by, deleted, rate, secondary_threshold, source) VALUES ('2016-04-06', 1, '2016-04-06', '2016-04-06T00:00:00Z', 'schema', 0, 1380, 811200, 'HMRC rates and thresholds 2016/17: 13.8% over 156 a week');
INSERT INTO ni_rates_versions (from_date, version, valid_from, recorded_at, recorded_by, deleted, rate, secondary_threshold, source) VALUES ('2017-04-06', 1, '2017-04-06', '2017-04-06T00:00:00Z', 'schema', 0, 1380, 816400, 'HMRC rates and thresholds 2017/18: 13.8% over 157 a week');
INSERT INTO ni_rates_versions (from_date, version, valid_from, recorded_at, recorded_by, deleted, rate, secondary_threshold, source) VALUES ('2018-04-06', 1, '2018-04-06', '2018-04-06T00:00:00Z', 'schema', 0, 1380, 842400, 'HMRC rates and thresholds 2018/19: 13.8% over 162 a week');
INSERT INTO ni_rates_versions (from_date, version, valid_from, recorded_at, recorded_by, deleted, rate, secondary_threshold, source) VALUES ('2019-04-06', 1, '2019-04-06', '2019-04-06T00:00:00Z', 'schema', 0, 1380, 863200, 'HMRC rates and thresholds 2019/20: 13.8% over 166 a week');
INSERT INTO ni_rates_versions (from_date, version, valid_from, recorded_at, recorded_by, deleted, rate, secondary_threshold, source) VALUES ('2020-04-06', 1, '2020-04-06', '2020-04-06T00:00:00Z', 'schema', 0, 1380, 878800, 'HMRC rates and thresholds 2020/21: 13.8% over 169 a week');
INSERT INTO ni_rates_versions (from_date, version, valid_from, recorded_at, recorded_by, deleted, rate, secondary_threshold, source) VALUES ('2021-04-06', 1, '2021-04-06', '2021-04-06T00:00:00Z', 'schema', 0, 1380, 884000, 'HMRC rates and thresholds 2021/22: 13.8% over 170 a week');
INSERT INTO ni_rates_versions (from_date, version, valid_from, recorded_at, recorded_by, deleted, rate, secondary_threshold, source) VALUES ('2022-04-06', 1, '2022-04-06', '2022-04-06T00:00:00Z', 'schema', 0, 1505, 910000, 'HMRC rates and thresholds 2022/23: 15.05% (Health and Social Care Levy) over 175 a week');
INSERT INTO ni_rates_versions (from_date, version, valid_from, recorded_at, recorded_by, deleted, rate, secondary_threshold, source) VALUES ('2022-11-06', 1, '2022-11-06', '2022-11-06T00:00:00Z', 'schema', 0, 1380, 910000, 'HMRC 2022/23 from 6 November 2022: the levy reversed, 13.8% over 175 a week');
INSERT INTO ni_rates_versions (from_date, version, valid_from, recorded_at, recorded_by, deleted, rate, secondary_threshold, source) VALUES ('2023-04-06', 1, '2023-04-06', '2023-04-06T00:00:00Z', 'schema', 0, 1380, 910000, 'HMRC rates and thresholds 2023/24: 13.8% over 175 a week');
INSERT INTO ni_rates_versions (from_date, version, valid_from, recorded_at, recorded_by, deleted, rate, secondary_threshold, source) VALUES ('2024-04-06', 1, '2024-04-06', '2024-04-06T00:00:00Z', 'schema', 0, 1380, 910000, 'HMRC rates and thresholds 2024/25: 13.8% over 175 a week');
INSERT INTO ni_rates_versions (from_date, version, valid_from, recorded_at, recorded_by, deleted, rate, secondary_threshold, source) VALUES ('2025-04-06', 1, '2025-04-06', '2025-04-06T00:00:00Z', 'schema', 0, 1500, 500000, 'HMRC rates and thresholds 2025/26: 15% over 96 a week');
