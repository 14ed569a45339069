// The import, end to end, into a SQLite register holding the sample. An
// input is one file of the exchange folder: its name on the first line, its
// contents after. Every input is imported or refused with a message naming
// the file (ValidationError); nothing else may escape, and what an import
// accepted exports and imports again unchanged.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "domain/Errors.h"
#include "services/Demo.h"
#include "services/Exchange.h"
#include "storage/Register.h"

namespace fs = std::filesystem;
using namespace s113;

namespace {

struct Workspace {
  fs::path dir = fs::temp_directory_path() / ("s113-fuzz-import-" + std::to_string(::getpid()));
  std::unique_ptr<Register> reg;
  Workspace() {
    fs::remove_all(dir);
    fs::create_directories(dir / "in");
    reg = Register::open((dir / "register.s113").string(), true);
    buildDemoRegister(*reg);
  }
  ~Workspace() { fs::remove_all(dir); }
};

Workspace& workspace() {
  static Workspace w;
  return w;
}

bool safeName(const std::string& name) {
  if (name.empty() || name.size() > 40 || name[0] == '.') return false;
  for (char c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.') return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  if (newline == std::string::npos) return 0;
  const std::string name = input.substr(0, newline);
  if (!safeName(name)) return 0;
  Workspace& w = workspace();
  const fs::path in = w.dir / "in";
  fs::remove_all(in);
  fs::create_directories(in);
  std::ofstream(in / name, std::ios::binary) << input.substr(newline + 1);
  try {
    importFolder(*w.reg, in.string());
  } catch (const ValidationErrors&) {
    return 0;
  } catch (const ValidationError&) {
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "import threw something other than a refusal: %s\n", e.what());
    std::abort();
  }
  const fs::path out = w.dir / "out";
  fs::remove_all(out);
  exportFolder(*w.reg, out.string());
  const ImportSummary again = importFolder(*w.reg, out.string());
  if (again.created != 0 || again.updated != 0) {
    std::fprintf(stderr, "re-importing the export changed %d records\n", again.created + again.updated);
    std::abort();
  }
  return 0;
}
