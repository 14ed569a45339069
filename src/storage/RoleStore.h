// The roles recorded in a register (schema/0015_roles.sql): which login holds
// which role. What a role may do is decided in services/Roles.h. On
// PostgreSQL the database's own group roles say the same (storage/PostgresRoles.h).
#pragma once
#include <string>
#include <vector>

#include "domain/Roles.h"
#include "storage/Register.h"

namespace s113 {

struct RoleGrant {
  std::string login;
  Role role;
  std::string grantedBy;
  std::string grantedAt;  // ISO UTC timestamp
};

class RoleStore {
 public:
  explicit RoleStore(Register& reg) : reg_(reg) {}
  // Every grant, by login then role.
  std::vector<RoleGrant> list();
  RoleSet rolesOf(const std::string& login);
  // False for a register in which no role was ever granted (its opener is admin).
  bool anyRecorded();
  // Inside the caller's WriteTransaction; granting a role held already, or
  // revoking one not held, changes nothing and returns false. On PostgreSQL
  // the login role is also made (or no longer) a member of the group role,
  // created first when missing (storage/PostgresRoles.h).
  bool grant(const std::string& login, Role role, const std::string& by);
  bool revoke(const std::string& login, Role role);

 private:
  Register& reg_;
};

}  // namespace s113
