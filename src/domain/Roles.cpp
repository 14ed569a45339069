#include "domain/Roles.h"

#include <stdexcept>

namespace s113 {

const std::vector<Role>& allRoles() {
  static const std::vector<Role> roles{Role::HrEditor, Role::ForumReviewer, Role::Finance, Role::Admin};
  return roles;
}

std::string roleName(Role role) {
  switch (role) {
    case Role::HrEditor: return "hr_editor";
    case Role::ForumReviewer: return "forum_reviewer";
    case Role::Finance: return "finance";
    case Role::Admin: return "admin";
  }
  return "unknown";
}

Role parseRole(const std::string& name) {
  for (Role role : allRoles())
    if (roleName(role) == name) return role;
  throw std::invalid_argument("'" + name + "' is not a role: the roles are hr_editor, forum_reviewer, finance and admin");
}

std::string RoleSet::names() const {
  std::string text;
  for (Role role : allRoles())
    if (has(role)) text += (text.empty() ? "" : ", ") + roleName(role);
  return text.empty() ? "no role" : text;
}

const std::vector<Role>& rolesReadingSalaries() {
  static const std::vector<Role> roles{Role::HrEditor, Role::Finance, Role::Admin};
  return roles;
}

bool readsSalaries(const RoleSet& roles) {
  for (Role role : rolesReadingSalaries())
    if (roles.has(role)) return true;
  return false;
}

std::string describe(Action action) {
  switch (action) {
    case Action::EditRecords: return "change partners, agreements, posts, people, contracts and arrangements";
    case Action::RecordDecisions: return "record employer decisions";
    case Action::EditForum: return "change forum meetings, their items and outcomes";
    case Action::IssuePacks: return "issue forum packs";
    case Action::EditFinance: return "change recharge agreements, NI rates, closing periods and payroll";
    case Action::ReadSalaries: return "read salaries and personal notes";
    case Action::EditProtocol: return "change the HR protocol";
    case Action::ManageRoles: return "grant and revoke roles";
    case Action::ImportHistory: return "import decision, protocol and forum pack history";
    case Action::PersonalData: return "export or anonymise a person's personal data and set its retention period";
    case Action::Migrate: return "bring the register to this program's schema";
  }
  return "do this";
}

std::vector<Role> rolesAllowed(Action action) {
  switch (action) {
    case Action::EditRecords:
    case Action::RecordDecisions: return {Role::HrEditor, Role::Admin};
    case Action::EditForum:
    case Action::IssuePacks: return {Role::ForumReviewer, Role::Admin};
    case Action::EditFinance: return {Role::Finance, Role::Admin};
    case Action::ReadSalaries: return rolesReadingSalaries();
    case Action::EditProtocol:
    case Action::ManageRoles:
    case Action::ImportHistory:
    case Action::PersonalData:
    case Action::Migrate: return {Role::Admin};
  }
  return {Role::Admin};
}

bool allows(const RoleSet& roles, Action action) {
  for (Role role : rolesAllowed(action))
    if (roles.has(role)) return true;
  return false;
}

Action writeActionFor(const std::string& entity) {
  static const std::vector<std::string> finance{"ni_rate", "recharge_agreement", "cost_sharing_agreement",
                                                "payroll_profile", "payroll_pay"};
  static const std::vector<std::string> forum{"meeting", "meeting_item"};
  for (const auto& name : finance)
    if (entity == name) return Action::EditFinance;
  for (const auto& name : forum)
    if (entity == name) return Action::EditForum;
  return Action::EditRecords;
}

const std::vector<std::pair<std::string, std::string>>& salaryAndPersonalNoteFields() {
  static const std::vector<std::pair<std::string, std::string>> fields{
      {"contract", "annual_salary"}, {"payroll_pay", "gross_pay"}, {"person", "notes"}};
  return fields;
}

bool isSalaryOrPersonalNote(const std::string& entity, const std::string& field) {
  for (const auto& [e, f] : salaryAndPersonalNoteFields())
    if (e == entity && f == field) return true;
  return false;
}

}  // namespace s113
