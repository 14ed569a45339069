// Progress of long work (imports, exports, backups): the work reports how far
// it is; whoever runs it decides what to show (the desktop app a progress
// dialog, the CLI nothing). A report may also ask the work to stop: then the
// work throws Cancelled, and an import rolls back, writing nothing.
#pragma once
#include <cstddef>
#include <stdexcept>
#include <string>

namespace s113 {

class Progress {
 public:
  virtual ~Progress() = default;
  // `done` of `total` units (total 0: unknown), and what is being done now.
  // Returns false when the work should stop.
  virtual bool step(std::size_t done, std::size_t total, const std::string& what) = 0;
};

// The user stopped the work before it finished.
class Cancelled : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reports to `progress` (when there is one); throws Cancelled when asked to stop.
inline void reportProgress(Progress* progress, std::size_t done, std::size_t total,
                           const std::string& what) {
  if (progress && !progress->step(done, total, what))
    throw Cancelled("Stopped at the user's request: " + what);
}

}  // namespace s113
