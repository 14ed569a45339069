// Applying a recorded decision's employer to its post (decide --record
// --apply, and the wizard's "apply to the post" choice).
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "services/DecisionService.h"
#include "services/RecordService.h"
#include "domain/entities/Post.h"
#include "services/Roles.h"
#include "services/TypedRecords.h"

namespace s113 {

AppliedDecision recordAndApplyDecision(Register& reg, const DecisionRequest& request,
                                       const std::optional<DecisionOverride>& override) {
  require(reg, Action::RecordDecisions);
  require(reg, Action::EditRecords);
  try {
    WriteTransaction tx(reg);
    AppliedDecision out;
    out.recorded = recordDecisionInTransaction(reg, request, override);
    const DecisionRow& row = out.recorded.row;
    const PostFacts& facts = out.recorded.decided.facts;
    const auto employer = row.employer();
    if (!employer)
      throw ValidationError("decision on post " + request.postRef, "apply",
                            "the protocol refers the decision: there is no employer to apply "
                            "(record an override to name one); nothing was recorded");
    auto post = latestLive<Post>(reg, postDef(), request.postRef);
    if (!post) throw NotFound("There is no post '" + request.postRef + "'.");
    const RecordKey chosen{*employer};
    const bool hostBlank = post->host.empty();
    if (post->employer != chosen || hostBlank) {
      post->employer = chosen;
      if (hostBlank) post->host = chosen;  // a post is hosted by its employer unless it says otherwise
      out.appliedPostVersion = RecordService(reg).saveInTransaction(
          {&postDef(), request.postRef, toValues(*post), facts.postVersion, facts.on});
    }
    tx.commit();
    return out;
  } catch (const soci::soci_error& e) {
    throw StorageError(std::string("The register could not be written: ") + e.what());
  }
}

}  // namespace s113
