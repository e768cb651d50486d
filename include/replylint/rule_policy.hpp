// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "replylint/config.hpp"
#include "replylint/finding.hpp"

namespace replylint {

/// What a config says about the rules for one file: which are off and which get another
/// severity. Rules are shared by every file (and thread), so nothing here modifies a Rule: the
/// policy is applied to a file's findings after linting, dropping those of disabled rules and
/// setting Finding::severity_override on the others.
///
/// Precedence (docs/configuration.md, "Which setting wins"): the top level of the config, then
/// each override whose globs match the file, in file order; a later block that names a rule
/// replaces what earlier ones said. Within one block the most specific selector wins (a rule id
/// over `pack/*` over `all`); on a tie, `disable` wins over `severity`.
class RulePolicy {
 public:
  /// A policy that changes nothing.
  RulePolicy() = default;

  /// The policy of `config` for the file at `path` (as given on the command line, relative to
  /// the current folder or absolute); nullopt (stdin without --stdin-filename) matches no
  /// override. `config` must outlive the policy.
  static RulePolicy for_file(const Config& config, const std::optional<std::string>& path);

  /// True when the rule's findings are dropped.
  bool disabled(std::string_view rule_id) const;

  /// The severity this file's findings of the rule get, when the config changes it.
  std::optional<Severity> severity(std::string_view rule_id) const;

  /// Drops the findings of disabled rules and sets the severity override of the others.
  /// Returns how many were dropped.
  std::size_t apply(std::vector<Finding>& findings) const;

  /// True when no block applies (nothing can change).
  bool empty() const { return blocks_.empty(); }

 private:
  /// The decisive entry for a rule, or nullptr when no block names it.
  const PolicyEntry* decide(std::string_view rule_id) const;

  std::vector<const PolicyBlock*> blocks_;  ///< top level first, then matching overrides
};

}  // namespace replylint
