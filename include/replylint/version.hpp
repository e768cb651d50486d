// SPDX-License-Identifier: MIT
#pragma once

namespace replylint {

/// The tool version, shown by --version and in machine output. Keep in step with CMakeLists.txt.
inline constexpr const char* kVersion = "0.1.0";

}  // namespace replylint
