// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "replylint/diagnostic.hpp"
#include "replylint/rule_loader.hpp"

namespace replylint {

/// Every loaded rule plus the scoring model: what a run lints with. Immutable once built, so it
/// is shared by all threads.
struct RuleSet {
  std::vector<Rule> rules;
  ScoringModel scoring;

  /// The rule with this id, or nullptr.
  const Rule* find(const std::string& id) const;
  std::vector<std::string> ids() const;
};

/// Where the rules of a run come from.
struct RuleSources {
  bool use_embedded = true;
  std::vector<std::string> paths;  ///< files or folders, in command-line order
};

/// Loads the embedded packs (unless disabled) and every path, checks ids are unique across packs
/// (both places reported), and applies `scoring` objects in load order.
RuleSet load_rule_set(const RuleSources& sources, Diagnostics& diagnostics);

}  // namespace replylint
