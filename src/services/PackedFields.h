// One imported row's field values, in its EntityDef's order, packed into one
// string. An import checks every row of every file before it writes any, so
// it holds them all: a register of 250,000 posts has 1.26 million rows, which
// as maps of strings (Record) took about 2 GB; packed they take little more
// than the files' own size. Each row becomes a Record again only while it is
// compared or written.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "domain/Record.h"

namespace s113 {

class PackedFields {
 public:
  PackedFields() = default;
  // The values of `def`'s fields from `record` ("" for one it lacks).
  PackedFields(const EntityDef& def, const Record& record) {
    std::size_t length = 0;
    for (const auto& field : def.fields) length += valueOf(record, field.name).size();
    text_.reserve(length);
    ends_.reserve(def.fields.size());
    for (const auto& field : def.fields) {
      text_ += valueOf(record, field.name);
      ends_.push_back(static_cast<std::uint32_t>(text_.size()));
    }
  }

  // The value of the def's field number `i`.
  std::string at(std::size_t i) const {
    const std::uint32_t begin = i == 0 ? 0 : ends_[i - 1];
    return text_.substr(begin, ends_[i] - begin);
  }

  // The record again, every field of `def` (the def it was packed with) present.
  Record toRecord(const EntityDef& def) const {
    Record record;
    for (std::size_t i = 0; i < def.fields.size(); ++i) record.emplace(def.fields[i].name, at(i));
    return record;
  }

 private:
  std::string text_;
  std::vector<std::uint32_t> ends_;  // where each value ends in text_
};

}  // namespace s113
