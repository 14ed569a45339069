-- S113 Register, schema 17: an index per versions table on (key, valid_from,
-- version), the order in which a record's version in force on a date is
-- found: among its versions with valid_from on or before the date, the one
-- with the latest valid_from, a later version winning a tie. With it a lookup
-- of one record as at a date (the forum pack's placement holder, a contract's
-- post) is one index probe on either backend, and PostgreSQL plans it so even
-- before it has statistics on the table (a register just imported). The
-- (valid_from, key) indexes of the earlier schemas are left as they are.
CREATE INDEX partners_versions_in_force ON partners_versions (code, valid_from, version);
CREATE INDEX agreements_versions_in_force ON agreements_versions (ref, valid_from, version);
CREATE INDEX posts_versions_in_force ON posts_versions (ref, valid_from, version);
CREATE INDEX people_versions_in_force ON people_versions (ref, valid_from, version);
CREATE INDEX contracts_versions_in_force ON contracts_versions (ref, valid_from, version);
CREATE INDEX placements_versions_in_force ON placements_versions (ref, valid_from, version);
CREATE INDEX single_manager_contracts_versions_in_force ON single_manager_contracts_versions (ref, valid_from, version);
CREATE INDEX joint_posts_versions_in_force ON joint_posts_versions (ref, valid_from, version);
CREATE INDEX structure_consultations_versions_in_force ON structure_consultations_versions (ref, valid_from, version);
CREATE INDEX conflicts_of_interest_versions_in_force ON conflicts_of_interest_versions (ref, valid_from, version);
CREATE INDEX disputes_versions_in_force ON disputes_versions (ref, valid_from, version);
CREATE INDEX ni_rates_versions_in_force ON ni_rates_versions (from_date, valid_from, version);
CREATE INDEX recharge_agreements_versions_in_force ON recharge_agreements_versions (ref, valid_from, version);
CREATE INDEX cost_sharing_agreements_versions_in_force ON cost_sharing_agreements_versions (ref, valid_from, version);
CREATE INDEX meetings_versions_in_force ON meetings_versions (ref, valid_from, version);
CREATE INDEX meeting_items_versions_in_force ON meeting_items_versions (ref, valid_from, version);
CREATE INDEX payroll_profiles_versions_in_force ON payroll_profiles_versions (name, valid_from, version);
CREATE INDEX payroll_pay_versions_in_force ON payroll_pay_versions (ref, valid_from, version);
