// One row's field values in exchange form (domain/ExchangeForm.h), in its
// EntityDef's order, packed into one string: what an import holds of each
// file's rows and a list of each record's cells. An import checks every row
// of every file before it writes any, so it holds them all: a register of
// 250,000 posts has 1.26 million rows, which as maps of strings took about
// 2 GB and as typed values would take over 1 GB; packed they take little
// more than the files' own size. A row is parsed to typed values only while
// it is compared or written.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "domain/EntityDef.h"
#include "domain/Errors.h"
#include "domain/ExchangeForm.h"

namespace s113 {

class PackedFields {
 public:
  PackedFields() = default;
  // The values of `def`'s fields from `record` ("" for one it lacks).
  PackedFields(const EntityDef& def, const Record& record) {
    std::vector<std::string> texts;
    for (const auto& field : def.fields) texts.push_back(valueOf(record, field.name));
    pack(texts);
  }
  // Values already in exchange form, in the EntityDef's order.
  explicit PackedFields(const std::vector<std::string>& texts) { pack(texts); }
  // The exchange form of typed values (none: every field blank).
  PackedFields(const EntityDef& def, const FieldValues& values) {
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < def.fields.size(); ++i)
      texts.push_back(values.empty() ? std::string() : exchangeText(def.fields[i], values[i]));
    pack(texts);
  }

  // The value of the def's field number `i`.
  std::string at(std::size_t i) const {
    const std::uint32_t begin = i == 0 ? 0 : endOf(i - 1);
    return text_.substr(count_ * sizeof(std::uint32_t) + begin, endOf(i) - begin);
  }

  // The values parsed, for `def` (the def it was packed with). Throws
  // ValidationError naming `recordName` and the first field that does not
  // parse (a row that passed validation has none).
  FieldValues values(const EntityDef& def, const std::string& recordName) const {
    FieldValues out(def);
    for (std::size_t i = 0; i < def.fields.size(); ++i) {
      try {
        out[i] = parseFieldText(def.fields[i], at(i));
      } catch (const std::invalid_argument& e) {
        throw ValidationError(recordName, def.fields[i].name, e.what());
      }
    }
    return out;
  }

 private:
  void pack(const std::vector<std::string>& texts) {
    count_ = static_cast<std::uint32_t>(texts.size());
    std::size_t length = count_ * sizeof(std::uint32_t);
    for (const auto& text : texts) length += text.size();
    text_.resize(count_ * sizeof(std::uint32_t));
    text_.reserve(length);
    std::uint32_t end = 0;
    for (std::uint32_t i = 0; i < count_; ++i) {
      text_ += texts[i];
      end += static_cast<std::uint32_t>(texts[i].size());
      std::memcpy(&text_[i * sizeof end], &end, sizeof end);
    }
  }
  std::uint32_t endOf(std::size_t i) const {
    std::uint32_t end;
    std::memcpy(&end, text_.data() + i * sizeof end, sizeof end);
    return end;
  }
  // One allocation a row: where each value ends (count_ numbers, as bytes),
  // then the values one after another.
  std::string text_;
  std::uint32_t count_ = 0;
};

}  // namespace s113
