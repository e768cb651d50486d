// SPDX-License-Identifier: MIT
// Shared by the tests that need real files: a folder of its own under the system's temporary
// folder, removed with everything in it.
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace replylint::testing {

struct TempFolder {
  std::filesystem::path path;

  // `purpose` names the folder ("replylint-<purpose>-<pid>-<n>"), so a leftover says who left it.
  explicit TempFolder(std::string_view purpose) {
    static std::atomic<unsigned> made{0};
    path = std::filesystem::temp_directory_path() /
           ("replylint-" + std::string(purpose) + "-" + std::to_string(getpid()) + "-" +
            std::to_string(made++));
    std::filesystem::create_directories(path);
  }
  ~TempFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  // Writes `content` to `relative` (folders created as needed); returns the file's path.
  std::string write(const std::string& relative, std::string_view content) const {
    const std::filesystem::path file = path / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file.string();
  }
};

}  // namespace replylint::testing
