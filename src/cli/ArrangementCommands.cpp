// placement, dispute, arrangements, exit: the arrangement commands.
//   s113reg-cli placement DB REF --status agreed [--on DATE] [--consulted-on DATE] ...
//   s113reg-cli dispute DB REF --escalate | --resolve OUTCOME [--on DATE]
//   s113reg-cli arrangements DB [--as-at DATE]
//   s113reg-cli exit DB --agreement REF --on DATE [--format text|json]
#include <algorithm>
#include <memory>

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "domain/Arrangements.h"
#include "domain/Errors.h"
#include "domain/Validation.h"
#include "domain/ArrangementLifecycle.h"
#include "domain/entities/Dispute.h"
#include "domain/entities/Placement.h"
#include "services/ArrangementQueries.h"
#include "services/ExitScenario.h"
#include "services/RecordReads.h"
#include "services/RecordService.h"

namespace s113::cli {
namespace {

Date dateOption(const std::string& option, const std::string& text) {
  try {
    return parseIsoDate(text);
  } catch (const std::exception& e) {
    throw UsageError(option + ": " + e.what());
  }
}

struct PlacementArgs {
  std::string db, ref, status, on, consultedOn, endedOn, reason, plannedEnd, nextReview;
  int expectVersion = 0;
};

struct DisputeArgs {
  std::string db, ref, on, resolve;
  bool escalate = false;
  int expectVersion = 0;
};

struct ExitArgs {
  std::string db, agreement, on, format = "text";
};

struct InForceArgs {
  std::string db, asAt;
};

// The newest version of a record, checked against --expect-version when given.
StoredVersion baseline(Register& reg, const EntityDef& def, const std::string& key,
                       int expectVersion) {
  auto latest = latestVersion(reg, def, key);
  if (!latest || latest->deleted) throw NotFound(recordLabel(def, key) + " does not exist.");
  if (expectVersion > 0 && expectVersion != latest->version)
    throw Conflict(recordLabel(def, key) + " is at version " + std::to_string(latest->version) +
                   ", not " + std::to_string(expectVersion) + " (changed by " + latest->recordedBy +
                   " at " + latest->recordedAt + "). Nothing was written: look again and retry.");
  return *latest;
}

// The placement's new status (and the dates that go with it) as a new version.
int runPlacement(CommandContext& ctx, const PlacementArgs& args) {
  const Date on = args.on.empty() ? today() : dateOption("--on", args.on);
  auto optionalDate = [](const char* option, const std::string& text) {
    return text.empty() ? OptionalDate() : OptionalDate(dateOption(option, text));
  };
  const OptionalDate consulted = optionalDate("--consulted-on", args.consultedOn);
  const OptionalDate ended = optionalDate("--ended-on", args.endedOn);
  const OptionalDate plannedEnd = optionalDate("--planned-end", args.plannedEnd);
  const OptionalDate nextReview = optionalDate("--next-review", args.nextReview);
  auto reg = Register::open(args.db, false);
  StoredVersion base = baseline(*reg, placementDef(), args.ref, args.expectVersion);
  const std::string label = recordLabel(placementDef(), args.ref);
  Placement placement = fromValues<Placement>(args.ref, base.fields, label);
  const PlacementStatus from = placement.status;
  try {
    placement.status = parseEnum<PlacementStatus>(args.status);
  } catch (const std::invalid_argument& e) {
    throw ValidationError(label, "status", e.what());
  }
  if (consulted) placement.officerConsultedOn = consulted;
  if (ended) placement.endedOn = ended;
  if (!args.reason.empty()) placement.terminationReason = args.reason;
  if (plannedEnd) placement.plannedEnd = plannedEnd;
  if (nextReview) placement.nextReview = nextReview;
  if (placementFinished(placement.status) && !placement.endedOn) placement.endedOn = on;
  int version = RecordService(*reg).save({&placementDef(), args.ref, toValues(placement), base.version, on});
  ctx.out << "placement " << args.ref << ": " << toString(from) << " -> " << args.status << " from "
          << formatIso(on) << " (version " << version << ").\n";
  return kOk;
}

// The dispute one stage further, or its outcome, as a new version.
int runDispute(CommandContext& ctx, const DisputeArgs& args) {
  if (args.escalate == !args.resolve.empty())
    throw UsageError("dispute: give either --escalate or --resolve");
  const Date on = args.on.empty() ? today() : dateOption("--on", args.on);
  auto reg = Register::open(args.db, false);
  StoredVersion base = baseline(*reg, disputeDef(), args.ref, args.expectVersion);
  Dispute dispute = fromValues<Dispute>(args.ref, base.fields, recordLabel(disputeDef(), args.ref));
  if (args.escalate) {
    const auto next = nextDisputeStage(dispute.stage);
    if (!next)
      throw ValidationError(recordLabel(disputeDef(), args.ref), "stage",
                            "is at " + toString(dispute.stage) + ": there is no further stage");
    dispute.stage = *next;
    dispute.stageReachedOn = on;
  } else {
    dispute.outcome = args.resolve;
    dispute.resolvedOn = on;
  }
  int version = RecordService(*reg).save({&disputeDef(), args.ref, toValues(dispute), base.version, on});
  ctx.out << "dispute " << args.ref << ": stage " << toString(dispute.stage)
          << (args.escalate ? "" : ", resolved on " + formatIso(on)) << " (version " << version
          << ").\n";
  return kOk;
}

void addPlacementCommand(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  auto args = std::make_shared<PlacementArgs>();
  auto* sub = app.add_subcommand("placement", "Move a placement along its lifecycle (audited)");
  sub->add_option("DB", args->db, "SQLite register file or postgresql:// connection string")
      ->required();
  sub->add_option("REF", args->ref, "the placement")->required();
  sub->add_option("--status", args->status,
                  "proposed, consulted, agreed, active, review_due, extended, ended or terminated")
      ->required();
  sub->add_option("--on", args->on, "the date the change takes effect (YYYY-MM-DD, default today)");
  sub->add_option("--consulted-on", args->consultedOn, "the date the officer was consulted");
  sub->add_option("--ended-on", args->endedOn, "the date it ended (ended, terminated)");
  sub->add_option("--reason", args->reason, "why it was terminated");
  sub->add_option("--planned-end", args->plannedEnd, "a new planned end (extended)");
  sub->add_option("--next-review", args->nextReview, "the next review date");
  sub->add_option("--expect-version", args->expectVersion,
                  "refuse unless the placement is still at this version");
  sub->callback([&, args] { action = [&, args] { return runPlacement(ctx, *args); }; });
}

void addDisputeCommand(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  auto args = std::make_shared<DisputeArgs>();
  auto* sub =
      app.add_subcommand("dispute", "Escalate a dispute one stage, or record its outcome (audited)");
  sub->add_option("DB", args->db, "SQLite register file or postgresql:// connection string")
      ->required();
  sub->add_option("REF", args->ref, "the dispute")->required();
  sub->add_flag("--escalate", args->escalate,
                "move to the next stage: joint_hr_group -> joint_committee -> chief_executives "
                "-> arbitration");
  sub->add_option("--resolve", args->resolve, "the outcome");
  sub->add_option("--on", args->on, "the date (YYYY-MM-DD, default today)");
  sub->add_option("--expect-version", args->expectVersion,
                  "refuse unless the dispute is still at this version");
  sub->callback([&, args] { action = [&, args] { return runDispute(ctx, *args); }; });
}

void addArrangementsCommand(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  auto args = std::make_shared<InForceArgs>();
  auto* sub = app.add_subcommand("arrangements", "List the arrangements in force on a date");
  sub->add_option("DB", args->db, "SQLite register file or postgresql:// connection string")
      ->required();
  sub->add_option("--as-at", args->asAt, "the date (YYYY-MM-DD, default today)");
  sub->callback([&, args] {
    action = [&, args] {
      const Date asAt = args->asAt.empty() ? today() : dateOption("--as-at", args->asAt);
      auto reg = Register::open(args->db, false);
      ctx.out << arrangementsInForceText(arrangementsInForce(*reg, asAt));
      return kOk;
    };
  });
}

void addExitCommand(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  auto args = std::make_shared<ExitArgs>();
  auto* sub = app.add_subcommand("exit", "What happens if an agreement ends on a date");
  sub->add_option("DB", args->db, "SQLite register file or postgresql:// connection string")
      ->required();
  sub->add_option("--agreement", args->agreement, "the agreement")->required();
  sub->add_option("--on", args->on, "the date it ends (YYYY-MM-DD)")->required();
  sub->add_option("--format", args->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  sub->callback([&, args] {
    action = [&, args] {
      const Date on = dateOption("--on", args->on);
      auto reg = Register::open(args->db, false);
      ExitScenario scenario = buildExitScenario(*reg, args->agreement, on);
      ctx.out << (args->format == "json" ? exitScenarioJson(scenario) : exitScenarioText(scenario));
      return kOk;
    };
  });
}

}  // namespace

void registerArrangementCommands(CLI::App& app, CommandContext& ctx, std::function<int()>& action) {
  addPlacementCommand(app, ctx, action);
  addDisputeCommand(app, ctx, action);
  addArrangementsCommand(app, ctx, action);
  addExitCommand(app, ctx, action);
}

}  // namespace s113::cli
