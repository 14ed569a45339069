// The register's roles as PostgreSQL roles (docs/security.md). On a server:
//   s113_owner           owns every table, view and function; nobody logs in as it
//   s113_hr_editor, s113_forum_reviewer, s113_finance, s113_admin
//                        group roles; a user is a login role that is a member of one or more
// Each group may SELECT what its role may read (the reviewer: every column but
// salaries and personal notes, and the audit log only through
// audit_log_redacted) and INSERT into the tables its role writes; nobody but
// the owner may UPDATE, DELETE or TRUNCATE, except admin deleting a row of
// `roles` and setting the retention period (personal_data_policy); the
// anonymisation takes the owner's role for its transaction (AppendOnly.h). s113_admin is NOINHERIT and a member of s113_owner: an admin's
// session has only admin's rights, and takes the owner's (SET ROLE) only to
// migrate. The group roles belong to the server, so a login is the same role
// in every register on it.
#pragma once
#include <functional>
#include <string>

#include "domain/Roles.h"
#include "storage/Register.h"

namespace s113::postgres {

std::string groupRole(Role role);  // "s113_hr_editor"
extern const char* const kOwnerRole;

// The current user's roles: admin for a superuser, else the groups it is a
// member of.
RoleSet rolesOfCurrentUser(soci::session& sql);

// Before migrations (init, migrate): creates the owner and group roles that
// are missing (needs CREATEROLE), makes the current user an admin, lets the
// owner create in the schema and gives it every object of the register.
void prepareForMigration(soci::session& sql);
// Runs `work` as the owner (SET ROLE), back as the user afterwards.
void asOwner(soci::session& sql, const std::function<void()>& work);
// After migrations: each group's privileges on every table and view, exactly.
void grantPrivileges(soci::session& sql);

// `roles grant`: the login role is created (LOGIN, no password: PostgreSQL's
// own authentication applies) when missing, and made a member of the group.
void grantMembership(soci::session& sql, const std::string& login, Role role);
void revokeMembership(soci::session& sql, const std::string& login, Role role);

// "name" quoted as a PostgreSQL identifier.
std::string quoteIdentifier(const std::string& name);

}  // namespace s113::postgres
