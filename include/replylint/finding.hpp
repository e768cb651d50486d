// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>

#include "replylint/rule.hpp"
#include "replylint/text_position.hpp"

namespace replylint {

/// One rule hit in a reply: a problem (rule weight < 0) or empathy evidence (weight > 0).
/// Positions are in the original file, never in normalised text.
struct Finding {
  const Rule* rule = nullptr;  ///< owned by the RuleSet, which outlives every report
  std::size_t offset = 0;      ///< byte offset into the original file
  std::size_t length = 0;      ///< bytes
  std::string match;           ///< the original bytes matched
  TextPosition start;
  TextPosition end;  ///< exclusive
  std::string message;  ///< the rule message with {match} filled in
};

}  // namespace replylint
