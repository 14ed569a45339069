#include "storage/RoleStore.h"

#include "storage/PostgresRoles.h"
#include "storage/Session.h"

namespace s113 {

std::vector<RoleGrant> RoleStore::list() {
  std::vector<RoleGrant> grants;
  std::string login, role, by, at;
  soci::statement st = (sessionOf(reg_).prepare << "SELECT login, role, granted_by, granted_at FROM roles ORDER BY login, role",
                        soci::into(login), soci::into(role), soci::into(by), soci::into(at));
  st.execute();
  while (st.fetch()) grants.push_back({login, parseRole(role), by, at});
  return grants;
}

RoleSet RoleStore::rolesOf(const std::string& login) {
  RoleSet roles;
  std::string role;
  soci::statement st = (sessionOf(reg_).prepare << "SELECT role FROM roles WHERE login = :l", soci::use(login), soci::into(role));
  st.execute();
  while (st.fetch()) roles.add(parseRole(role));
  return roles;
}

bool RoleStore::anyRecorded() {
  long long n = 0;
  sessionOf(reg_) << "SELECT COUNT(*) FROM roles", soci::into(n);
  return n > 0;
}

bool RoleStore::grant(const std::string& login, Role role, const std::string& by) {
  if (reg_.backend() == Backend::PostgreSQL) postgres::grantMembership(sessionOf(reg_), login, role);
  if (rolesOf(login).has(role)) return false;
  const std::string name = roleName(role), at = utcTimestamp();
  sessionOf(reg_) << "INSERT INTO roles (login, role, granted_by, granted_at) VALUES (:l, :r, :b, :a)", soci::use(login),
      soci::use(name), soci::use(by), soci::use(at);
  return true;
}

bool RoleStore::revoke(const std::string& login, Role role) {
  if (!rolesOf(login).has(role)) return false;
  if (reg_.backend() == Backend::PostgreSQL) postgres::revokeMembership(sessionOf(reg_), login, role);
  const std::string name = roleName(role);
  sessionOf(reg_) << "DELETE FROM roles WHERE login = :l AND role = :r", soci::use(login), soci::use(name);
  return true;
}

}  // namespace s113
