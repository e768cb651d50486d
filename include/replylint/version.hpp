// SPDX-License-Identifier: MIT
#pragma once

namespace replylint {

/// The tool version, shown by --version and in machine output. Keep in step with CMakeLists.txt.
inline constexpr const char* kVersion = "0.1.0";
/// The project's home page, named in machine output (SARIF informationUri, rdjson source.url).
inline constexpr const char* kHomepage = "https://replylint.dev";

}  // namespace replylint
