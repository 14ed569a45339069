-- Report "exit": the SQL it runs (src/reports/ExitReport.cpp loads it by name
-- through src/reports/ReportSql.h). :as_at is the day the agreement would
-- end, YYYY-MM-DD. What follows from the ending (the placements,
-- single-manager contracts and joint posts under the agreement, their
-- contracts and people, the posts that revert and the recharges that stop) is
-- worked out by services/ExitScenario.h from the register as at that day,
-- the same code the CLI's `exit` command runs.

-- name: agreements
-- The partnership agreements in force on :as_at, by ref: the report's
-- agreement when none is asked for is the first of them.
SELECT a.ref AS ref, a.title AS title
FROM agreements_versions a
WHERE a.valid_from <= :as_at AND a.deleted = 0
  AND NOT EXISTS (SELECT 1 FROM agreements_versions w
                  WHERE w.ref = a.ref AND w.valid_from <= :as_at
                    AND (w.valid_from > a.valid_from
                         OR (w.valid_from = a.valid_from AND w.version > a.version)))
ORDER BY a.ref
