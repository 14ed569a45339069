// Whether a file lives on a network file system. The platform-specific part
// of storage: statfs's file-system magic on Linux; elsewhere nothing is
// detected. SQLite's locking is unreliable over NFS and SMB/CIFS, so a
// register file there is refused and shared through PostgreSQL instead.
#pragma once
#include <string>

namespace s113 {

// "NFS", "SMB" or "CIFS" for a network file system's statfs magic number; "" otherwise.
std::string networkFileSystemName(unsigned long magic);

// The network file system holding `path` (or, for a file not yet created, its
// folder); "" when it is local or cannot be told.
std::string networkFileSystemOf(const std::string& path);

}  // namespace s113
