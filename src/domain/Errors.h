// Typed errors of the core. Only ui/ turns them into dialogs; the CLI into
// messages and exit codes.
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

namespace s113 {

// A value a user supplied is refused. `record` names the record ("post JC-001",
// "posts.csv row 4"), `field` the field or column at fault.
class ValidationError : public std::runtime_error {
 public:
  ValidationError(std::string record, std::string field, const std::string& message)
      : std::runtime_error(record + ": " + field + ": " + message),
        record_(std::move(record)),
        field_(std::move(field)),
        reason_(message) {}
  const std::string& record() const { return record_; }
  const std::string& field() const { return field_; }
  const std::string& reason() const { return reason_; }

 private:
  std::string record_, field_, reason_;
};

// Several validation errors at once (an import reports every bad cell).
class ValidationErrors : public std::runtime_error {
 public:
  explicit ValidationErrors(std::vector<ValidationError> errors)
      : std::runtime_error(join(errors)), errors_(std::move(errors)) {}
  const std::vector<ValidationError>& errors() const { return errors_; }

 private:
  static std::string join(const std::vector<ValidationError>& errors) {
    std::string text;
    for (const auto& e : errors) text += (text.empty() ? "" : "\n") + std::string(e.what());
    return text;
  }
  std::vector<ValidationError> errors_;
};

class NotFound : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Another user changed the record since this edit started: refused, never
// silently overwritten.
class Conflict : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The register cannot be used by this program (schema too new, bad connection).
class StorageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The user's role does not allow what was asked (services/Roles.h). The
// message says what was refused and which roles may do it; nothing was
// written.
class NotPermitted : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Another user holds the lock this write needs (SQLite's busy timeout, a
// PostgreSQL lock timeout or deadlock): nothing was written; trying again
// later will do. Shown in these words, never as the database's message.
class Busy : public StorageError {
 public:
  Busy() : StorageError(kMessage) {}
  static constexpr const char* kMessage =
      "The register is busy: another user is saving. Nothing was saved; try again.";
};

}  // namespace s113
