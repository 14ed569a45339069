-- Report "recharges": the SQL it runs (src/reports/RechargeCovers.cpp loads
-- each query by name through src/reports/ReportSql.h), for the "covers"
-- column: who held the post or arrangement a schedule line charges for.
--
-- The figures themselves are not SQL: rechargeSchedule(reg, year)
-- (services/RechargeService.h) turns every live recharge_agreement into
-- terms and costs them for the year with the register's ni_rate table (the
-- money rules in docs/money.md); settle(lines) gives the net settlement and
-- schedulePairsTable(schedule) the pair totals, the table `recharges --by
-- pair` prints, so the report agrees with the CLI, the recharge view and the
-- exports to the penny. Monthly flows: line totals summed by payer -> payee
-- and the month in which each invoicing period ends.
--
-- Records are read as the schedule reads them: the newest version of each,
-- left out when that version is a deletion.

-- name: contracts
-- Every contract, with the post it holds and its dates (a contract holds its
-- post in a period when it runs on some day of it).
SELECT c.ref AS contract, c.post AS post, c.person AS person,
       c.start_date AS start_date, c.end_date AS end_date
FROM contracts_versions c
WHERE c.deleted = 0
  AND c.version = (SELECT MAX(w.version) FROM contracts_versions w WHERE w.ref = c.ref)
ORDER BY c.ref

-- name: people
-- Every person's name.
SELECT p.ref AS person, p.name AS name
FROM people_versions p
WHERE p.deleted = 0
  AND p.version = (SELECT MAX(w.version) FROM people_versions w WHERE w.ref = p.ref)
ORDER BY p.ref
