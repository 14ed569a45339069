// Benchmark: the desktop list at N rows (default 250,000) without a window:
// loading the rows into the list model (display text for the filter),
// filtering as a user types, sorting by a column, and building the document
// File > Print list previews (its first 5,000 rows). Prints the figures and
// the peak memory.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include "PeakMemory.h"
#include "domain/Catalog.h"
#include "support/ManyPosts.h"
#include "ui/models/ListDocument.h"
#include "ui/models/RecordTableModel.h"

using namespace s113;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t count = argc > 1 ? std::stoul(argv[1]) : 250000;
  const auto rows = s113::test::manyPosts(count);
  ui::RecordTableModel model;

  auto start = Clock::now();
  model.setRows(postDef(), rows);
  const double load = seconds(start);

  // Typing "social" one key at a time, as the filter box does.
  start = Clock::now();
  std::string typed;
  for (char c : std::string("social")) {
    typed += c;
    model.setFilter(typed);
  }
  const double filter = seconds(start) / 6;
  const std::size_t matching = model.visibleCount();
  model.setFilter("");

  start = Clock::now();
  model.sortBy(3, false);  // FTE, numerically
  const double sortNumber = seconds(start);
  start = Clock::now();
  model.sortBy(1, true);  // title, as text
  const double sortText = seconds(start);

  start = Clock::now();
  const auto doc = ui::listDocument(model, "Posts", Date(2026, 1, 1), "bench");
  const double print = seconds(start);

  std::cout << "rows                   " << count << "\n"
            << "load into the model    " << load << " s\n"
            << "filter, per keystroke  " << filter * 1000 << " ms (" << matching << " rows match)\n"
            << "sort by a number       " << sortNumber << " s\n"
            << "sort by text           " << sortText << " s\n"
            << "print document         " << print * 1000 << " ms ("
            << doc.sections.front().tables.front().rows.size() << " rows)\n"
            << "peak memory            " << perf::peakResidentKiB() / 1024 << " MiB\n";
  return 0;
}
