// SPDX-License-Identifier: MIT
// Which config governs each input of a lint run, and what each config resolves to
// (docs/configuration.md, "Finding the config").
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "commands.hpp"
#include "fail_gate.hpp"
#include "replylint/config.hpp"
#include "replylint/configured_linter.hpp"
#include "replylint/input.hpp"

namespace replylint {

/// Everything one config file (or "no config") resolves to once merged with the command line,
/// which wins: the rules (the config's packs, then --rules), how inputs are read, the linter
/// that applies the config's policy, and a fail gate with the merged thresholds.
struct LintContext {
  Config config;
  RuleSet rules;
  std::unique_ptr<Matcher> matcher;
  std::unique_ptr<ConfiguredLinter> linter;
  InputOptions input;
  std::unique_ptr<FailGate> gate;
};

/// The contexts of one run: one per distinct config file the inputs resolve to, built before
/// anything is linted so that a broken config stops the run before any output.
class LintContexts {
 public:
  /// `options` must outlive this object.
  explicit LintContexts(const LintOptions& options) : options_(options) {}

  /// Finds the config of every input (--config for all; else the nearest .replylint.json above
  /// the input's folder, or above the current folder for stdin; none with --no-config), loads
  /// each once with its rules, and prints every problem to stderr. False when any is an error.
  bool prepare(const std::vector<InputRef>& inputs);

  /// The context of the input at `index` in the vector given to prepare(), found there once.
  /// Only reads, so threads may share it; the context's linter is thread-safe, its gate is not
  /// (feed it in input order, on one thread).
  LintContext& for_input(std::size_t index) const { return *by_input_[index]; }

  /// The rules every input is linted with, when all share one context; else nullptr.
  const RuleSet* shared_rules() const;

  /// True when any context's gate failed.
  bool failed() const;

 private:
  /// The folder whose config governs `input` ("" for the current one).
  std::string folder_of(const InputRef& input) const;
  /// The config path of `input` ("" for none), found once per folder.
  std::string discover(const InputRef& input);
  /// nullptr on errors, with `config_error` telling whether the config itself had them.
  std::unique_ptr<LintContext> build(const std::string& config_path, Diagnostics& diagnostics,
                                     bool* config_error);

  const LintOptions& options_;
  std::map<std::string, std::unique_ptr<LintContext>> contexts_;  ///< by config path
  std::map<std::string, std::string> config_by_folder_;           ///< discovery cache
  std::vector<LintContext*> by_input_;  ///< per input given to prepare(), in order
};

}  // namespace replylint
