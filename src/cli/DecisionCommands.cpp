// decide, decisions, protocol: the HR protocol's employer decisions and the
// admin edits of the protocol.
#include <fstream>
#include <memory>
#include <optional>

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "domain/Errors.h"
#include "domain/Money.h"
#include "protocol/DecisionJson.h"
#include "protocol/ProtocolDocument.h"
#include "protocol/ProtocolEdits.h"
#include "services/DecisionReads.h"
#include "services/DecisionService.h"
#include "services/ProtocolService.h"

namespace s113::cli {
namespace {

const char* kDbHelp = "SQLite register file or postgresql:// connection string";

struct DecideArgs {
  std::string db, post, kind = "new_post", pool, format = "text", on, forumConsulted;
  std::string overrideEmployer, reason;
  int protocolVersion = 0;
  bool all = false, proposed = false, record = false, apply = false;
  bool officerConsulted = false, gradedInBoth = false, fundingAgreed = false,
       reorganisationOverrides = false;
};

struct DecisionsArgs {
  std::string db, post, key, format = "text";
};

struct ProtocolArgs {
  std::string db, action, note;
  std::vector<std::string> values;
  int version = 0;
  bool dryRun = false, allPosts = false;
};

Date dateOption(const std::string& option, const std::string& text) {
  try {
    return parseIsoDate(text);
  } catch (const std::exception& e) {
    throw UsageError(option + ": " + e.what());
  }
}

int wholeNumber(const std::string& what, const std::string& text) {
  try {
    std::size_t used = 0;
    int value = std::stoi(text, &used);
    if (used == text.size()) return value;
  } catch (const std::exception&) {
  }
  throw UsageError(what + ": '" + text + "' is not a whole number");
}

DecisionRequest requestOf(const DecideArgs& a) {
  DecisionRequest r;
  r.postRef = a.post;
  r.kind = parseEnum<ProposalKind>(a.kind);
  if (!a.pool.empty()) r.expectedAppointeePool = parseEnum<PensionScheme>(a.pool);
  r.reorganisationDecisionOverrides = a.reorganisationOverrides;
  r.officerConsulted = a.officerConsulted;
  r.gradedInBoth = a.gradedInBoth;
  r.fundingSharesAgreed = a.fundingAgreed;
  if (!a.forumConsulted.empty())
    r.forumConsultedOn = dateOption("--forum-consulted", a.forumConsulted);
  if (a.protocolVersion > 0) r.protocolVersion = a.protocolVersion;
  if (!a.on.empty()) r.on = dateOption("--on", a.on);
  return r;
}

std::string changeLine(const OutcomeChange& c) {
  return c.postRef + "\t" + outcomeCode(c.oldEmployer) + " -> " + outcomeCode(c.newEmployer) +
         "\t" + decidingRuleWords(c.oldRule) + " -> " + decidingRuleWords(c.newRule);
}

void printRerun(std::ostream& out, const ProtocolRerun& rerun, PostScope scope) {
  const std::string which = scope == PostScope::Proposed ? "proposed post" : "post";
  out << "Protocol version " << rerun.oldVersion << " -> " << rerun.newVersion << ": "
      << rerun.postsChecked << " " << which << (rerun.postsChecked == 1 ? "" : "s") << " checked, "
      << rerun.changes.size() << " would change.\n";
  for (const auto& change : rerun.changes) out << changeLine(change) << "\n";
  for (const auto& [post, why] : rerun.skipped) out << post << "\tnot checked: " << why << "\n";
}

int decideCommand(CommandContext& ctx, const DecideArgs& a) {
  if (a.all == !a.post.empty()) throw UsageError("decide: give either --post REF or --all");
  if (!a.reason.empty() && a.overrideEmployer.empty())
    throw UsageError("decide: --reason goes with --override PARTNER");
  if (a.all && (a.record || !a.overrideEmployer.empty()))
    throw UsageError(
        "decide: --all changes nothing; record decisions one post at a time with --post");
  if (!a.all && a.proposed) throw UsageError("decide: --proposed goes with --all");
  if (a.apply && !(a.record || !a.overrideEmployer.empty()))
    throw UsageError("decide: --apply goes with --record (or --override)");
  const DecisionRequest request = requestOf(a);
  auto reg = Register::open(a.db, false);

  if (a.all) {
    const PostScope scope = a.proposed ? PostScope::Proposed : PostScope::Every;
    if (a.format == "json") {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& o : decideEveryPost(*reg, request, scope)) {
        nlohmann::json item{{"post_ref", o.postRef}, {"title", o.title}, {"status", o.status ? nlohmann::json(toString(*o.status)) : nlohmann::json(nullptr)}};
        if (o.decision) {
          item["employer"] = o.decision->employer ? nlohmann::json(*o.decision->employer)
                                                  : nlohmann::json(nullptr);
          item["refer_to_joint_hr_group"] = !o.decision->employer.has_value();
          item["deciding_rule"] =
              o.decision->decidingRule
                  ? nlohmann::json{{"position", o.decision->decidingRule->position},
                                   {"kind", toString(o.decision->decidingRule->kind)}}
                  : nlohmann::json(nullptr);
          item["protocol_version"] = o.decision->protocolVersion;
        } else {
          item["problem"] = o.problem;
        }
        list.push_back(item);
      }
      ctx.out << list.dump(2) << "\n";
    } else {
      // Printed as decided: a national register's outcomes are not held at once.
      forEachPostOutcome(*reg, request, scope, [&](PostOutcome&& o) {
        if (o.decision)
          ctx.out << o.postRef << "\t" << outcomeCode(o.decision->employer) << "\t"
                  << decidingRuleWords(o.decision->decidingRule) << "\n";
        else
          ctx.out << o.postRef << "\tnot decided\t" << o.problem << "\n";
      });
    }
    return kOk;
  }

  const bool record = a.record || !a.overrideEmployer.empty();
  std::optional<RecordedDecision> recorded;
  int appliedVersion = 0;
  EmployerDecision decided;
  if (record) {
    std::optional<DecisionOverride> override;
    if (!a.overrideEmployer.empty()) override = DecisionOverride{a.overrideEmployer, a.reason};
    if (a.apply) {
      const AppliedDecision applied = recordAndApplyDecision(*reg, request, override);
      recorded = applied.recorded;
      appliedVersion = applied.appliedPostVersion;
    } else {
      recorded = recordDecision(*reg, request, override);
    }
    decided = recorded->decided;
  } else {
    decided = decidePost(*reg, request);
  }
  const DecisionRow* row = recorded ? &recorded->row : nullptr;
  if (a.format == "json") {
    nlohmann::json doc = decisionRecordJson(decided, row);
    if (a.apply) doc["applied_post_version"] = appliedVersion;
    ctx.out << doc.dump(2) << "\n";
  } else {
    ctx.out << renderDecisionRecordText(decided, row);
    if (a.apply)
      ctx.out << (appliedVersion ? "Applied to post " + a.post + ": employer " +
                                       *row->employer() + " (version " +
                                       std::to_string(appliedVersion) + ").\n"
                                 : "Post " + a.post + " already has employer " +
                                       *row->employer() + ": unchanged.\n");
  }
  return kOk;
}

int decisionsCommand(CommandContext& ctx, const DecisionsArgs& a) {
  auto reg = Register::open(a.db, false);
  std::vector<DecisionRow> rows;
  if (!a.key.empty()) {
    auto found = recordedDecision(*reg, a.key);
    if (!found) throw NotFound("There is no recorded decision '" + a.key + "'.");
    rows.push_back(*found);
  } else {
    rows = recordedDecisions(*reg, a.post.empty() ? std::nullopt : std::optional<std::string>(a.post));
  }
  if (a.format == "json") {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& r : rows) list.push_back(decisionRowJson(r));
    ctx.out << (a.key.empty() ? list : list.front()).dump(2) << "\n";
  } else {
    for (const auto& r : rows) ctx.out << decisionRowLine(r) << "\n";
    if (rows.empty()) ctx.out << "No decisions recorded.\n";
  }
  return kOk;
}

// "65%" or "6500": the threshold in basis points.
BasisPoints thresholdOf(const std::string& text) {
  if (text.empty() || text.back() != '%') return BasisPoints(wholeNumber("set-threshold", text));
  try {
    return parsePercent(text.substr(0, text.size() - 1));
  } catch (const std::exception& e) {
    throw UsageError("set-threshold: " + std::string(e.what()));
  }
}

// The edit an action makes to the newest protocol version; none for the
// actions that only read. Parsed before the register is opened: throws
// UsageError for an unknown action or values that do not fit it.
std::function<Protocol(const Protocol&)> protocolEditOf(const ProtocolArgs& a) {
  const std::string& action = a.action;
  const auto& v = a.values;
  auto needValues = [&](std::size_t n, const char* usage) {
    if (v.size() != n) throw UsageError(std::string("protocol ") + usage);
  };
  if (action == "show" || action == "versions" || action == "compare") {
    needValues(0, "show|versions|compare take no further values");
    return {};
  }
  if (action == "export") {
    needValues(1, "export FILE");
    return {};
  }
  if (action == "set-threshold") {
    needValues(1, "set-threshold BP (basis points, 6500 = 65%; or a percentage such as 65%)");
    const BasisPoints bp = thresholdOf(v[0]);
    return [bp](const Protocol& p) { return withThreshold(p, bp); };
  }
  if (action == "enable" || action == "disable") {
    needValues(1, "enable|disable N (the rule's position)");
    const int position = wholeNumber(action, v[0]);
    const bool enabled = action == "enable";
    return [position, enabled](const Protocol& p) { return withRuleEnabled(p, position, enabled); };
  }
  if (action == "move") {
    needValues(2, "move FROM TO (rule positions)");
    const int from = wholeNumber("move FROM", v[0]), to = wholeNumber("move TO", v[1]);
    return [from, to](const Protocol& p) { return withRuleMoved(p, from, to); };
  }
  if (action == "map-profession") {
    needValues(2, "map-profession REGISTRATION council|nhs|none");
    Registration registration;
    std::optional<PartnerKind> kind;
    try {
      registration = parseEnum<Registration>(v[0]);
      if (v[1] != "none") kind = parseEnum<PartnerKind>(v[1]);
    } catch (const std::invalid_argument& e) {
      throw UsageError("map-profession: " + std::string(e.what()));
    }
    return [registration, kind](const Protocol& p) { return withProfessionMapping(p, registration, kind); };
  }
  throw UsageError("protocol: unknown action '" + action +
                   "' (show, versions, export, set-threshold, enable, disable, move, "
                   "map-profession, compare)");
}

// show, versions, export and compare: they change nothing.
int protocolReadCommand(CommandContext& ctx, Register& reg, const ProtocolArgs& a, std::optional<int> version,
                        PostScope scope) {
  if (a.action == "show") {
    ctx.out << renderProtocolDocument(protocolVersion(reg, version));
  } else if (a.action == "versions") {
    for (const auto& info : protocolVersions(reg))
      ctx.out << info.version << "\t" << info.createdOn << "\t" << info.createdBy << "\t"
              << info.name << "\t" << info.ruleCount << " rules"
              << (info.note.empty() ? "" : "\t" + info.note) << "\n";
  } else if (a.action == "export") {
    const Protocol protocol = protocolVersion(reg, version);
    const std::string& file = a.values[0];
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    if (!out || !(out << renderProtocolDocument(protocol)) || !out.flush())
      throw StorageError("Cannot write " + file);
    ctx.out << "HR protocol version " << protocol.version << " written to " << file << ".\n";
  } else if (protocolVersions(reg).size() < 2) {  // compare
    ctx.out << "The register holds only HR protocol version " << protocolVersion(reg).version
            << ": there is no earlier version to compare with.\n";
  } else {
    printRerun(ctx.out, compareWithPrevious(reg, scope), scope);
  }
  return kOk;
}

int protocolCommand(CommandContext& ctx, const ProtocolArgs& a) {
  const PostScope scope = a.allPosts ? PostScope::Every : PostScope::Proposed;
  std::optional<int> version;
  if (a.version > 0) version = a.version;
  const auto edit = protocolEditOf(a);  // everything parsed before the register is opened
  if (edit && version)
    throw UsageError("protocol: --version goes with show and export; edits start from the newest");

  auto reg = Register::open(a.db, false);
  if (!edit) return protocolReadCommand(ctx, *reg, a, version, scope);
  ProtocolEdit result = editProtocol(*reg, edit, a.note, scope, a.dryRun);
  if (result.dryRun)
    ctx.out << "Dry run: HR protocol version " << result.saved.version << " was not saved.\n";
  else
    ctx.out << "Saved HR protocol version " << result.saved.version << " (" << result.saved.name
            << ").\n";
  printRerun(ctx.out, result.rerun, scope);
  return kOk;
}

}  // namespace

void registerDecisionCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  {
    auto a = std::make_shared<DecideArgs>();
    CLI::App* sub = app.add_subcommand(
        "decide", "Apply the HR protocol: which partner employs a post, and why");
    sub->add_option("DB", a->db, kDbHelp)->required();
    sub->add_option("--post", a->post, "the post's reference");
    sub->add_flag("--all", a->all, "decide every post, a line each (changes nothing)");
    sub->add_flag("--proposed", a->proposed, "with --all: only posts whose status is proposed");
    sub->add_option("--kind", a->kind, "why the employer is chosen (default new_post)")
        ->check(CLI::IsMember({"new_post", "reorganisation", "replacement"}));
    sub->add_option("--pool", a->pool, "pension scheme of the expected appointees")
        ->check(CLI::IsMember({"NHSPS", "LGPS"}));
    sub->add_flag(
        "--reorganisation-overrides", a->reorganisationOverrides,
        "a reorganisation decision says the replacement need not keep the outgoing employer");
    sub->add_flag("--officer-consulted", a->officerConsulted, "the officer has been consulted");
    sub->add_flag("--graded-in-both", a->gradedInBoth, "the post is graded in both organisations");
    sub->add_flag("--funding-agreed", a->fundingAgreed, "the funding shares are agreed");
    sub->add_option("--forum-consulted", a->forumConsulted,
                    "the day the Joint Staff Forum was consulted (YYYY-MM-DD)");
    sub->add_option("--protocol-version", a->protocolVersion,
                    "the protocol version to apply (default the newest)")
        ->check(CLI::PositiveNumber);
    sub->add_option("--on", a->on, "the day of the decision (YYYY-MM-DD, default today)");
    sub->add_option("--format", a->format, "text or json")->check(CLI::IsMember({"text", "json"}));
    sub->add_flag("--record", a->record, "record the decision in the register");
    sub->add_flag("--apply", a->apply,
                  "with --record: also set the post's employer (and a blank host) to the "
                  "decision's, as one audited change of the post");
    sub->add_option("--override", a->overrideEmployer,
                    "record PARTNER as employer instead of the outcome");
    sub->add_option("--reason", a->reason,
                    "why the outcome is overridden (required with --override)");
    sub->callback([&, a] { action = [&, a] { return decideCommand(ctx, *a); }; });
  }
  {
    auto a = std::make_shared<DecisionsArgs>();
    CLI::App* sub =
        app.add_subcommand("decisions", "List the recorded employer decisions (overrides marked)");
    sub->add_option("DB", a->db, kDbHelp)->required();
    sub->add_option("--post", a->post, "only the decisions on this post");
    sub->add_option("--key", a->key, "one decision, e.g. D-BN-037-1");
    sub->add_option("--format", a->format, "text or json")->check(CLI::IsMember({"text", "json"}));
    sub->callback([&, a] { action = [&, a] { return decisionsCommand(ctx, *a); }; });
  }
  {
    auto a = std::make_shared<ProtocolArgs>();
    CLI::App* sub = app.add_subcommand(
        "protocol",
        "Show, export or edit the HR protocol: show | versions | export FILE | set-threshold BP | "
        "enable N | "
        "disable N | move FROM TO | map-profession REG council|nhs|none | compare");
    sub->add_option("DB", a->db, kDbHelp)->required();
    sub->add_option("ACTION", a->action, "what to do")->required();
    sub->add_option("VALUES", a->values, "the action's values");
    sub->add_option("--version", a->version, "show/export this version (default the newest)")
        ->check(CLI::PositiveNumber);
    sub->add_option("--note", a->note, "why the protocol is edited (kept with the new version)");
    sub->add_flag("--dry-run", a->dryRun, "list what an edit would change without saving it");
    sub->add_flag("--all-posts", a->allPosts, "compare over every post, not only proposed ones");
    sub->callback([&, a] { action = [&, a] { return protocolCommand(ctx, *a); }; });
  }
}

}  // namespace s113::cli
