-- S113 Register, schema 15: who holds which role (docs/security.md). One row
-- per login name and role; a login may hold several roles. The user who
-- creates a register is recorded as its admin; a register with no row here
-- (one made before roles existed) treats whoever opens it as admin until an
-- admin grants the first role. Revoking a role deletes its row; every grant
-- and revocation is also written to the audit log (entity 'role').
CREATE TABLE roles (
  login TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('hr_editor', 'forum_reviewer', 'finance', 'admin')),
  granted_by TEXT NOT NULL,
  granted_at TEXT NOT NULL,
  PRIMARY KEY (login, role)
);

-- The audit log as a user who may not read salaries and personal notes sees
-- it: the old and new values of those fields blanked (the same fields as
-- domain/Roles.cpp names; a test keeps the two lists together). On
-- PostgreSQL the forum reviewer role may read this view, not the log itself.
CREATE VIEW audit_log_redacted AS
SELECT seq, at, actor, entity, record_key, version, field,
       CASE WHEN (entity = 'contract' AND field = 'annual_salary') OR (entity = 'payroll_pay' AND field = 'gross_pay')
                 OR (entity = 'person' AND field = 'notes') THEN '' ELSE old_value END AS old_value,
       CASE WHEN (entity = 'contract' AND field = 'annual_salary') OR (entity = 'payroll_pay' AND field = 'gross_pay')
                 OR (entity = 'person' AND field = 'notes') THEN '' ELSE new_value END AS new_value
FROM audit_log;
