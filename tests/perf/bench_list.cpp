// Benchmark: the desktop list at N rows (default 250,000) without a window:
// loading the rows into the list model (display text for the filter), the
// first screen of a register's list read a page at a time as the window does,
// filtering as a user types, sorting by a column, and building the document
// File > Print list previews (its first 5,000 rows). Prints the figures and
// the peak memory.
//   bench_list [ROWS]            synthetic posts (tests/support/ManyPosts.h)
//   bench_list --register DB     the posts of a register, as the window opens
//                                them (as at today, a page at a time into the
//                                model), and the time to save one post through
//                                the services
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include "support/FieldsByName.h"
#include "PeakMemory.h"
#include "services/ListPages.h"
#include "services/RecordService.h"
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

// Saves a new version of the first post through the services, as the post
// form does, `times` times; the mean seconds per save.
double saveOnePost(Register& reg, const std::string& key, int times) {
  RecordService service(reg);
  auto latest = VersionStore(reg, postDef()).latest(key);
  int version = latest->version;
  auto start = Clock::now();
  for (int i = 0; i < times; ++i) {
    FieldValues fields = latest->fields;
    setText(postDef(), fields, "title", "Renamed post " + std::to_string(i));
    version = service.save({&postDef(), key, fields, version, latest->validFrom});
  }
  return seconds(start) / times;
}

// The window's way (ui/MainFrameList.cpp): the first page, then the rest a
// page at a time into the model. The seconds to the first screen (the first
// page read, put in the model and the cells of 40 rows formatted) and to the
// whole list; the bytes of the first screen's text.
std::size_t readAsTheWindowDoes(Register& reg, ui::RecordTableModel& model, double& firstScreen, double& whole) {
  auto start = Clock::now();
  ListPages pages(reg, postDef(), AsAt{today(), boost::none});
  model.startRows(postDef());
  model.appendRows(pages.next(500));
  std::size_t shown = 0;
  for (std::size_t r = 0; r < std::min<std::size_t>(40, model.visibleCount()); ++r)
    for (std::size_t c = 0; c < model.columnCount(); ++c) shown += model.cellText(r, c).size();
  firstScreen = seconds(start);
  while (!pages.done()) model.appendRows(pages.next(5000));
  model.finishRows();
  whole = seconds(start);
  return shown;
}

}  // namespace

int main(int argc, char** argv) {
  const bool fromRegister = argc > 2 && std::string(argv[1]) == "--register";
  std::unique_ptr<Register> reg;
  ui::RecordTableModel model;
  double firstScreen = 0, load = 0;
  std::size_t shown = 0;
  if (fromRegister) {
    reg = Register::open(argv[2], false);
    shown = readAsTheWindowDoes(*reg, model, firstScreen, load);
  } else {
    const auto rows = s113::test::manyPosts(argc > 1 ? std::stoul(argv[1]) : 250000);
    auto start = Clock::now();
    model.setRows(postDef(), rows);
    load = seconds(start);
  }
  const std::size_t count = model.totalCount();

  // Typing "social" one key at a time, as the filter box does.
  auto start = Clock::now();
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

  model.sortBy(0, true);
  const double save = fromRegister ? saveOnePost(*reg, model.visibleRow(0).key, 10) : 0;
  std::cout << "rows                   " << count << "\n";
  if (fromRegister)
    std::cout << "list first screen      " << firstScreen << " s (the first page read, in the model, " << shown << " bytes shown)\n"
              << "save one post          " << save * 1000 << " ms\n";
  std::cout << (fromRegister ? "read the whole list    " : "load into the model    ") << load << " s\n"
            << "filter, per keystroke  " << filter * 1000 << " ms (" << matching << " rows match)\n"
            << "sort by a number       " << sortNumber << " s\n"
            << "sort by text           " << sortText << " s\n"
            << "print document         " << print * 1000 << " ms ("
            << doc.sections.front().tables.front().rows.size() << " rows)\n"
            << "peak memory            " << perf::peakResidentKiB() / 1024 << " MiB\n";
  return 0;
}
