// `roles` and `migrate`, and what each role may do through the command line,
// on the backend under test (cli.postgresql runs the [postgresql] cases as
// real database roles); on PostgreSQL also through psql as each role: the
// database itself refuses what the role may not do.
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include "support/TestRegister.h"
#include "cli/CliRun.h"

using namespace s113::test;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The sample register, with a login granted each role by its creator (admin).
struct Staffed {
  DemoRegister demo;
  std::string hr = uniqueLogin("hr"), reviewer = uniqueLogin("reviewer"), finance = uniqueLogin("finance"),
              admin = uniqueLogin("admin");
  Staffed() {
    for (const auto& [login, role] : {std::pair{hr, "hr_editor"}, std::pair{reviewer, "forum_reviewer"},
                                      std::pair{finance, "finance"}, std::pair{admin, "admin"}}) {
      const Run granted = cli({"roles", demo.db, "grant", login, role});
      INFO(granted.err);
      REQUIRE(granted.status == 0);
      CHECK(contains(granted.out, "Granted " + std::string(role) + " to " + login));
    }
  }
  // s113reg-cli as `login`: its own address on PostgreSQL, $USER on SQLite.
  Run as(const std::string& login, std::vector<std::string> args) {
    for (auto& arg : args)
      if (arg == "DB") arg = demo.reg.targetAs(login);
    ScopedOsUser user(login);
    return cli(args);
  }
};

void allowed(const Run& run) {
  INFO(run.out << run.err);
  CHECK(run.status == 0);
}

void refused(const Run& run, const std::string& needed) {
  INFO(run.out << run.err);
  CHECK(run.status == 1);
  CHECK(contains(run.err, "Only " + needed + " may"));
}

std::string folder() { return tempPath("-out"); }

}  // namespace

TEST_CASE("roles lists, grants and revokes; only an admin may", "[cli][roles][postgresql]") {
  Staffed s;
  const Run list = s.as(s.admin, {"roles", "DB", "list"});
  allowed(list);
  for (const auto& login : {s.hr, s.reviewer, s.finance, s.admin}) CHECK(contains(list.out, login + "\t"));
  CHECK(contains(list.out, s.reviewer + "\tforum_reviewer\t"));
  refused(s.as(s.hr, {"roles", "DB", "list"}), "admin");
  refused(s.as(s.finance, {"roles", "DB", "grant", s.finance, "admin"}), "admin");
  CHECK(cli({"roles", s.demo.db, "grant", s.hr, "chief"}).status == 2);
  CHECK(cli({"roles", s.demo.db, "dance"}).status == 2);
  allowed(s.as(s.admin, {"roles", "DB", "revoke", s.hr, "hr_editor"}));
  const Run gone = s.as(s.hr, {"check", "DB"});
  CHECK(gone.status == 1);
  CHECK(contains(gone.err, s.hr + " holds no role in the register"));
}

TEST_CASE("each role's allowed and refused commands", "[cli][roles][postgresql]") {
  Staffed s;
  // hr_editor: records, decisions, checks and exports; not the protocol, finance or roles.
  allowed(s.as(s.hr, {"decide", "DB", "--post", "BN-007", "--record"}));
  allowed(s.as(s.hr, {"check", "DB"}));
  allowed(s.as(s.hr, {"export", "DB", folder()}));
  refused(s.as(s.hr, {"protocol", "DB", "set-threshold", "6500"}), "admin");
  refused(s.as(s.hr, {"migrate", "DB"}), "admin");
  // forum_reviewer: reads, issues packs; never salaries (export, check, recharges), no records.
  allowed(s.as(s.reviewer, {"arrangements", "DB", "--as-at", "2016-03-01"}));
  allowed(s.as(s.reviewer, {"audit", "DB"}));
  refused(s.as(s.reviewer, {"export", "DB", folder()}), "hr_editor, finance or admin");
  refused(s.as(s.reviewer, {"check", "DB"}), "hr_editor, finance or admin");
  refused(s.as(s.reviewer, {"recharges", "DB", "--year", "2013/14"}), "hr_editor, finance or admin");
  refused(s.as(s.reviewer, {"decide", "DB", "--post", "BN-007", "--record"}), "hr_editor or admin");
  // finance: recharges and salaries; not decisions or the protocol.
  allowed(s.as(s.finance, {"recharges", "DB", "--year", "2013/14"}));
  allowed(s.as(s.finance, {"check", "DB"}));
  refused(s.as(s.finance, {"decide", "DB", "--post", "BN-007", "--record"}), "hr_editor or admin");
  refused(s.as(s.finance, {"protocol", "DB", "set-threshold", "6500"}), "admin");
  // admin: everything, migrations too.
  allowed(s.as(s.admin, {"protocol", "DB", "set-threshold", "6500"}));
  allowed(s.as(s.admin, {"migrate", "DB"}));
  allowed(s.as(s.admin, {"recharges", "DB", "--year", "2013/14"}));
}

namespace {

// One month of the CCG's pay (ESR-like extract) for the payroll commands.
std::string mayPay() {
  const std::string file = tempPath(".csv");
  std::ofstream(file) << "Assignment Number,Employee Name,Period Start Date,Period End Date,Gross Pay,Assignment FTE\n"
                      << "20500012,Ruth Gamble,01-May-2015,31-May-2015,3924.00,1\n";
  return file;
}

}  // namespace

TEST_CASE("finance's commands are finance's and admin's; personal data, history and roles the admin's",
          "[cli][roles][postgresql]") {
  Staffed s;
  // Closing periods, true-ups, pay imports and reconciliation: finance (or admin).
  const std::vector<std::string> close{"close", "DB", "--year", "2013/14", "--through", "2013-06-30"};
  const std::vector<std::string> payImport{"payroll-import", "DB", mayPay(), "--profile", "ESR-BCCG"};
  const std::vector<std::string> reconcile{"reconcile", "DB", "--payroll", mayPay(), "--profile", "ESR-BCCG"};
  const std::vector<std::string> trueUp{"true-up", "DB", "--year", "2013/14"};
  for (const auto& login : {s.hr, s.reviewer}) {
    refused(s.as(login, close), "finance or admin");
    refused(s.as(login, payImport), "finance or admin");
    refused(s.as(login, reconcile), "finance or admin");
    refused(s.as(login, trueUp), "finance or admin");
  }
  refused(s.as(s.hr, {"invoices", "DB", "--year", "2013/14"}), "finance or admin");
  allowed(s.as(s.finance, close));
  allowed(s.as(s.finance, {"invoices", "DB", "--year", "2013/14"}));
  allowed(s.as(s.finance, payImport));
  allowed(s.as(s.finance, reconcile));
  allowed(s.as(s.finance, {"close", "DB", "--year", "2013/14", "--through", "2014-03-31"}));
  allowed(s.as(s.finance, trueUp));
  allowed(s.as(s.admin, reconcile));
  // Forum packs: the forum reviewer (or admin).
  const std::vector<std::string> issue{"issue-pack", "DB", "--meeting", "2016-03-10"};
  refused(s.as(s.hr, issue), "forum_reviewer or admin");
  refused(s.as(s.finance, issue), "forum_reviewer or admin");
  allowed(s.as(s.reviewer, issue));
  // Personal data: the admin alone.
  const std::string out = tempPath(".json");
  for (const auto& login : {s.hr, s.reviewer, s.finance}) {
    refused(s.as(login, {"subject-access", "DB", "P-0002", "--out", out}), "admin");
    refused(s.as(login, {"retention", "DB", "12"}), "admin");
    refused(s.as(login, {"anonymise", "DB", "P-0002"}), "admin");
  }
  CHECK_FALSE(std::filesystem::exists(out));
  allowed(s.as(s.admin, {"subject-access", "DB", "P-0002", "--out", out}));
  CHECK(std::filesystem::exists(out));
  allowed(s.as(s.admin, {"retention", "DB", "12"}));
  // History import: the admin alone, even for a login holding every other
  // role (here in an empty register, from the sample's export).
  const std::string exported = folder();
  allowed(s.as(s.admin, {"export", "DB", exported}));
  TestRegister empty;
  const std::string allButAdmin = uniqueLogin("allbut");
  for (const char* role : {"hr_editor", "forum_reviewer", "finance"})
    REQUIRE(cli({"roles", empty.target(), "grant", allButAdmin, role}).status == 0);
  Run import;
  {
    ScopedOsUser user(allButAdmin);
    import = cli({"import", empty.targetAs(allButAdmin), exported});
  }
  refused(import, "admin");
  CHECK(contains(import.err, "import decision, protocol and forum pack history"));
  allowed(cli({"import", empty.target(), exported}));
}

namespace {

struct Psql {
  int status;
  std::string output;  // stdout and stderr
};

// One statement through psql as `login`, stopping at the first error.
Psql psqlAs(const std::string& target, const std::string& sql) {
  const std::string command = "psql -X -q -v ON_ERROR_STOP=1 -At -d '" + target + "' -c \"" + sql + "\" 2>&1";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  std::string output;
  std::array<char, 512> buffer;
  while (fgets(buffer.data(), buffer.size(), pipe.get())) output += buffer.data();
  const int status = pclose(pipe.release());
  return {status, output};
}

void deniedInPsql(const std::string& target, const std::string& sql) {
  const Psql run = psqlAs(target, sql);
  INFO(sql << " -> " << run.output);
  CHECK(run.status != 0);
  CHECK(contains(run.output, "permission denied"));
}

void worksInPsql(const std::string& target, const std::string& sql) {
  const Psql run = psqlAs(target, sql);
  INFO(sql << " -> " << run.output);
  CHECK(run.status == 0);
}

}  // namespace

TEST_CASE("through psql each PostgreSQL role has exactly its rights", "[cli][roles][postgresql]") {
  Staffed s;
  if (!s.demo.reg.isPostgres()) return;  // SQLite: file permissions are the boundary (docs/security.md)
  const std::string reviewer = s.demo.reg.targetAs(s.reviewer), hr = s.demo.reg.targetAs(s.hr),
                    finance = s.demo.reg.targetAs(s.finance), admin = s.demo.reg.targetAs(s.admin);
  // The reviewer reads the register but not salaries or personal notes, and writes nothing of HR's.
  worksInPsql(reviewer, "SELECT title FROM posts_versions");
  deniedInPsql(reviewer, "SELECT annual_salary FROM contracts_versions");
  deniedInPsql(reviewer, "SELECT * FROM contracts_versions");
  deniedInPsql(reviewer, "SELECT notes FROM people_versions");
  deniedInPsql(reviewer, "SELECT new_value FROM audit_log");
  deniedInPsql(reviewer, "SELECT changes FROM audit_changes");
  worksInPsql(reviewer, "SELECT seq, entity, record_key, version, hash FROM audit_changes");
  deniedInPsql(reviewer, "SELECT * FROM recharge_kept_lines");  // invoiced figures come from salaries
  deniedInPsql(reviewer, "SELECT * FROM recharge_true_ups");
  worksInPsql(finance, "SELECT * FROM recharge_kept_lines");
  deniedInPsql(reviewer, "INSERT INTO posts (ref) VALUES ('PSQL-1')");
  deniedInPsql(reviewer, "INSERT INTO contracts (ref) VALUES ('PSQL-1')");
  const Psql redacted =
      psqlAs(reviewer, "SELECT COUNT(*) FROM audit_log_redacted WHERE field = 'annual_salary' AND new_value <> ''");
  CHECK(redacted.output == "0\n");
  worksInPsql(reviewer, "INSERT INTO meetings (ref) VALUES ('PSQL-M')");
  // HR reads salaries, writes records, changes nothing in place.
  worksInPsql(hr, "SELECT annual_salary FROM contracts_versions");
  worksInPsql(hr, "INSERT INTO posts (ref) VALUES ('PSQL-2')");
  deniedInPsql(hr, "UPDATE posts_versions SET title = 'x'");
  deniedInPsql(hr, "INSERT INTO ni_rates (from_date) VALUES ('2099-04-01')");
  deniedInPsql(hr, "INSERT INTO meetings (ref) VALUES ('PSQL-H')");
  // Finance: salaries and its own tables.
  worksInPsql(finance, "SELECT annual_salary FROM contracts_versions");
  deniedInPsql(finance, "INSERT INTO posts (ref) VALUES ('PSQL-3')");
  deniedInPsql(finance, "DELETE FROM audit_changes");
  // Append-only for everyone but the owner, the admin included.
  deniedInPsql(admin, "DELETE FROM audit_changes");
  deniedInPsql(admin, "UPDATE audit_changes SET changes = '[]'");
  deniedInPsql(admin, "UPDATE decisions SET outcome_employer = outcome_employer");
  deniedInPsql(admin, "TRUNCATE audit_changes");
  const Psql trigger = psqlAs(admin, "ALTER TABLE audit_changes DISABLE TRIGGER ALL");
  CHECK(trigger.status != 0);
  CHECK(contains(trigger.output, "must be owner"));
  worksInPsql(admin, "INSERT INTO posts (ref) VALUES ('PSQL-4')");
}
