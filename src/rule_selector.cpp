// SPDX-License-Identifier: MIT
#include "replylint/rule_selector.hpp"

#include <algorithm>
#include <limits>

#include "replylint/did_you_mean.hpp"

namespace replylint {
namespace {

bool is_prefix_selector(std::string_view selector) {
  return selector.size() > 2 && selector.substr(selector.size() - 2) == "/*";
}

}  // namespace

bool selector_matches(std::string_view selector, std::string_view rule_id) {
  if (selector == kAllRules) return true;
  if (is_prefix_selector(selector)) {
    const std::string_view prefix = selector.substr(0, selector.size() - 1);  // keeps the '/'
    return rule_id.size() > prefix.size() && rule_id.substr(0, prefix.size()) == prefix;
  }
  return selector == rule_id;
}

int selector_specificity(std::string_view selector) {
  if (selector == kAllRules) return 0;
  if (is_prefix_selector(selector)) return 1 + static_cast<int>(selector.size());
  return std::numeric_limits<int>::max();
}

std::string selector_problem(std::string_view selector, const std::vector<std::string>& rule_ids) {
  if (selector == kAllRules) return "";
  if (std::any_of(rule_ids.begin(), rule_ids.end(),
                  [&](const std::string& id) { return selector_matches(selector, id); })) {
    return "";
  }
  const std::string text(selector);
  if (!is_prefix_selector(selector)) {
    return "unknown rule \"" + text + "\"" + did_you_mean_suffix(text, rule_ids);
  }
  // Suggest among the prefixes that do exist, in the same "x/*" form.
  std::vector<std::string> prefixes;
  for (const std::string& id : rule_ids) {
    const std::size_t slash = id.rfind('/');
    if (slash == std::string::npos) continue;
    std::string prefix = id.substr(0, slash) + "/*";
    if (std::find(prefixes.begin(), prefixes.end(), prefix) == prefixes.end()) {
      prefixes.push_back(std::move(prefix));
    }
  }
  return "\"" + text + "\" matches no rule" + did_you_mean_suffix(text, prefixes);
}

}  // namespace replylint
