// SPDX-License-Identifier: MIT
#include "replylint/relative_path.hpp"

#include <filesystem>

namespace replylint {

namespace fs = std::filesystem;

std::string path_relative_to(const std::string& folder, const std::string& path) {
  std::error_code error;
  const fs::path cwd = fs::current_path(error);
  const fs::path file = (cwd / path).lexically_normal();
  const fs::path base = (cwd / folder).lexically_normal();
  return file.lexically_relative(base).generic_string();
}

}  // namespace replylint
