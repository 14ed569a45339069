#include "services/Roles.h"

#include "domain/Errors.h"
#include "storage/AuditStore.h"
#include "storage/RoleStore.h"

namespace s113 {

std::string whyNot(Register& reg, Action action, const std::string& what) {
  if (allows(reg.roles(), action)) return "";
  std::string needed;
  const auto allowed = rolesAllowed(action);
  for (std::size_t i = 0; i < allowed.size(); ++i)
    needed += (i == 0 ? "" : i + 1 == allowed.size() ? " or " : ", ") + roleName(allowed[i]);
  return "Only " + needed + " may " + what + "; " + reg.actingUser() + " holds " + reg.roles().names() +
         " in this register.";
}

std::string whyNot(Register& reg, Action action) { return whyNot(reg, action, describe(action)); }

void require(Register& reg, Action action, const std::string& what) {
  const std::string reason = whyNot(reg, action, what);
  if (!reason.empty()) throw NotPermitted(reason + " Nothing was changed.");
}

void require(Register& reg, Action action) { require(reg, action, describe(action)); }

std::vector<RoleGrant> listRoles(Register& reg) {
  require(reg, Action::ManageRoles);
  return RoleStore(reg).list();
}

namespace {
void auditRoleChange(Register& reg, const std::string& login, Role role, bool granted) {
  AuditStore(reg).append({0, utcTimestamp(), reg.actingUser(), "role", login, 0, roleName(role),
                          granted ? "" : "granted", granted ? "granted" : ""});
}
}  // namespace

bool grantRole(Register& reg, const std::string& login, Role role) {
  require(reg, Action::ManageRoles);
  if (login.empty()) throw std::invalid_argument("a role is granted to a login name: none was given");
  WriteTransaction tx(reg);
  RoleStore store(reg);
  // The first grant in a register whose opener was admin by default also
  // records that opener as admin, so the register keeps one.
  if (!store.anyRecorded() && !(login == reg.actingUser() && role == Role::Admin) &&
      store.grant(reg.actingUser(), Role::Admin, reg.actingUser()))
    auditRoleChange(reg, reg.actingUser(), Role::Admin, true);
  const bool changed = store.grant(login, role, reg.actingUser());
  if (changed) auditRoleChange(reg, login, role, true);
  tx.commit();
  reg.reloadRoles();
  return changed;
}

bool revokeRole(Register& reg, const std::string& login, Role role) {
  require(reg, Action::ManageRoles);
  WriteTransaction tx(reg);
  RoleStore store(reg);
  if (role == Role::Admin) {
    int admins = 0;
    for (const auto& grant : store.list())
      if (grant.role == Role::Admin && grant.login != login) ++admins;
    if (admins == 0)
      throw NotPermitted("Revoking admin from " + login +
                         " would leave the register without an admin: grant admin to another login first.");
  }
  const bool changed = store.revoke(login, role);
  if (changed) auditRoleChange(reg, login, role, false);
  tx.commit();
  reg.reloadRoles();
  return changed;
}

}  // namespace s113
