-- S113 Register, schema 10 (PostgreSQL part): a proposed post may leave its
-- employer and host blank until its decision (the domain requires both once
-- the post is past proposed).
ALTER TABLE posts_versions ALTER COLUMN employer DROP NOT NULL;
ALTER TABLE posts_versions ALTER COLUMN host DROP NOT NULL;
