// A folder of one's own under the system's temp folder: created readable by
// this user only (0700), removed with everything in it when this goes out of
// scope, whether the work succeeded or failed. Nothing personal is ever left
// in a shared temp folder.
#pragma once
#include <filesystem>
#include <string>

namespace s113 {

class PrivateTempDir {
 public:
  explicit PrivateTempDir(const std::string& purpose);
  ~PrivateTempDir();
  PrivateTempDir(const PrivateTempDir&) = delete;
  PrivateTempDir& operator=(const PrivateTempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace s113
