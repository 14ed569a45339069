-- 0002_protocol.sql: the HR protocol as data (docs/domain.md, "The HR
-- protocol: choosing the employer of a post"). protocol_versions holds one row per
-- version, protocol_rules its rules in order of position. A version is never
-- edited once saved: an admin edit saves a new version. params is the text
-- form of src/protocol/RuleParams.h (key=value pairs joined by semicolons, keys sorted).
-- Seeds version 1, the default protocol, exactly as defaultProtocol() builds
-- it (tests/protocol/SchemaSeedTest.cpp checks this).
-- Portable: SQLite and PostgreSQL, plain TEXT/INTEGER, no triggers.

CREATE TABLE protocol_versions (version INTEGER PRIMARY KEY, name TEXT NOT NULL, created_on TEXT NOT NULL, created_by TEXT NOT NULL, note TEXT NOT NULL DEFAULT '');

CREATE TABLE protocol_rules (version INTEGER NOT NULL REFERENCES protocol_versions(version), position INTEGER NOT NULL CHECK (position > 0), rule_kind TEXT NOT NULL, enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)), params TEXT NOT NULL DEFAULT '', title TEXT NOT NULL, source TEXT NOT NULL, PRIMARY KEY (version, position));

INSERT INTO protocol_versions (version, name, created_on, created_by, note) VALUES (1, 'Default protocol (B&NES Joint Working Framework 2013)', '2013-04-01', 'schema', 'Seeded from the default protocol and the B&NES guidelines for choosing the employer of new posts');

INSERT INTO protocol_rules (version, position, rule_kind, enabled, params, title, source) VALUES (1, 1, 'statutory_office', 1, 'DASS=council;DCS=council;DPH=council;HEAD_OF_PAID_SERVICE=council;NHS_ACCOUNTABLE_OFFICER=nhs;S151=council', 'Statutory office', 'LASSA 1970 s6; statutory guidance on the DASS; Children Act 2004 s18 (DCS); LGA 1972 s151; LGHA 1989 s4 (head of paid service); NHS Act 2006 s73A (DPH)');
INSERT INTO protocol_rules (version, position, rule_kind, enabled, params, title, source) VALUES (1, 2, 'designated_post', 1, '', 'Designated post', 'B&NES Joint Working Framework 2013, S113 agreement: posts designated to one partner');
INSERT INTO protocol_rules (version, position, rule_kind, enabled, params, title, source) VALUES (1, 3, 'existing_staff', 1, '', 'Existing staff keep their employer', 'B&NES Joint Working Framework 2013, HR framework; LGA 1972 s113 (no transfer of employment)');
INSERT INTO protocol_rules (version, position, rule_kind, enabled, params, title, source) VALUES (1, 4, 'replacement', 1, '', 'Replacement', 'B&NES Joint Working Framework 2013, guidelines for new posts (replacing staff)');
INSERT INTO protocol_rules (version, position, rule_kind, enabled, params, title, source) VALUES (1, 5, 'majority_of_functions', 1, 'threshold_bp=5000', 'Majority of functions', 'B&NES Joint Working Framework 2013, guidelines for new posts');
INSERT INTO protocol_rules (version, position, rule_kind, enabled, params, title, source) VALUES (1, 6, 'professional_fit', 1, 'allied_health=nhs;medical=nhs;nursing=nhs;social_work=council', 'Professional fit', 'B&NES Joint Working Framework 2013, guidelines for new posts');
INSERT INTO protocol_rules (version, position, rule_kind, enabled, params, title, source) VALUES (1, 7, 'pension_protection', 1, 'NHSPS=nhs', 'Pension protection', 'B&NES Joint Working Framework 2013, guidelines for new posts; LGA 1972 s113');
INSERT INTO protocol_rules (version, position, rule_kind, enabled, params, title, source) VALUES (1, 8, 'unresolved', 1, '', 'Unresolved: refer to the joint HR group', 'B&NES Joint Working Framework 2013, guidelines for new posts (referral to the joint HR group)');
