// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "replylint/rule.hpp"
#include "replylint/rule_set.hpp"

namespace replylint {

/// The rules replylint reports about its own inline suppression comments
/// (docs/configuration.md, "Inline suppressions"). They are defined in code, not in a pack,
/// because no text pattern finds them: the suppression scanner creates their findings. They have
/// no patterns and weight 0 (they never move a score), live for the whole program, and can be
/// disabled or re-graded by the config like any other rule.
namespace builtin {
inline constexpr const char* kUnusedSuppression = "replylint/unused-suppression";
inline constexpr const char* kSuppressionWithoutReason = "replylint/suppression-without-reason";
inline constexpr const char* kInvalidSuppression = "replylint/invalid-suppression";
}  // namespace builtin

/// The built-in rules, in a fixed order; the vector never changes, so pointers into it are
/// stable for the life of the program.
const std::vector<Rule>& builtin_rules();

/// Every id a config, a suppression or `replylint rules ID` may name: the ids of `rules`, then
/// the built-in ones.
std::vector<std::string> known_rule_ids(const RuleSet& rules);

/// The built-in rule with this id, or nullptr.
const Rule* find_builtin_rule(const std::string& id);

}  // namespace replylint
