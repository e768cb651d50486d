// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace replylint {

/// A-Z to a-z; every other byte, UTF-8 included, unchanged. What the matcher's lowered text,
/// the literal analysis and the phrase keys of the analytics all mean by "lowercase".
constexpr char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

/// The bytes RE2's \s matches: space, tab, newline, carriage return, form feed (not \v). What
/// sentence bounds, reply trimming and the literal prefilter's squeezed text all mean by
/// whitespace; the literal analysis relies on the last two agreeing.
constexpr bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/// `text` without the is_ascii_space bytes at either end.
constexpr std::string_view trim_ascii_space(std::string_view text) {
  while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
  return text;
}

/// `text` with ascii_lower applied to every byte (same length, same offsets).
inline std::string ascii_lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

}  // namespace replylint
