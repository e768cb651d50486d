// SPDX-License-Identifier: MIT
#include "replylint/rule_policy.hpp"

#include <algorithm>

#include "replylint/glob.hpp"
#include "replylint/relative_path.hpp"
#include "replylint/rule_selector.hpp"

namespace replylint {

RulePolicy RulePolicy::for_file(const Config& config, const std::optional<std::string>& path) {
  RulePolicy policy;
  if (!config.policy.entries.empty()) policy.blocks_.push_back(&config.policy);
  if (config.overrides.empty() || !path) return policy;
  const std::string relative = path_relative_to(config.directory, *path);
  for (const ConfigOverride& item : config.overrides) {
    PathFilter filter;
    for (const std::string& glob : item.files) filter.add(glob);
    if (filter.matches_file_or_parent(relative)) policy.blocks_.push_back(&item.policy);
  }
  return policy;
}

const PolicyEntry* RulePolicy::decide(std::string_view rule_id) const {
  for (auto block = blocks_.rbegin(); block != blocks_.rend(); ++block) {
    const PolicyEntry* best = nullptr;
    int best_specificity = -1;
    for (const PolicyEntry& entry : (*block)->entries) {
      if (!selector_matches(entry.selector.text, rule_id)) continue;
      const int specificity = selector_specificity(entry.selector.text);
      const bool wins = specificity > best_specificity ||
                        (specificity == best_specificity && !entry.severity && best->severity);
      if (wins) {
        best = &entry;
        best_specificity = specificity;
      }
    }
    if (best) return best;
  }
  return nullptr;
}

bool RulePolicy::disabled(std::string_view rule_id) const {
  const PolicyEntry* entry = decide(rule_id);
  return entry && !entry->severity;
}

std::optional<Severity> RulePolicy::severity(std::string_view rule_id) const {
  const PolicyEntry* entry = decide(rule_id);
  return entry ? entry->severity : std::nullopt;
}

std::size_t RulePolicy::apply(std::vector<Finding>& findings) const {
  if (blocks_.empty()) return 0;
  const std::size_t before = findings.size();
  std::vector<Finding> kept;
  kept.reserve(findings.size());
  for (Finding& finding : findings) {
    const PolicyEntry* entry = decide(finding.rule->id);
    if (entry && !entry->severity) continue;
    if (entry) finding.severity_override = entry->severity;
    kept.push_back(std::move(finding));
  }
  findings = std::move(kept);
  return before - findings.size();
}

}  // namespace replylint
