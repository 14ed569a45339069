-- Report "placement-letter": the SQL it runs (src/reports/PlacementLetter.cpp
-- loads it by name through src/reports/ReportSql.h). :placement is the
-- placement's ref. The letter is written from the newest version of each
-- record (the highest version number, whatever its valid_from), so a letter
-- issued today reflects the latest agreed terms; partner names are read as
-- at the letter's date through the storage layer (VersionStore::asAt).
-- Stored forms: share_of_time in basis points (10000 = 100%), days_per_week
-- in ten-thousandths of a day (25000 = 2.5 days), flags as 0/1.

-- name: letter
-- The placement, its contract, the contract's person and substantive post,
-- the placement's line-manager post and agreement: one row.
SELECT pl.ref AS placement, pl.deleted AS deleted, pl.employer AS employer,
       pl.receiving_partner AS receiving_partner, pl.agreement AS agreement,
       pl.share_of_time AS share_of_time, pl.days_per_week AS days_per_week,
       pl.start_date AS start_date, pl.planned_end AS planned_end,
       pl.next_review AS next_review, pl.officer_consulted_on AS officer_consulted_on,
       pl.line_manager AS line_manager, pl.discipline_partner AS discipline_partner,
       pl.return_to_post AS return_to_post,
       pl.termination_notice_months AS termination_notice_months,
       c.person AS person, c.pension_scheme AS pension_scheme,
       pe.name AS person_name, po.ref AS post, po.title AS post_title,
       lm.title AS line_manager_title,
       ag.ref AS agreement_ref, ag.title AS agreement_title, ag.legal_basis AS legal_basis
FROM placements_versions pl
LEFT JOIN contracts_versions c ON c.ref = pl.contract
  AND c.version = (SELECT MAX(w.version) FROM contracts_versions w WHERE w.ref = c.ref)
LEFT JOIN people_versions pe ON pe.ref = c.person
  AND pe.version = (SELECT MAX(w.version) FROM people_versions w WHERE w.ref = pe.ref)
LEFT JOIN posts_versions po ON po.ref = c.post
  AND po.version = (SELECT MAX(w.version) FROM posts_versions w WHERE w.ref = po.ref)
LEFT JOIN posts_versions lm ON lm.ref = pl.line_manager
  AND lm.version = (SELECT MAX(w.version) FROM posts_versions w WHERE w.ref = lm.ref)
LEFT JOIN agreements_versions ag ON ag.ref = pl.agreement
  AND ag.version = (SELECT MAX(w.version) FROM agreements_versions w WHERE w.ref = ag.ref)
WHERE pl.ref = :placement
  AND pl.version = (SELECT MAX(w.version) FROM placements_versions w WHERE w.ref = pl.ref)
