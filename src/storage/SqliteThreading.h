// How this process's SQLite connections may be shared between threads.
//
// The command line never lets two threads use one connection at once: a
// read spread over the cores opens a connection per thread
// (services/ParallelReads.h). SQLite's default, "serialized" mode, still
// takes each connection's mutex on every call (reading one cell is a lock
// and an unlock), which was a sixth of `check`'s time. SQLite's
// "multi-thread" mode drops those locks and keeps the rule the program
// already follows: one thread per connection at a time.
//
// The desktop app keeps the default: its window thread and a worker
// (ui/ProgressRunner.h) take turns on one connection, and the locks are
// what guarantee the turns.
#pragma once

namespace s113 {

// Opens every later SQLite connection of this process in multi-thread
// mode, and stops SQLite keeping memory statistics (a global lock on each
// allocation). Call before the first connection is opened; later it
// changes nothing and returns false.
bool useOneThreadPerSqliteConnection();

}  // namespace s113
