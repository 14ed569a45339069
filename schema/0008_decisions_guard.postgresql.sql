-- S113 Register, schema 8 (PostgreSQL): recorded decisions are append-only
-- like the audit log. An override is a new decision, never an edit of an old one.
CREATE FUNCTION decisions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'recorded decisions are append-only';
END;
$$;

CREATE TRIGGER decisions_no_update BEFORE UPDATE OR DELETE ON decisions
  FOR EACH ROW EXECUTE FUNCTION decisions_refuse_change();

CREATE TRIGGER decisions_no_truncate BEFORE TRUNCATE ON decisions
  FOR EACH STATEMENT EXECUTE FUNCTION decisions_refuse_change();
