// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>

namespace replylint {

/// The first occurrence of `needle` in `text` at or after `from`, or npos: what
/// text.find(needle, from) returns, faster for short texts and needles (the matcher's start
/// strings in a reply).
std::size_t find_string(std::string_view text, std::string_view needle, std::size_t from);

}  // namespace replylint
