// SPDX-License-Identifier: MIT
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "replylint/atomic_file.hpp"
#include "replylint/config.hpp"

namespace replylint {

int run_init(const InitOptions& options) {
  const std::string path =
      (std::filesystem::path(options.directory) / kConfigFileName).lexically_normal().string();
  std::error_code error;
  if (!options.force && std::filesystem::exists(path, error)) {
    std::cerr << "replylint: " << path << " already exists; use --force to replace it\n";
    return kExitError;
  }
  // Written whole or not at all: an interrupted init never leaves half a config to be found.
  AtomicFile file(path);
  file.stream() << starter_config();
  if (!file.commit()) {
    std::cerr << "replylint: " << file.error() << '\n';
    return kExitError;
  }
  std::cout << "wrote " << path << " (every key is explained in docs/configuration.md)\n";
  return kExitClean;
}

}  // namespace replylint
