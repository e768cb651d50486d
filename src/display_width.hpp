// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace replylint {

/// Columns a terminal gives code point `c`, as glibc's and GCC's wcwidth tables do: 0 for
/// combining marks and format characters (Unicode Mn, Me, Cf except the soft hyphen, and Hangul
/// medial vowels and final consonants), 2 for East Asian Wide and Fullwidth (which includes
/// emoji with emoji presentation), 1 for everything else. Unicode 14.0 tables.
int code_point_width(char32_t c);

/// 1-based display column just after `line_prefix` (text from the start of a line): tabs move to
/// the next multiple of 8, every other code point adds code_point_width(), an invalid UTF-8 byte
/// adds 1. This is the column unit of GNU-style `file:line:col:` messages and of GCC since 11.
int display_column(std::string_view line_prefix);

}  // namespace replylint
