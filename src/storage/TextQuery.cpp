#include "storage/TextQuery.h"

#include "storage/Session.h"
#include "storage/SqlValues.h"

namespace s113 {

namespace {

class SociQueryRow : public QueryRow {
 public:
  explicit SociQueryRow(const soci::row& row) : row_(row) {}
  std::size_t size() const override { return row_.size(); }
  std::string name(std::size_t column) const override { return row_.get_properties(column).get_name(); }
  bool isNull(std::size_t column) const override { return cellIsNull(row_, column); }
  std::string text(std::size_t column) const override { return cellText(row_, column); }
  long long integer(std::size_t column) const override {
    try {
      return cellInteger(row_, column);
    } catch (const std::out_of_range&) {
      throw std::invalid_argument("'" + cellText(row_, column) + "' is not a whole number");
    }
  }

 private:
  const soci::row& row_;
};

}  // namespace

void forEachQueryRow(Register& reg, const std::string& sql, const std::vector<std::string>& params,
                     const std::function<bool(const QueryRow&)>& visit) {
  try {
    BoundStatement st(sessionOf(reg), sql);
    for (const auto& v : params) st.bindText(v);
    soci::row row;
    st.execute(row);
    const SociQueryRow cells(row);
    while (st.fetch())
      if (!visit(cells)) break;
  } catch (const soci::soci_error& e) {
    throw QueryFailed(e.what());
  }
}

}  // namespace s113
