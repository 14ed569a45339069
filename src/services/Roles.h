// The check every service makes, for the app and the CLI alike: a service
// that writes, or reads salaries and personal notes, asks `require` first.
// What each role may do is in domain/Roles.h; the roles a user holds are read
// when the register is opened (Register::roles; storage/RoleStore.h). See
// docs/security.md.
#pragma once
#include <string>
#include <vector>

#include "domain/EntityDef.h"
#include "domain/Roles.h"
#include "storage/Register.h"
#include "storage/RoleStore.h"

namespace s113 {

// Throws NotPermitted unless the register's user may do `action`; the message
// names the user, their roles, the action and the roles that may.
void require(Register& reg, Action action);
// The same, naming the work more closely than describe(action) does
// ("close periods" rather than all of finance's work).
void require(Register& reg, Action action, const std::string& what);
// "" when allowed; else the reason, as `require` would throw it (a tooltip).
std::string whyNot(Register& reg, Action action);
std::string whyNot(Register& reg, Action action, const std::string& what);
// Whether the register's user may read salaries and personal notes.
inline bool readsSalaries(Register& reg) { return readsSalaries(reg.roles()); }

// `roles DB list|grant|revoke`: admin only, each audited (entity "role").
// Revoking the last admin is refused: a register must keep one.
std::vector<RoleGrant> listRoles(Register& reg);
// False when nothing changed (granted already, or not held).
bool grantRole(Register& reg, const std::string& login, Role role);
bool revokeRole(Register& reg, const std::string& login, Role role);

}  // namespace s113
