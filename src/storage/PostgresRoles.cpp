#include "storage/PostgresRoles.h"

#include <soci/postgresql/soci-postgresql.h>

#include "domain/Catalog.h"
#include "domain/Errors.h"

namespace s113::postgres {

const char* const kOwnerRole = "s113_owner";

std::string groupRole(Role role) { return "s113_" + roleName(role); }

std::string quoteIdentifier(const std::string& name) {
  std::string quoted = "\"";
  for (char c : name) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

namespace {

bool roleExists(soci::session& sql, const std::string& role) {
  long long n = 0;
  sql << "SELECT COUNT(*) FROM pg_roles WHERE rolname = :r", soci::use(role), soci::into(n);
  return n > 0;
}

bool currentUserIsMemberOf(soci::session& sql, const std::string& role) {
  long long n = 0;
  sql << "SELECT COUNT(*) FROM pg_roles r WHERE r.rolname = :r AND pg_has_role(current_user, r.oid, 'MEMBER')",
      soci::use(role), soci::into(n);
  return n > 0;
}

// Another session (a test, a second init on the same server) may create the
// same role at the same moment: that one's role serves.
void createRoleUnlessPresent(soci::session& sql, const std::string& role, const std::string& options) {
  if (roleExists(sql, role)) return;
  try {
    sql << "CREATE ROLE " + quoteIdentifier(role) + " " + options;
  } catch (const soci::postgresql_soci_error& e) {
    if (e.sqlstate() != "42710" && e.sqlstate() != "23505") throw;
  }
}

std::string schemaName(soci::session& sql) {
  std::string schema;
  sql << "SELECT current_schema()", soci::into(schema);
  return schema;
}

struct SchemaObject {
  std::string name, kind;  // kind: "TABLE", "VIEW" or "FUNCTION" (name is then its signature)
};

// The schema's tables, views and functions not yet owned by the owner role.
std::vector<SchemaObject> objectsNotOwned(soci::session& sql) {
  std::vector<SchemaObject> objects;
  std::string name, kind;
  soci::statement st = (sql.prepare << "SELECT quote_ident(c.relname), CASE c.relkind WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END "
                                       "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                       "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v') "
                                       "AND pg_get_userbyid(c.relowner) <> :o "
                                       "UNION ALL SELECT p.oid::regprocedure::text, 'FUNCTION' FROM pg_proc p "
                                       "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema() "
                                       "AND pg_get_userbyid(p.proowner) <> :o2",
                        soci::use(std::string(kOwnerRole)), soci::use(std::string(kOwnerRole)), soci::into(name),
                        soci::into(kind));
  st.execute();
  while (st.fetch()) objects.push_back({name, kind});
  return objects;
}

std::vector<std::string> namesOf(soci::session& sql, const std::string& relkind) {
  std::vector<std::string> names;
  std::string name;
  soci::statement st = (sql.prepare << "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                       "WHERE n.nspname = current_schema() AND c.relkind = :k ORDER BY c.relname",
                        soci::use(relkind), soci::into(name));
  st.execute();
  while (st.fetch()) names.push_back(name);
  return names;
}

std::vector<std::string> columnsOf(soci::session& sql, const std::string& table) {
  std::vector<std::string> columns;
  std::string column;
  soci::statement st = (sql.prepare << "SELECT a.attname FROM pg_attribute a WHERE a.attrelid = "
                                       "quote_ident(:t)::regclass AND a.attnum > 0 AND NOT a.attisdropped "
                                       "ORDER BY a.attnum",
                        soci::use(table), soci::into(column));
  st.execute();
  while (st.fetch()) columns.push_back(column);
  return columns;
}

std::vector<Role> writersOf(const std::string& table) {
  for (const EntityDef* def : allEntities())
    if (table == def->table || table == def->versionsTable()) return rolesAllowed(writeActionFor(def->name));
  if (table == "protocol_versions" || table == "protocol_rules") return rolesAllowed(Action::EditProtocol);
  if (table == "decisions") return rolesAllowed(Action::RecordDecisions);
  if (table == "forum_meetings" || table == "forum_packs") return rolesAllowed(Action::IssuePacks);
  if (table.rfind("recharge_", 0) == 0) return rolesAllowed(Action::EditFinance);  // closes, true-ups, kept lines
  if (table == "audit_changes") return allRoles();  // every write is audited
  return {Role::Admin};  // roles, schema_version, and any table not named here
}

// The columns of `table` a user who may not read salaries never reads.
bool hiddenFromReviewer(const std::string& table, const std::string& column) {
  if (table == "audit_changes") return column == "changes";  // they read audit_log_redacted
  for (const auto& [entity, field] : salaryAndPersonalNoteFields())
    if (const EntityDef* def = findEntity(entity); def && def->versionsTable() == table && field == column) return true;
  return false;
}

// Tables whose every row is a figure worked out from salaries or pay (the
// recharge lines kept as invoiced, the true-ups against actual pay): a user
// who may not read salaries reads none of them.
bool derivedFromSalaries(const std::string& table) {
  return table == "recharge_kept_lines" || table == "recharge_true_ups";
}

std::string groupList(const std::vector<Role>& roles) {
  std::string list;
  for (Role role : roles) list += (list.empty() ? "" : ", ") + groupRole(role);
  return list;
}

void grantOnTable(soci::session& sql, const std::string& table) {
  const std::string t = quoteIdentifier(table);
  sql << "REVOKE ALL ON " + t + " FROM PUBLIC, " + groupList(allRoles());
  std::vector<Role> fullReaders;
  for (Role role : allRoles())
    if (readsSalaries(RoleSet{role})) fullReaders.push_back(role);
  sql << "GRANT SELECT ON " + t + " TO " + groupList(fullReaders);
  std::string visible;
  bool hidesSome = false;
  for (const auto& column : columnsOf(sql, table)) {
    if (hiddenFromReviewer(table, column))
      hidesSome = true;
    else
      visible += (visible.empty() ? "" : ", ") + quoteIdentifier(column);
  }
  for (Role role : allRoles()) {
    if (readsSalaries(RoleSet{role}) || derivedFromSalaries(table)) continue;
    sql << (hidesSome ? "GRANT SELECT (" + visible + ") ON " : "GRANT SELECT ON ") + t + " TO " + groupRole(role);
  }
  sql << "GRANT INSERT ON " + t + " TO " + groupList(writersOf(table));
  if (table == "roles") sql << "GRANT DELETE ON roles TO " + groupRole(Role::Admin);  // a revocation
  if (table == "personal_data_policy") sql << "GRANT UPDATE ON personal_data_policy TO " + groupRole(Role::Admin);
}

void grantOnView(soci::session& sql, const std::string& view) {
  const std::string v = quoteIdentifier(view);
  sql << "REVOKE ALL ON " + v + " FROM PUBLIC, " + groupList(allRoles());
  // The redacted audit log is for everyone; any other view for those who read salaries.
  std::vector<Role> readers;
  for (Role role : allRoles())
    if (view == "audit_log_redacted" || readsSalaries(RoleSet{role})) readers.push_back(role);
  sql << "GRANT SELECT ON " + v + " TO " + groupList(readers);
}

// Runs `work` as `role`; the role is put back even when it throws (in a
// transaction that has failed, its rollback puts it back).
void asRole(soci::session& sql, const std::string& role, const std::function<void()>& work) {
  sql << "SET ROLE " + quoteIdentifier(role);
  try {
    work();
  } catch (...) {
    try {
      sql << "RESET ROLE";
    } catch (...) {
      // An aborted transaction: its rollback resets the role.
    }
    throw;
  }
  sql << "RESET ROLE";
}

void requireLoginName(const std::string& login) {
  if (login.empty() || login.size() > 63)
    throw std::invalid_argument("'" + login + "' is not a PostgreSQL login name (1 to 63 characters)");
  for (unsigned char c : login)
    if (c < 0x20 || c == 0x7F) throw std::invalid_argument("a login name cannot hold a control character");
}

}  // namespace

RoleSet rolesOfCurrentUser(soci::session& sql) {
  int superuser = 0;
  sql << "SELECT CASE WHEN rolsuper THEN 1 ELSE 0 END FROM pg_roles WHERE rolname = current_user", soci::into(superuser);
  if (superuser) return RoleSet{Role::Admin};
  RoleSet roles;
  for (Role role : allRoles())
    if (currentUserIsMemberOf(sql, groupRole(role))) roles.add(role);
  return roles;
}

void prepareForMigration(soci::session& sql) {
  createRoleUnlessPresent(sql, kOwnerRole, "NOLOGIN");
  for (Role role : allRoles())
    createRoleUnlessPresent(sql, groupRole(role), role == Role::Admin ? "NOLOGIN NOINHERIT CREATEROLE" : "NOLOGIN");
  const std::string admin = groupRole(Role::Admin);
  if (!currentUserIsMemberOf(sql, admin)) sql << "GRANT " + admin + " TO CURRENT_USER";
  long long ownerIsMember = 0;
  sql << "SELECT COUNT(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles a ON a.oid = "
         "m.member WHERE r.rolname = :o AND a.rolname = :a",
      soci::use(std::string(kOwnerRole)), soci::use(admin), soci::into(ownerIsMember);
  if (ownerIsMember == 0) sql << "GRANT " + std::string(kOwnerRole) + " TO " + admin;
  const std::string schema = quoteIdentifier(schemaName(sql));
  int ownerCreates = 0;
  sql << "SELECT CASE WHEN has_schema_privilege(:o, current_schema(), 'CREATE') THEN 1 ELSE 0 END",
      soci::use(std::string(kOwnerRole)), soci::into(ownerCreates);
  if (!ownerCreates) sql << "GRANT USAGE, CREATE ON SCHEMA " + schema + " TO " + kOwnerRole;
  sql << "GRANT USAGE ON SCHEMA " + schema + " TO " + groupList(allRoles());
  // A register made before roles existed belongs to whoever created it.
  for (const auto& object : objectsNotOwned(sql))
    sql << "ALTER " + object.kind + " " + object.name + " OWNER TO " + kOwnerRole;
}

void asOwner(soci::session& sql, const std::function<void()>& work) { asRole(sql, kOwnerRole, work); }

void grantPrivileges(soci::session& sql) {
  asOwner(sql, [&] {
    soci::transaction tx(sql);
    for (const auto& table : namesOf(sql, "r")) grantOnTable(sql, table);
    for (const auto& view : namesOf(sql, "v")) grantOnView(sql, view);
    tx.commit();
  });
}

void grantMembership(soci::session& sql, const std::string& login, Role role) {
  requireLoginName(login);
  asRole(sql, groupRole(Role::Admin), [&] {
    if (!roleExists(sql, login)) sql << "CREATE ROLE " + quoteIdentifier(login) + " LOGIN";
    sql << "GRANT " + groupRole(role) + " TO " + quoteIdentifier(login);
  });
}

void revokeMembership(soci::session& sql, const std::string& login, Role role) {
  requireLoginName(login);
  if (!roleExists(sql, login)) return;
  asRole(sql, groupRole(Role::Admin), [&] { sql << "REVOKE " + groupRole(role) + " FROM " + quoteIdentifier(login); });
}

}  // namespace s113::postgres
