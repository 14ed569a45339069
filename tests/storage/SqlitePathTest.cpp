#include <catch2/catch.hpp>

#include <filesystem>

#include "domain/Errors.h"
#include "storage/Register.h"
#include "support/TestRegister.h"

namespace fs = std::filesystem;
using namespace s113;

// A SQLite register's path is a path: quotes, spaces, '=' and a leading
// "file:" open exactly that file, never another.
TEST_CASE("a register file opens under exactly its own name, whatever the name holds", "[storage][input]") {
  const fs::path dir = test::tempPath("-paths");
  fs::create_directories(dir);
  for (const std::string name : {"a\"b.s113", "\"quoted\".s113", "two words\".s113", "a=b.s113", "a=b c.s113",
                                 "x=y\"z.s113", "\"=.s113", "file:q.s113", "timeout=1 db=other.s113"}) {
    INFO(name);
    const fs::path path = dir / name;
    {
      auto reg = Register::open(path.string(), true);
      CHECK(reg->schemaVersion() > 0);
    }
    CHECK(fs::is_regular_file(path));
    auto again = Register::open(path.string(), false);
    CHECK(again->schemaVersion() > 0);
  }
  // Nothing else appeared beside them (each name's WAL and shared-memory files aside).
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string file = entry.path().filename().string();
    for (const char* suffix : {"-wal", "-shm"})
      if (file.size() > 4 && file.compare(file.size() - 4, 4, suffix) == 0) file.resize(file.size() - 4);
    INFO(file);
    CHECK(file.size() > 5);
    CHECK(file.compare(file.size() - 5, 5, ".s113") == 0);
  }
  CHECK_THROWS_AS(Register::open((dir / "a=\"b c.s113").string(), true), StorageError);
  fs::remove_all(dir);
}
