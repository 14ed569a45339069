// The platform-specific pieces storage needs: the operating-system login, and
// keeping the files the program creates private to their owner.
#pragma once
#include <string>

namespace s113 {
// USER (Linux, macOS) or USERNAME (Windows); else the effective user from the
// account database (Linux, macOS); "unknown" when nothing says.
std::string osLoginName();

// From now on, files and folders this process creates (registers and their
// WAL/SHM files, backups, exports, reports) are readable and writable by
// their owner only: 0600 files, 0700 folders on Linux and macOS, where the
// process's umask is set to 077. On Windows new files inherit the owner's
// profile permissions, which already keep other users out. The register holds
// salaries and personal data, and a SQLite file's permissions are its only
// protection. Both programs call this first thing.
void restrictNewFilesToOwner();
}  // namespace s113
