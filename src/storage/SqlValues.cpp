#include "storage/SqlValues.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "domain/ExchangeForm.h"
#include "domain/Money.h"
#include "storage/SqlQuantities.h"
#include "storage/StatementCache.h"

namespace s113 {

void BoundStatement::bindText(const std::string& value) {
  texts_.push_back(value);
  indicators_.push_back(soci::i_ok);
  st_.exchange(soci::use(texts_.back(), indicators_.back()));
}

void BoundStatement::bindNullableText(const std::string& value) {
  if (value.empty())
    bindNull();
  else
    bindText(value);
}

void BoundStatement::bindInteger(long long value) {
  integers_.push_back(value);
  indicators_.push_back(soci::i_ok);
  st_.exchange(soci::use(integers_.back(), indicators_.back()));
}

void BoundStatement::bindNull() {
  texts_.emplace_back();
  indicators_.push_back(soci::i_null);
  st_.exchange(soci::use(texts_.back(), indicators_.back()));
}

void BoundStatement::execute() {
  st_.alloc();
  st_.prepare(query_);
  st_.define_and_bind();
  st_.execute(true);
}

void BoundStatement::execute(soci::row& row) {
  st_.exchange(soci::into(row));
  st_.alloc();
  st_.prepare(query_);
  st_.define_and_bind();
  st_.execute(false);
}

bool cellIsNull(const soci::row& row, std::size_t index) {
  return row.get_indicator(index) == soci::i_null;
}

std::string cellText(const soci::row& row, std::size_t index) {
  if (cellIsNull(row, index)) return "";
  switch (row.get_properties(index).get_data_type()) {
    case soci::dt_string: return row.get<std::string>(index);
    case soci::dt_integer: return std::to_string(row.get<int>(index));
    case soci::dt_long_long: return std::to_string(row.get<long long>(index));
    case soci::dt_unsigned_long_long: return std::to_string(row.get<unsigned long long>(index));
    case soci::dt_double: {
      double d = row.get<double>(index);
      long long whole = static_cast<long long>(d);
      return static_cast<double>(whole) == d ? std::to_string(whole) : std::to_string(d);
    }
    default: return row.get<std::string>(index);
  }
}

long long cellInteger(const soci::row& row, std::size_t index) {
  if (cellIsNull(row, index)) return 0;
  switch (row.get_properties(index).get_data_type()) {
    case soci::dt_integer: return row.get<int>(index);
    case soci::dt_long_long: return row.get<long long>(index);
    case soci::dt_unsigned_long_long: return static_cast<long long>(row.get<unsigned long long>(index));
    case soci::dt_double: return static_cast<long long>(row.get<double>(index));
    default: return std::stoll(row.get<std::string>(index));
  }
}

FieldValue fromDatabase(const FieldDef& field, const soci::row& row, std::size_t index) {
  if (cellIsNull(row, index)) return std::monostate{};
  switch (field.type) {
    case FieldType::Money: return cellQuantity<Pence>(row, index);
    case FieldType::Percent: return cellQuantity<BasisPoints>(row, index);
    case FieldType::Fte: return cellQuantity<FteUnits>(row, index);
    case FieldType::Bool: return cellInteger(row, index) != 0;
    case FieldType::Integer: return cellInteger(row, index);
    default: return parseFieldText(field, cellText(row, index));
  }
}

namespace {
// How each value is bound; blank never reaches it.
template <typename Statement>
struct Binder {
  Statement& st;
  const FieldDef& field;
  void operator()(std::monostate) const { st.bindNull(); }
  void operator()(const std::string& text) const { st.bindText(text); }
  void operator()(const RecordKey& key) const { st.bindText(key.value); }
  void operator()(Choice choice) const { st.bindText(field.allowed.at(choice.index)); }
  void operator()(long long n) const { st.bindInteger(n); }
  void operator()(Pence pence) const { st.bindInteger(pence.value()); }
  void operator()(BasisPoints bp) const { st.bindInteger(bp.value()); }
  void operator()(FteUnits fte) const { st.bindInteger(fte.value()); }
  void operator()(const Date& date) const { st.bindText(formatIso(date)); }
  void operator()(bool flag) const { st.bindInteger(flag ? 1 : 0); }
  void operator()(const FunctionalSplit& split) const { st.bindText(formatSplit(split)); }
};
}  // namespace

template <typename Statement>
void bindForDatabase(Statement& st, const FieldDef& field, const FieldValue& value) {
  std::visit(Binder<Statement>{st, field}, value);
}

template void bindForDatabase(BoundStatement&, const FieldDef&, const FieldValue&);
template void bindForDatabase(CachedStatement&, const FieldDef&, const FieldValue&);

bool isUniqueViolation(const soci::soci_error& error) {
  if (auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&error)) return pg->sqlstate() == "23505";
  if (auto* lite = dynamic_cast<const soci::sqlite3_soci_error*>(&error))
    return std::string(lite->what()).find("UNIQUE constraint failed") != std::string::npos;
  return false;
}

}  // namespace s113
