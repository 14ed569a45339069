#include "storage/TextQuery.h"

#include "storage/Session.h"
#include "storage/SqlValues.h"

namespace s113 {

void forEachTextRow(Register& reg, const std::string& sql, const std::vector<std::string>& params,
                    const std::function<bool(const TextRow&)>& visit) {
  try {
    BoundStatement st(sessionOf(reg), sql);
    for (const auto& v : params) st.bindText(v);
    soci::row row;
    st.execute(row);
    while (st.fetch()) {
      TextRow out;
      for (std::size_t c = 0; c < row.size(); ++c) out[row.get_properties(c).get_name()] = cellText(row, c);
      if (!visit(out)) break;
    }
  } catch (const soci::soci_error& e) {
    throw QueryFailed(e.what());
  }
}

}  // namespace s113
