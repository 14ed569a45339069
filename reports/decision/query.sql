-- Report "decision": the SQL it runs (src/reports/DecisionReport.cpp loads
-- each query by name through src/reports/ReportSql.h). The report shows one
-- recorded decision: the one named by :decision (a row opened in the
-- decisions list), else the newest on post :post. The decision itself is read
-- from its stored trace (trace_json, the shape of protocol/DecisionJson.h).
-- A post with no recorded decision shows what the protocol would decide on
-- the effective date (services/DecisionService.h decidePost, which reads
-- only); that path runs no SQL of its own here.

-- name: decision
-- One recorded decision by its key ("D-BN-037-1"), with its post.
SELECT d.decision_key AS decision, d.post_ref AS post, d.post_decision_no AS number,
       d.trace_json AS trace_json, d.override_employer AS override_employer,
       d.override_reason AS override_reason, d.decided_by AS decided_by,
       d.decided_on AS decided_on, d.forum_consulted_on AS forum_consulted_on
FROM decisions d
WHERE d.decision_key = :decision

-- name: decisions
-- Every recorded decision on post :post, oldest first (the newest is the
-- default; the others are counted as earlier or later decisions).
SELECT d.decision_key AS decision, d.post_ref AS post, d.post_decision_no AS number,
       d.trace_json AS trace_json, d.override_employer AS override_employer,
       d.override_reason AS override_reason, d.decided_by AS decided_by,
       d.decided_on AS decided_on, d.forum_consulted_on AS forum_consulted_on
FROM decisions d
WHERE d.post_ref = :post
ORDER BY d.post_decision_no
