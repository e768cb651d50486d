// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "replylint/rule.hpp"
#include "replylint/text_position.hpp"

namespace replylint {

/// One rule hit in a reply: a problem (rule weight < 0) or empathy evidence (weight > 0).
/// Positions are in the original file, never in normalised text.
struct Finding {
  /// Owned by the RuleSet, which outlives every report, or one of the static built-in rules
  /// (builtin_rules.hpp).
  const Rule* rule = nullptr;
  std::size_t offset = 0;  ///< byte offset into the original file
  std::size_t length = 0;  ///< bytes
  std::string match;       ///< the original bytes matched
  TextPosition start;
  TextPosition end;     ///< exclusive
  std::string message;  ///< the rule message with {match} filled in
  /// Set when the config changes the rule's severity for this file (rule_policy.hpp); the rule
  /// itself is shared and never modified. Read the effective value through severity().
  std::optional<Severity> severity_override;

  /// The severity to print and to gate on: the config's override, else the rule's own.
  Severity severity() const { return severity_override.value_or(rule->severity); }
};

}  // namespace replylint
