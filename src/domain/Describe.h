// How a typed entity declares its fields once. Each entity struct E has
//   template <class Visitor> void describe(Visitor& v, E& e);
// which first names its key, v.key(name, std::string& member), then calls,
// member by member, one of
//   v.text(name, label, std::string& member, Required)
//   v.choice(name, label, Enum& member)             a closed list (Enums.h spellings)
//   v.ref(name, label, entity, RecordKey& member, Required)  another record's key
// (more kinds are added as entities move onto types). The visitors below
// build the entity's field list for its EntityDef and convert between the
// typed struct and the exchange form (Record.h) at the edges: CSV, forms and,
// until storage reads types itself, the versioned store.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "domain/Enums.h"
#include "domain/Errors.h"
#include "domain/Record.h"

namespace s113 {

enum class Required { No, Yes };

// The key of another record ("BNES", "JC-001"); empty for none.
struct RecordKey {
  std::string value;
  bool empty() const { return value.empty(); }
  bool operator==(const RecordKey& other) const { return value == other.value; }
  bool operator!=(const RecordKey& other) const { return value != other.value; }
};

// The fields an entity describes, in order, as FieldDefs.
class FieldCollector {
 public:
  void key(const char*, std::string&) {}  // the EntityDef's keyField, not one of its fields
  void text(const char* name, const char* label, std::string&, Required required) {
    fields_.push_back({name, FieldType::Text, required == Required::Yes, label, {}, ""});
  }
  template <typename E>
  void choice(const char* name, const char* label, E&) {
    std::vector<std::string> allowed;
    for (const auto& s : spellings<E>()) allowed.push_back(s.text);
    fields_.push_back({name, FieldType::Enum, true, label, std::move(allowed), ""});
  }
  void ref(const char* name, const char* label, const char* entity, RecordKey&, Required required) {
    fields_.push_back({name, FieldType::Ref, required == Required::Yes, label, {}, entity});
  }
  std::vector<FieldDef> take() { return std::move(fields_); }

 private:
  std::vector<FieldDef> fields_;
};

template <typename Entity>
std::vector<FieldDef> fieldsOf() {
  Entity blank;
  FieldCollector collector;
  describe(collector, blank);
  return collector.take();
}

// Fills an entity from a record in exchange form that has passed validation;
// a value that still does not parse throws ValidationError naming the record
// and the field (never read as a default).
class RecordReader {
 public:
  RecordReader(std::string key, const Record& record, std::string recordName)
      : key_(std::move(key)), record_(record), recordName_(std::move(recordName)) {}
  void key(const char*, std::string& member) { member = key_; }
  void text(const char* name, const char*, std::string& member, Required) { member = valueOf(record_, name); }
  template <typename E>
  void choice(const char* name, const char*, E& member) {
    try {
      member = parseEnum<E>(valueOf(record_, name));
    } catch (const std::invalid_argument& e) {
      throw ValidationError(recordName_, name, e.what());
    }
  }
  void ref(const char* name, const char*, const char*, RecordKey& member, Required) {
    member.value = valueOf(record_, name);
  }

 private:
  std::string key_;
  const Record& record_;
  std::string recordName_;
};

// Writes an entity's fields to a record in exchange form.
class RecordWriter {
 public:
  explicit RecordWriter(Record& record) : record_(record) {}
  void key(const char*, std::string&) {}  // a Record holds the fields; its key travels beside it
  void text(const char* name, const char*, std::string& member, Required) { record_[name] = member; }
  template <typename E>
  void choice(const char* name, const char*, E& member) {
    record_[name] = toString(member);
  }
  void ref(const char* name, const char*, const char*, RecordKey& member, Required) { record_[name] = member.value; }

 private:
  Record& record_;
};

// `recordName` names the record in messages ("partner BNES").
template <typename Entity>
Entity fromRecord(const std::string& key, const Record& record, const std::string& recordName) {
  Entity entity;
  RecordReader reader(key, record, recordName);
  describe(reader, entity);
  return entity;
}

template <typename Entity>
Record toRecord(Entity entity) {
  Record record;
  RecordWriter writer(record);
  describe(writer, entity);
  return record;
}

}  // namespace s113
