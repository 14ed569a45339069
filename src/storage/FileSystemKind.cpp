#include "storage/FileSystemKind.h"

#include <filesystem>

#ifdef __linux__
#include <sys/vfs.h>
#endif

namespace s113 {

std::string networkFileSystemName(unsigned long magic) {
  switch (magic) {
    case 0x6969UL:  // NFS_SUPER_MAGIC
      return "NFS";
    case 0x517BUL:  // SMB_SUPER_MAGIC
      return "SMB";
    case 0xFE534D42UL:  // SMB2_MAGIC_NUMBER
      return "SMB";
    case 0xFF534D42UL:  // CIFS_MAGIC_NUMBER
      return "CIFS";
    default:
      return "";
  }
}

std::string networkFileSystemOf(const std::string& path) {
#ifdef __linux__
  std::error_code ec;
  std::filesystem::path probe(path);
  if (!std::filesystem::exists(probe, ec)) probe = std::filesystem::absolute(probe, ec).parent_path();
  struct statfs info {};
  if (statfs(probe.c_str(), &info) != 0) return "";
  return networkFileSystemName(static_cast<unsigned long>(info.f_type));
#else
  (void)path;
  return "";
#endif
}

}  // namespace s113
