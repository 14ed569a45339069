// The HR protocol as stored in the register (schema/0002_protocol.sql):
// protocol_versions holds one row per version, protocol_rules its rules. A
// version is never changed once saved; an admin edit saves a new version.
//
// Example:
//   ProtocolStore store(reg);
//   Protocol latest = store.load();              // the newest version
//   Protocol v1 = store.load(1);                 // equals defaultProtocol()
//   WriteTransaction tx(reg);
//   int v = store.saveNew(withThreshold(latest, 6500), reg.actingUser(), "2026-11-24", "65%");
//   tx.commit();
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "protocol/Protocol.h"
#include "storage/Register.h"

namespace s113 {

// One saved version, without its rules.
struct ProtocolVersionInfo {
  int version = 0;
  std::string name;
  std::string createdOn;  // ISO date
  std::string createdBy;
  std::string note;
  int ruleCount = 0;
};

class ProtocolStore {
 public:
  explicit ProtocolStore(Register& reg) : reg_(reg) {}

  // The protocol of `version`, or of the newest version when none. Each rule's
  // kind and parameters are parsed and the whole protocol validated. Throws
  // NotFound when there is no such version, ValidationError when a stored
  // rule is not understood (naming the rule and its field).
  Protocol load(std::optional<int> version = std::nullopt);
  // The newest version number; 0 when none is stored.
  int latestVersion();
  // Every version, oldest first.
  std::vector<ProtocolVersionInfo> versions();

  // Saves `protocol` as a new version inside the caller's WriteTransaction
  // and returns its number: always the one after the newest stored version
  // (the protocol is renumbered, whatever version its edits gave it).
  // Validates first (ValidationError); Conflict when another writer saved the
  // same number at the same time.
  int saveNew(Protocol protocol, const std::string& createdBy, const std::string& createdOn,
              const std::string& note);

 private:
  Register& reg_;
};

}  // namespace s113
