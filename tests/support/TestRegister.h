// A fresh, empty register for one test on the backend chosen by the
// environment: S113_TEST_BACKEND=sqlite (a temp file) or postgresql (a new
// database on the server whose URL is in the file named by S113_TEST_PG_FILE,
// started by tests/support/pg-start.sh). Dropped again at the end.
#pragma once
#include <memory>
#include <string>

#include "storage/Register.h"

namespace s113::test {

class TestRegister {
 public:
  TestRegister();
  ~TestRegister();
  Register& reg() { return *reg_; }
  Register* operator->() { return reg_.get(); }
  // Another connection to the same register (a second user).
  std::unique_ptr<Register> openAnother() const;
  const std::string& target() const { return target_; }
  bool isPostgres() const;

 private:
  std::string target_;
  std::string databaseName_;
  std::unique_ptr<Register> reg_;
};

// "sqlite" or "postgresql".
std::string backendUnderTest();
// A path for a new temp file (not created).
std::string tempPath(const std::string& suffix);

}  // namespace s113::test
