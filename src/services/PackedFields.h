// One imported row's field values, in its EntityDef's order, packed into one
// string. An import checks every row of every file before it writes any, so
// it holds them all: a register of 250,000 posts has 1.26 million rows, which
// as maps of strings (Record) took about 2 GB; packed they take little more
// than the files' own size. Each row becomes a Record again only while it is
// compared or written.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "domain/Record.h"

namespace s113 {

class PackedFields {
 public:
  PackedFields() = default;
  // The values of `def`'s fields from `record` ("" for one it lacks).
  PackedFields(const EntityDef& def, const Record& record) : count_(static_cast<std::uint32_t>(def.fields.size())) {
    std::size_t length = count_ * sizeof(std::uint32_t);
    for (const auto& field : def.fields) length += valueOf(record, field.name).size();
    text_.resize(count_ * sizeof(std::uint32_t));
    text_.reserve(length);
    std::uint32_t end = 0;
    for (std::uint32_t i = 0; i < count_; ++i) {
      const std::string& value = valueOf(record, def.fields[i].name);
      text_ += value;
      end += static_cast<std::uint32_t>(value.size());
      std::memcpy(&text_[i * sizeof end], &end, sizeof end);
    }
  }

  // The value of the def's field number `i`.
  std::string at(std::size_t i) const {
    const std::uint32_t begin = i == 0 ? 0 : endOf(i - 1);
    return text_.substr(count_ * sizeof(std::uint32_t) + begin, endOf(i) - begin);
  }

  // The record again, every field of `def` (the def it was packed with) present.
  Record toRecord(const EntityDef& def) const {
    Record record;
    for (std::size_t i = 0; i < def.fields.size(); ++i) record.emplace(def.fields[i].name, at(i));
    return record;
  }

 private:
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
