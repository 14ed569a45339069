-- Report "register": the SQL it runs (src/reports/RegisterReport.cpp loads
-- each query by name through src/reports/ReportSql.h). :as_at is the
-- effective date, YYYY-MM-DD.
--
-- A record's version in force on a date is the one with the latest
-- valid_from on or before it; a later correction for the same valid_from (a
-- higher version) wins the tie; a deleted version means the record is gone.
-- The joint posts, placements and partners sections read their records as at
-- the same date through the storage layer (VersionStore::asAt), with the same
-- rule.

-- name: posts
-- Posts in force on :as_at whose kind is s113, joint or single_manager, by ref.
SELECT p.ref AS ref, p.title AS title, p.kind AS kind, p.employer AS employer,
       p.host AS host, p.fte AS fte, p.functional_split AS functional_split,
       p.status AS status
FROM posts_versions p
WHERE p.valid_from <= :as_at AND p.deleted = 0
  AND p.kind IN ('s113', 'joint', 'single_manager')
  AND NOT EXISTS (SELECT 1 FROM posts_versions w
                  WHERE w.ref = p.ref AND w.valid_from <= :as_at
                    AND (w.valid_from > p.valid_from
                         OR (w.valid_from = p.valid_from AND w.version > p.version)))
ORDER BY p.ref

-- name: holders
-- The people whose contracts hold a post on :as_at (started, not yet ended),
-- by post and contract.
SELECT c.post AS post, c.ref AS contract, pe.name AS name
FROM contracts_versions c
JOIN people_versions pe ON pe.ref = c.person
WHERE c.post IS NOT NULL AND c.valid_from <= :as_at AND c.deleted = 0
  AND c.start_date <= :as_at AND (c.end_date IS NULL OR c.end_date >= :as_at)
  AND NOT EXISTS (SELECT 1 FROM contracts_versions w
                  WHERE w.ref = c.ref AND w.valid_from <= :as_at
                    AND (w.valid_from > c.valid_from
                         OR (w.valid_from = c.valid_from AND w.version > c.version)))
  AND pe.valid_from <= :as_at AND pe.deleted = 0
  AND NOT EXISTS (SELECT 1 FROM people_versions x
                  WHERE x.ref = pe.ref AND x.valid_from <= :as_at
                    AND (x.valid_from > pe.valid_from
                         OR (x.valid_from = pe.valid_from AND x.version > pe.version)))
ORDER BY c.post, c.ref
