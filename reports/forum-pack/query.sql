-- Report "forum-pack": the SQL it runs (src/reports/ForumPack.cpp and its
-- steps load each query by name through src/reports/ReportSql.h). Every
-- figure is counted or grouped here, and every list is capped with {limit}
-- and carries its full length (COUNT(*) OVER ()), so the pack holds only
-- what it prints, whatever the size of the register.
--
-- Parameters: :as_at the meeting date (YYYY-MM-DD); :cutoff the moment the
-- pack reads the register as recorded by (ISO UTC timestamp, the end of the
-- meeting day); :after and :up_to the window of "changes since the last
-- meeting" (the previous held meeting's cutoff and this one's).
-- Names: {versions} and {key} a versions table and its key column from the
-- entity catalogue; {label} a column describing the record (or '').
--
-- A record in force on :as_at as recorded by :cutoff is its version with the
-- latest valid_from on or before :as_at among those recorded by :cutoff (a
-- later correction for the same valid_from wins the tie), unless a deletion.
-- Both planners must do this in one pass whether or not the database has
-- statistics yet (a PostgreSQL register just imported has none). Over the big
-- tables (placements, contracts) a row is kept when its version is the one
-- the index on (key, valid_from, version) (schema 17) finds first for its key,
-- one probe per row: on SQLite numbering every version (ROW_NUMBER) cost
-- twice as much, in a sort of the whole table. The row's other conditions
-- come first, so only rows that could be listed or counted are probed. A
-- record looked up from a row already chosen (a placement's contract, a
-- contract's post) is found the same way. The small tables (agreements,
-- structure changes) still number their versions. Joining two numbered sets
-- lets PostgreSQL guess that few rows are newest and loop over one set for
-- each row of the other, so it is never done.

-- name: versions_recorded
-- How many versions of one kind of record were recorded in the window: all,
-- those creating a record (its first version) and deletions.
SELECT COUNT(*) AS recorded,
       SUM(CASE WHEN v.version = 1 THEN 1
                WHEN NOT EXISTS (SELECT 1 FROM {versions} w
                                 WHERE w.{key} = v.{key} AND w.version < v.version) THEN 1
                ELSE 0 END) AS created,
       SUM(v.deleted) AS deleted
FROM {versions} v
WHERE v.recorded_at > :after AND v.recorded_at <= :up_to

-- name: changed_versions
-- The versions recorded in the window that change (or delete) a record
-- already there, in the order recorded.
SELECT v.{key} AS record_key, v.version AS version, v.recorded_at AS recorded_at,
       v.recorded_by AS recorded_by
FROM {versions} v
WHERE v.recorded_at > :after AND v.recorded_at <= :up_to AND v.version > 1
  AND EXISTS (SELECT 1 FROM {versions} w WHERE w.{key} = v.{key} AND w.version < v.version)
ORDER BY v.recorded_at, v.{key}, v.version
LIMIT {limit}

-- name: created_records
-- The records created in the window, by key.
SELECT v.{key} AS record_key, v.recorded_at AS recorded_at, v.recorded_by AS recorded_by,
       {label} AS label
FROM {versions} v
WHERE v.recorded_at > :after AND v.recorded_at <= :up_to
  AND (v.version = 1 OR NOT EXISTS (SELECT 1 FROM {versions} w
                                    WHERE w.{key} = v.{key} AND w.version < v.version))
ORDER BY v.{key}
LIMIT {limit}

-- name: agreement_reviews
-- Agreements whose next review falls on or before :horizon.
SELECT a.ref AS ref, a.title AS title, a.next_review AS next_review, COUNT(*) OVER () AS total
FROM (SELECT v.ref, v.title, v.next_review, v.deleted,
             ROW_NUMBER() OVER (PARTITION BY v.ref ORDER BY v.valid_from DESC, v.version DESC) AS newest
      FROM agreements_versions v
      WHERE v.valid_from <= :as_at AND v.recorded_at <= :cutoff) a
WHERE a.newest = 1 AND a.deleted = 0
  AND a.next_review IS NOT NULL AND a.next_review <> '' AND a.next_review <= :horizon
ORDER BY a.next_review, a.ref
LIMIT {limit}

-- name: placement_lists
-- The three lists of placements and secondments in force, from one pass
-- over them (the CTE in_force is read once and kept by both databases, as it
-- is used more than once): 'reviews' due by :horizon, by review date;
-- 'long' running since before :started_before, by start date; 'officer' not
-- yet consulted, by key. Each list is capped at {limit} and carries its full
-- length (total); rows come list by list, in the list's order. The holder's
-- name (the contract's key when the contract or person is not found) is
-- looked up for the listed rows only.
WITH in_force AS (
  SELECT pl.ref, pl.kind, pl.employer, pl.receiving_partner, pl.contract, pl.start_date,
         pl.next_review, pl.status, pl.officer_consulted_on
  FROM placements_versions pl
  WHERE pl.deleted = 0 AND pl.status NOT IN ('ended', 'terminated')
    AND pl.version = (SELECT w.version FROM placements_versions w
                      WHERE w.ref = pl.ref AND w.valid_from <= :as_at AND w.recorded_at <= :cutoff
                      ORDER BY w.valid_from DESC, w.version DESC LIMIT 1)),
totals AS (
  SELECT SUM(CASE WHEN next_review IS NOT NULL AND next_review <> '' AND next_review <= :horizon
                  THEN 1 ELSE 0 END) AS reviews,
         SUM(CASE WHEN status NOT IN ('proposed', 'consulted') AND start_date < :started_before
                  THEN 1 ELSE 0 END) AS long_running,
         SUM(CASE WHEN officer_consulted_on IS NULL OR officer_consulted_on = ''
                  THEN 1 ELSE 0 END) AS officer
  FROM in_force),
listed AS (
  SELECT * FROM (SELECT 1 AS list_no, 'reviews' AS list, p.next_review AS sort_key, p.*
                 FROM in_force p
                 WHERE p.next_review IS NOT NULL AND p.next_review <> '' AND p.next_review <= :horizon
                 ORDER BY p.next_review, p.ref
                 LIMIT {limit}) r
  UNION ALL
  SELECT * FROM (SELECT 2 AS list_no, 'long' AS list, p.start_date AS sort_key, p.*
                 FROM in_force p
                 WHERE p.status NOT IN ('proposed', 'consulted') AND p.start_date < :started_before
                 ORDER BY p.start_date, p.ref
                 LIMIT {limit}) l
  UNION ALL
  SELECT * FROM (SELECT 3 AS list_no, 'officer' AS list, p.ref AS sort_key, p.*
                 FROM in_force p
                 WHERE p.officer_consulted_on IS NULL OR p.officer_consulted_on = ''
                 ORDER BY p.ref
                 LIMIT {limit}) o)
SELECT l.list AS list, l.ref AS ref, l.kind AS kind, l.employer AS employer,
       l.receiving_partner AS receiving_partner, l.start_date AS start_date,
       l.next_review AS next_review, l.status AS status,
       COALESCE(pe.name, l.contract) AS person,
       CASE l.list_no WHEN 1 THEN t.reviews WHEN 2 THEN t.long_running ELSE t.officer END AS total
FROM listed l
CROSS JOIN totals t
LEFT JOIN contracts_versions c ON c.ref = l.contract AND c.deleted = 0
  AND c.version = (SELECT w.version FROM contracts_versions w
                   WHERE w.ref = l.contract AND w.valid_from <= :as_at AND w.recorded_at <= :cutoff
                   ORDER BY w.valid_from DESC, w.version DESC LIMIT 1)
LEFT JOIN people_versions pe ON pe.ref = c.person AND pe.deleted = 0
  AND pe.version = (SELECT w.version FROM people_versions w
                    WHERE w.ref = c.person AND w.valid_from <= :as_at AND w.recorded_at <= :cutoff
                    ORDER BY w.valid_from DESC, w.version DESC LIMIT 1)
ORDER BY l.list_no, l.sort_key, l.ref

-- name: structure_changes
-- Structure changes not implemented with a party not yet consulted.
SELECT s.ref AS ref, s.post AS post, s.change_description AS change_description,
       s.party_a_consulted_on AS party_a_consulted_on, s.party_b_consulted_on AS party_b_consulted_on,
       COUNT(*) OVER () AS total
FROM (SELECT v.ref, v.post, v.change_description, v.party_a_consulted_on, v.party_b_consulted_on,
             v.implemented_on, v.deleted,
             ROW_NUMBER() OVER (PARTITION BY v.ref ORDER BY v.valid_from DESC, v.version DESC) AS newest
      FROM structure_consultations_versions v
      WHERE v.valid_from <= :as_at AND v.recorded_at <= :cutoff) s
WHERE s.newest = 1 AND s.deleted = 0
  AND (s.implemented_on IS NULL OR s.implemented_on = '')
  AND (s.party_a_consulted_on IS NULL OR s.party_a_consulted_on = ''
       OR s.party_b_consulted_on IS NULL OR s.party_b_consulted_on = '')
ORDER BY s.ref
LIMIT {limit}

-- name: headcount
-- Staff in post on :as_at (contracts started and not ended), by the
-- contract's employer and the host of its post (the employer when the post
-- has none): how many and their FTE (whole units, 10000 = 1.0).
SELECT c.employer AS employer, COALESCE(NULLIF(c.host, ''), c.employer) AS host,
       COUNT(*) AS staff, SUM(c.fte) AS fte
FROM (SELECT c.employer, c.fte,
             (SELECT CASE WHEN p.deleted = 0 THEN p.host END FROM posts_versions p
              WHERE p.ref = c.post AND p.valid_from <= :as_at AND p.recorded_at <= :cutoff
              ORDER BY p.valid_from DESC, p.version DESC LIMIT 1) AS host
      FROM contracts_versions c
      WHERE c.deleted = 0
        AND c.start_date <= :as_at AND (c.end_date IS NULL OR c.end_date = '' OR c.end_date >= :as_at)
        AND c.version = (SELECT w.version FROM contracts_versions w
                         WHERE w.ref = c.ref AND w.valid_from <= :as_at AND w.recorded_at <= :cutoff
                         ORDER BY w.valid_from DESC, w.version DESC LIMIT 1)) c
GROUP BY c.employer, COALESCE(NULLIF(c.host, ''), c.employer)
ORDER BY 1, 2
