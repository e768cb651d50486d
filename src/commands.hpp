// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "replylint/document.hpp"
#include "replylint/input.hpp"
#include "replylint/matcher.hpp"
#include "replylint/reader.hpp"
#include "replylint/rule_set.hpp"

namespace replylint {

/// Documented exit codes (README, --help).
enum ExitCode : int { kExitClean = 0, kExitFindings = 1, kExitError = 2 };

/// Everything `replylint [PATH...]` was asked to do.
struct LintOptions {
  std::vector<std::string> paths;
  RuleSources rules;
  std::string format = "human";
  std::optional<std::string> output;  ///< --output: write the report to this file atomically
  std::string fail_on = "warning";
  std::optional<int> min_score;
  std::optional<int> max_warnings;
  std::optional<std::string> stdin_filename;
  std::string color = "auto";
  bool explain = false;
  /// --statistics: print how often each rule and family fired instead of the findings
  /// (rule_statistics.hpp); only with --format human or json.
  bool statistics = false;
  std::optional<unsigned> jobs;  ///< --jobs: worker threads; default all cores
  std::optional<bool> progress;  ///< --progress / --no-progress; default: stderr is a TTY, not CI
  ReplyUnit unit = ReplyUnit::File;  ///< --unit; run_lint copies it into input.unit
  InputOptions input;                ///< how inputs are read (reader.hpp)
  WalkOptions walk;                  ///< which files a folder walk picks up
  // Config, baseline (docs/configuration.md).
  std::optional<std::string> config_path;     ///< --config: one config for every input
  bool no_config = false;                     ///< --no-config: ignore .replylint.json files
  std::optional<std::string> baseline;        ///< --baseline: hide the findings it holds
  std::optional<std::string> write_baseline;  ///< --write-baseline: record current findings
  /// Long names of the options given on the command line ("--fail-on"): those win over the
  /// config, which fills in only the rest.
  std::set<std::string> given;
};

/// What `replylint init` was asked to do.
struct InitOptions {
  std::string directory = ".";
  bool force = false;
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
/// `replylint rules --patterns`: every match pattern of the loaded rules, one per line, as RE2
/// reads it (for grep/ripgrep baselines; bench/run.sh).
int run_rule_patterns(const RuleSources& sources);
/// `replylint test-rules [PATH...]`: run every rule's examples.
int run_test_rules(const RuleSources& sources);
/// `replylint init [DIR]`: write a starter .replylint.json (never over an existing one without
/// --force).
int run_init(const InitOptions& options);

/// Loads the rule set and compiles it; prints every diagnostic to stderr. Returns false when a
/// rule file has errors (the caller exits 2).
bool load_rules_or_report(const RuleSources& sources, RuleSet* rules,
                          std::unique_ptr<Matcher>* matcher);

/// Prints a diagnostic to stderr.
void report_diagnostics(const Diagnostics& diagnostics);

}  // namespace replylint
