#include "services/LineManagerCycle.h"

#include <set>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/Validation.h"
#include "storage/VersionStore.h"

namespace s113 {

void refuseLineManagerCycle(Register& reg, const Edit& edit) {
  if (edit.def != &postDef()) return;
  std::string manager = valueOf(edit.fields, "line_manager");
  std::string chain = edit.key;
  std::set<std::string> seen{edit.key};
  VersionStore posts(reg, postDef());
  while (!manager.empty()) {
    chain += " -> " + manager;
    if (manager == edit.key)
      throw ValidationErrors({ValidationError(recordLabel(postDef(), edit.key), "line_manager",
                                              "would make a post its own line manager (" + chain + ")")});
    if (!seen.insert(manager).second) return;  // a loop that does not pass through this post: not this edit's
    auto latest = posts.latest(manager);
    if (!latest || latest->deleted) return;
    manager = valueOf(latest->fields, "line_manager");
  }
}

}  // namespace s113
