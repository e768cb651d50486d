// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace replylint {

/// What every match of a pattern contains: for each set in `all_of`, at least one of its strings,
/// once the match's whitespace is squeezed (squeeze_whitespace).
struct RequiredLiterals {
  /// Most selective first; strings lowercase, whitespace as single spaces.
  std::vector<std::vector<std::string>> all_of;
  /// Every match starts with one of these (empty: not known), so a match can only begin where
  /// one of them occurs.
  std::vector<std::string> starts_with;

  bool operator==(const RequiredLiterals&) const = default;
};

/// The literals every match of `pattern` contains, for a pattern matched case-insensitively and a
/// text whose ASCII letters are lowered and whose whitespace runs are squeezed to one space
/// before the strings are looked for (`starts_with`: lowered only). Strings are cut at a dozen
/// characters (a cut string is still required: it starts a required one). nullopt when nothing
/// useful is known: the pattern may match anywhere. Sound by construction for what it
/// understands (literals, groups, alternation, repeats, small classes, \b and anchors; a byte
/// of a non-ASCII character stands for "some byte", since its case variants are not modelled);
/// it gives up on the rest (inline flags, \p, \x, \Q). Only for texts without U+017F and U+212A,
/// whose case folds to ASCII s and k. Sets holding a string shorter than `min_length` select
/// too little to keep.
std::optional<RequiredLiterals> required_literals(std::string_view pattern,
                                                  std::size_t min_length = 3);

}  // namespace replylint
