// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace replylint {

/// How config entries and suppression comments name rules (docs/configuration.md, "Naming
/// rules"): a rule id (`sympathy/sorry-to-hear`), every rule whose id starts with a prefix and a
/// slash (`sympathy/*`), or `all`. Nothing else is a pattern: `*` only works as the last
/// segment, so a typo cannot silently widen a selector.
inline constexpr std::string_view kAllRules = "all";

/// True when `selector` names the rule with id `rule_id`.
bool selector_matches(std::string_view selector, std::string_view rule_id);

/// How narrowly `selector` names rules, for precedence within one config block: an exact id
/// beats any prefix, a longer prefix beats a shorter one, and `all` comes last.
int selector_specificity(std::string_view selector);

/// Why `selector` names none of `rule_ids`, or an empty string when it names at least one:
/// `unknown rule "x" (did you mean "y"?)` or `"x/*" matches no rule (did you mean "z/*"?)`.
std::string selector_problem(std::string_view selector, const std::vector<std::string>& rule_ids);

}  // namespace replylint
