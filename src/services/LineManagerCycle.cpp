#include "services/LineManagerCycle.h"

#include <set>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/Validation.h"
#include "services/TypedRecords.h"

namespace s113 {

namespace {

// A post's line manager: all the walk up the chain needs of a post.
struct PostManager {
  std::string ref;
  RecordKey lineManager;
};

template <class Visitor>
void describe(Visitor& v, PostManager& p) {
  v.key("ref", p.ref);
  v.ref("line_manager", "Line-manager post", "post", p.lineManager, Required::No);
}

}  // namespace

void refuseLineManagerCycle(Register& reg, const Edit& edit) {
  if (edit.def != &postDef()) return;
  std::string manager =
      editedAs<PostManager>(edit).lineManager.value;
  std::string chain = edit.key;
  std::set<std::string> seen{edit.key};
  while (!manager.empty()) {
    chain += " -> " + manager;
    if (manager == edit.key)
      throw ValidationErrors({ValidationError(recordLabel(postDef(), edit.key), "line_manager",
                                              "would make a post its own line manager (" + chain + ")")});
    if (!seen.insert(manager).second) return;  // a loop that does not pass through this post: not this edit's
    auto above = latestLive<PostManager>(reg, postDef(), manager);
    if (!above) return;
    manager = above->lineManager.value;
  }
}

}  // namespace s113
