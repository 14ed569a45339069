#include "services/ListPages.h"

namespace s113 {

ListPages::ListPages(Register& reg, const EntityDef& def, const AsAt& when) : store_(reg, def), when_(when) {}

std::vector<StoredVersion> ListPages::next(std::size_t rows) {
  if (done_) return {};
  auto page = store_.asAtPage(when_, afterKey_, rows);
  if (page.size() < rows) done_ = true;
  if (!page.empty()) afterKey_ = page.back().key;
  read_ += page.size();
  return page;
}

}  // namespace s113
