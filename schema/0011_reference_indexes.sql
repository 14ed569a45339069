-- S113 Register, schema 11: indexes on the reference columns the register
-- looks records up by, so that each lookup reads only the rows it needs
-- instead of the whole versions table: the contracts on a post (every
-- decision reads the post's holders), the joint posts a contract holds (a
-- placement that ends), the recharge agreements covering a record (a
-- deletion). Placements by contract, contracts by person and meeting items by
-- meeting have theirs already (schemas 1, 4 and 9).

CREATE INDEX contracts_versions_post ON contracts_versions (post);
CREATE INDEX joint_posts_versions_holder_contract ON joint_posts_versions (holder_contract);
CREATE INDEX recharge_agreements_versions_covers_ref ON recharge_agreements_versions (covers_ref);
