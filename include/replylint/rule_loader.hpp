// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "replylint/diagnostic.hpp"
#include "replylint/rule.hpp"
#include "replylint/scoring_model.hpp"

namespace replylint {

/// The rules and scoring parameters of one rule file, as written.
struct RulePack {
  std::string path;
  std::string name;
  std::vector<Rule> rules;
  bool has_scoring = false;
  ScoringModel scoring;  ///< meaningful when has_scoring

  bool operator==(const RulePack&) const = default;
};

/// Parses and validates one rule file (format 1, rules/README.md). Every problem is appended to
/// `diagnostics` as `path:line:col` + JSON pointer; rules with errors are left out of the result,
/// the rest are kept. Patterns are checked when the Matcher compiles them (one compile, not two).
/// `base` is the scoring model that the file's `scoring` object overrides.
RulePack load_rule_pack(std::string_view text, const std::string& path, const ScoringModel& base,
                        Diagnostics& diagnostics);

/// Reads `path` (a file, or a folder whose *.json files are read in name order) and loads each.
std::vector<RulePack> load_rule_path(const std::string& path, const ScoringModel& base,
                                     Diagnostics& diagnostics);

}  // namespace replylint
