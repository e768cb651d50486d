// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "replylint/document.hpp"
#include "replylint/matcher.hpp"
#include "replylint/rule_set.hpp"

namespace replylint {

/// Documented exit codes (README, --help).
enum ExitCode : int { kExitClean = 0, kExitFindings = 1, kExitError = 2 };

/// Everything `replylint [PATH...]` was asked to do.
struct LintOptions {
  std::vector<std::string> paths;
  RuleSources rules;
  std::string format = "human";
  std::string fail_on = "warning";
  std::optional<int> min_score;
  std::optional<int> max_warnings;
  std::optional<std::string> stdin_filename;
  std::string color = "auto";
  bool explain = false;
  ReplyUnit unit = ReplyUnit::File;
};

/// What `replylint eval FILE.jsonl` was asked to do.
struct EvalOptions {
  std::string path;
  RuleSources rules;
  std::string format = "human";
  bool show_misclassified = false;
  std::optional<double> min_macro_f1;
};

int run_lint(const LintOptions& options);
/// `replylint eval`: lint a labelled set and report how verdicts agree with labels.
int run_eval(const EvalOptions& options);
/// `replylint rules [ID]`: list every rule, or explain one.
int run_rules(const RuleSources& sources, const std::optional<std::string>& id);
/// `replylint test-rules [PATH...]`: run every rule's examples.
int run_test_rules(const RuleSources& sources);

/// Loads the rule set and compiles it; prints every diagnostic to stderr. Returns false when a
/// rule file has errors (the caller exits 2).
bool load_rules_or_report(const RuleSources& sources, RuleSet* rules,
                          std::unique_ptr<Matcher>* matcher);

/// Prints a diagnostic to stderr.
void report_diagnostics(const Diagnostics& diagnostics);

}  // namespace replylint
