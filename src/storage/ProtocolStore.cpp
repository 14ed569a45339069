#include "storage/ProtocolStore.h"

#include "domain/Errors.h"
#include "protocol/ProtocolValidation.h"
#include "protocol/RuleParams.h"
#include "storage/SqlValues.h"
#include "storage/Session.h"

namespace s113 {

int ProtocolStore::latestVersion() {
  try {
    BoundStatement st(sessionOf(reg_), "SELECT MAX(version) FROM protocol_versions");
    soci::row row;
    st.execute(row);
    return st.fetch() ? static_cast<int>(cellInteger(row, 0)) : 0;
  } catch (const soci::soci_error& e) {
    throw StorageError("Reading the HR protocol versions failed: " + std::string(e.what()));
  }
}

Protocol ProtocolStore::load(std::optional<int> version) {
  const int wanted = version ? *version : latestVersion();
  Protocol protocol;
  protocol.version = wanted;
  try {
    {
      BoundStatement st(sessionOf(reg_), "SELECT name FROM protocol_versions WHERE version = :v");
      st.bindInteger(wanted);
      soci::row row;
      st.execute(row);
      if (!st.fetch())
        throw NotFound(wanted == 0
                           ? std::string("The register holds no HR protocol.")
                           : "There is no HR protocol version " + std::to_string(wanted) + ".");
      protocol.name = cellText(row, 0);
    }
    BoundStatement st(
        sessionOf(reg_),
        "SELECT position, rule_kind, enabled, params, title, source FROM protocol_rules "
        "WHERE version = :v ORDER BY position");
    st.bindInteger(wanted);
    soci::row row;
    st.execute(row);
    while (st.fetch()) {
      Rule rule;
      rule.position = static_cast<int>(cellInteger(row, 0));
      const std::string kindText = cellText(row, 1);
      try {
        rule.kind = parseEnum<RuleKind>(kindText);
      } catch (const std::invalid_argument& e) {
        throw ValidationError(
            "protocol version " + std::to_string(wanted) + " rule " + std::to_string(rule.position),
            "rule_kind", e.what());
      }
      rule.enabled = cellInteger(row, 2) != 0;
      rule.params = decodeParams(rule.kind, rule.position, cellText(row, 3));
      rule.title = cellText(row, 4);
      rule.source = cellText(row, 5);
      protocol.rules.push_back(std::move(rule));
    }
  } catch (const soci::soci_error& e) {
    throw StorageError("Reading HR protocol version " + std::to_string(wanted) +
                       " failed: " + std::string(e.what()));
  }
  validate(protocol);
  return protocol;
}

std::vector<ProtocolVersionInfo> ProtocolStore::versions() {
  std::vector<ProtocolVersionInfo> list;
  try {
    BoundStatement st(sessionOf(reg_),
                      "SELECT v.version, v.name, v.created_on, v.created_by, v.note, "
                      "(SELECT COUNT(*) FROM protocol_rules r WHERE r.version = v.version) "
                      "FROM protocol_versions v ORDER BY v.version");
    soci::row row;
    st.execute(row);
    while (st.fetch())
      list.push_back({static_cast<int>(cellInteger(row, 0)), cellText(row, 1), cellText(row, 2),
                      cellText(row, 3), cellText(row, 4), static_cast<int>(cellInteger(row, 5))});
  } catch (const soci::soci_error& e) {
    throw StorageError("Reading the HR protocol versions failed: " + std::string(e.what()));
  }
  return list;
}

int ProtocolStore::saveNew(Protocol protocol, const std::string& createdBy,
                           const std::string& createdOn, const std::string& note) {
  const int latest = latestVersion();
  protocol.version = latest + 1;
  validate(protocol);
  try {
    {
      BoundStatement st(
          sessionOf(reg_),
          "INSERT INTO protocol_versions (version, name, created_on, created_by, note) "
          "VALUES (:v, :n, :on, :by, :note)");
      st.bindInteger(protocol.version);
      st.bindText(protocol.name);
      st.bindText(createdOn);
      st.bindText(createdBy);
      st.bindText(note);
      st.execute();
    }
    for (const Rule& rule : rulesInOrder(protocol)) {
      BoundStatement st(
          sessionOf(reg_),
          "INSERT INTO protocol_rules (version, position, rule_kind, enabled, params, "
          "title, source) VALUES (:v, :p, :k, :e, :params, :t, :s)");
      st.bindInteger(protocol.version);
      st.bindInteger(rule.position);
      st.bindText(toString(rule.kind));
      st.bindInteger(rule.enabled ? 1 : 0);
      st.bindText(encodeParams(rule.params));
      st.bindText(rule.title);
      st.bindText(rule.source);
      st.execute();
    }
  } catch (const soci::soci_error& e) {
    if (isUniqueViolation(e))
      throw Conflict("HR protocol version " + std::to_string(protocol.version) +
                     " was saved by another user at the same time. Your edit was not saved: "
                     "reload the protocol and edit again.");
    throw StorageError("Saving HR protocol version " + std::to_string(protocol.version) +
                       " failed: " + std::string(e.what()));
  }
  return protocol.version;
}

}  // namespace s113
