// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>
#include <vector>

namespace replylint {

/// A file compiled into the binary.
struct EmbeddedFile {
  std::string_view name;  ///< "<builtin>/sympathy.json"
  std::string_view text;
};

/// The default packs of rules/ in the order CMakeLists.txt lists them (generated at build time).
const std::vector<EmbeddedFile>& embedded_rule_packs();

}  // namespace replylint
