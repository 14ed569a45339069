// The four roles of the register's users, what each may do and which fields
// one of them may never see: one table for the services' checks
// (services/Roles.h) and the PostgreSQL privileges (storage/PostgresRoles.h).
// Storage records who holds which role (storage/RoleStore.h).
#pragma once
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace s113 {

enum class Role {
  HrEditor,       // posts, people, contracts, arrangements, employer decisions
  ForumReviewer,  // reads all but salaries and personal notes; the forum's records and packs
  Finance,        // recharges, NI rates, cost sharing, payroll; reads salaries
  Admin           // the protocol, roles, history import, personal data, migrations; everything
};

// In the order above.
const std::vector<Role>& allRoles();
// "hr_editor", "forum_reviewer", "finance", "admin": the names users type and
// the register records.
std::string roleName(Role role);
// Throws std::invalid_argument naming the four roles for anything else.
Role parseRole(const std::string& name);

// The roles one login holds (a user may hold several; what they may do is
// the union).
class RoleSet {
 public:
  RoleSet() = default;
  RoleSet(std::initializer_list<Role> roles) {
    for (Role r : roles) add(r);
  }
  void add(Role role) { bits_ |= bit(role); }
  bool has(Role role) const { return (bits_ & bit(role)) != 0; }
  bool empty() const { return bits_ == 0; }
  bool operator==(const RoleSet& other) const { return bits_ == other.bits_; }
  // "hr_editor, finance"; "no role" when empty.
  std::string names() const;

 private:
  static unsigned bit(Role role) { return 1u << static_cast<unsigned>(role); }
  unsigned bits_ = 0;
};

enum class Action {
  EditRecords,      // partners, agreements, posts, people, contracts, arrangements
  RecordDecisions,  // record (and apply) an employer decision
  EditForum,        // forum meetings, their items and outcomes
  IssuePacks,       // freeze the forum pack issued to a meeting
  EditFinance,      // recharge and cost-sharing agreements, NI rates, closing periods, payroll
  ReadSalaries,     // salaries and personal notes; exports, backups, checks and schedules built on them
  EditProtocol,     // the HR protocol's rules and threshold
  ManageRoles,      // grant and revoke roles
  ImportHistory,    // import recorded decisions, protocol versions and forum packs
  PersonalData,     // subject access exports, anonymisation, the retention period
  Migrate           // bring a register to this program's schema
};

// "edit posts, people, contracts and arrangements": what the action is, for messages.
std::string describe(Action action);
// The roles that may do it (admin always among them).
std::vector<Role> rolesAllowed(Action action);
bool allows(const RoleSet& roles, Action action);
// The action writing a record of the entity named `entity` needs.
Action writeActionFor(const std::string& entity);

// The roles that may read salaries and personal notes (hr_editor, finance,
// admin); a user holding none of them sees those fields blank.
const std::vector<Role>& rolesReadingSalaries();
bool readsSalaries(const RoleSet& roles);

// Salaries and personal notes: the fields a user who may not read salaries
// (a forum reviewer) never sees, by entity and field name. The services blank
// them; on PostgreSQL the database itself refuses them to the reviewer role.
bool isSalaryOrPersonalNote(const std::string& entity, const std::string& field);
// The same, as (entity, field) pairs.
const std::vector<std::pair<std::string, std::string>>& salaryAndPersonalNoteFields();

}  // namespace s113
