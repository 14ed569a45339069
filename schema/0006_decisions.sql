-- S113 Register, schema 6: recorded employer decisions (docs/domain.md,
-- "Decision"). One row per decision taken on a post with the HR protocol: the
-- facts it used (inputs_json), the protocol version, every rule evaluated
-- (trace_json, the shape of src/protocol/DecisionJson.h), the outcome (NULL =
-- refer to the joint HR group), the rule that decided, and an override of the
-- outcome with its reason. decided_by is the acting user who recorded it.
--
-- Append-only like the audit log: src/storage/DecisionStore only inserts. A
-- changed view is recorded as a new decision on the same post, numbered
-- post_decision_no 1, 2, 3 and keyed decision_key = D-POST-N.
-- Portable: SQLite 3.40 and PostgreSQL 15, plain TEXT/INTEGER, no triggers.

CREATE TABLE decisions (
  decision_key TEXT PRIMARY KEY,
  post_ref TEXT NOT NULL REFERENCES posts(ref),
  post_decision_no INTEGER NOT NULL CHECK (post_decision_no > 0),
  proposal_kind TEXT NOT NULL CHECK (proposal_kind IN ('new_post', 'reorganisation', 'replacement')),
  protocol_version INTEGER NOT NULL REFERENCES protocol_versions(version),
  protocol_name TEXT NOT NULL,
  inputs_json TEXT NOT NULL,
  trace_json TEXT NOT NULL,
  outcome_employer TEXT REFERENCES partners(code),
  s113_placement_to TEXT REFERENCES partners(code),
  deciding_rule_position INTEGER CHECK (deciding_rule_position IS NULL OR deciding_rule_position > 0),
  deciding_rule_kind TEXT,
  override_employer TEXT REFERENCES partners(code),
  override_reason TEXT,
  decided_by TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  forum_consulted_on TEXT,
  CHECK ((deciding_rule_position IS NULL) = (deciding_rule_kind IS NULL)),
  CHECK ((override_employer IS NULL AND override_reason IS NULL) OR (override_employer IS NOT NULL AND override_reason IS NOT NULL AND override_reason <> '')),
  UNIQUE (post_ref, post_decision_no)
);

CREATE INDEX decisions_decided_on ON decisions (decided_on);
