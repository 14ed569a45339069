// Benchmark: a register of N posts (default 250,000) on SQLite, or on the
// PostgreSQL given as the second argument. Reports the time to write them
// through the services (validated, audited), to list the register as at a
// date (what the GUI's virtual list loads), to read one record, to export,
// and the peak memory.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>

#include "support/FieldsByName.h"
#include "PeakMemory.h"
#include "domain/Catalog.h"
#include "domain/ExchangeForm.h"
#include "services/Exchange.h"
#include "services/RecordService.h"
#include "storage/VersionStore.h"

using namespace s113;
using Clock = std::chrono::steady_clock;

namespace {
double seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}
}  // namespace

int main(int argc, char** argv) {
  const long posts = argc > 1 ? std::stol(argv[1]) : 250000;
  const std::string target =
      argc > 2 ? argv[2] : (std::filesystem::temp_directory_path() / "s113-bench.s113").string();
  if (argc <= 2)
    for (const char* extra : {"", "-wal", "-shm"}) std::filesystem::remove(target + extra);
  auto reg = Register::open(target, true);
  RecordService service(*reg);

  auto start = Clock::now();
  {
    WriteTransaction tx(*reg);
    auto partner = [](const char* name, const char* kind) {
      return parseFields(partnerDef(), {{"name", name}, {"kind", kind}, {"nation", "england"}}, "partner");
    };
    service.saveInTransaction({&partnerDef(), "LA", partner("Council", "council"), 0, Date(2013, 4, 1)});
    service.saveInTransaction({&partnerDef(), "NHS", partner("NHS body", "nhs"), 0, Date(2013, 4, 1)});
    // The posts' values, parsed once (the time measured is the services'):
    // a council post or an NHS one, each then given its own title.
    auto post = [](bool council) {
      return parseFields(postDef(),
                         {{"grade", "NJC PO3"}, {"fte", "1"}, {"employer", council ? "LA" : "NHS"}, {"host", "LA"},
                          {"kind", "s113"}, {"statutory_role", "none"}, {"registration", "none"},
                          {"functional_split", council ? "LA:60;NHS:40" : "LA:40;NHS:60"}, {"status", "filled"}},
                         "post");
    };
    const FieldValues councilPost = post(true), nhsPost = post(false);
    for (long i = 0; i < posts; ++i) {
      char ref[32];
      std::snprintf(ref, sizeof ref, "P%07ld", i);
      bool council = i % 3 != 0;
      FieldValues fields = council ? councilPost : nhsPost;
      setText(postDef(), fields, "title", "Commissioning officer " + std::to_string(i));
      const Date validFrom = Date(2013, 4, 1) + boost::gregorian::days(i % 2000);
      service.saveInTransaction({&postDef(), ref, std::move(fields), 0, validFrom}, {false, true});
    }
    tx.commit();
  }
  double write = seconds(start);

  start = Clock::now();
  auto list = VersionStore(*reg, postDef()).asAt({Date(2026, 1, 1), boost::none});
  double asAt = seconds(start);

  start = Clock::now();
  auto one = VersionStore(*reg, postDef()).latest("P0123456");
  double lookup = seconds(start);

  start = Clock::now();
  auto folder = std::filesystem::temp_directory_path() / "s113-bench-export";
  exportFolder(*reg, folder.string());
  double exportTime = seconds(start);
  std::filesystem::remove_all(folder);

  std::cout << "backend            " << (reg->backend() == Backend::SQLite ? "SQLite" : "PostgreSQL") << "\n"
            << "posts              " << posts << "\n"
            << "write (services)   " << write << " s (" << posts / write << " posts/s, validated and audited)\n"
            << "list as at a date  " << asAt << " s (" << list.size() << " rows)\n"
            << "read one record    " << lookup * 1000 << " ms" << (one ? "" : " (not found)") << "\n"
            << "export to CSV      " << exportTime << " s\n"
            << "peak memory        " << perf::peakResidentKiB() / 1024 << " MiB\n";
  return 0;
}
