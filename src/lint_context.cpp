// SPDX-License-Identifier: MIT
#include "lint_context.hpp"

#include <iostream>

#include "replylint/builtin_rules.hpp"

namespace replylint {
namespace {

bool given(const LintOptions& options, const char* flag) {
  return options.given.count(flag) > 0;
}

Thresholds merged_thresholds(const LintOptions& options, const Config& config) {
  Thresholds thresholds;
  std::string fail_on = options.fail_on;
  if (!given(options, "--fail-on") && config.fail_on) fail_on = *config.fail_on;
  thresholds.fail_on = fail_on == "never" ? std::nullopt : parse_severity(fail_on);
  thresholds.min_score = options.min_score ? options.min_score : config.min_score;
  thresholds.max_warnings = options.max_warnings ? options.max_warnings : config.max_warnings;
  return thresholds;
}

void print_error_count(const Diagnostics& diagnostics, const char* what) {
  std::size_t errors = 0;
  for (const Diagnostic& d : diagnostics.items()) errors += d.level == DiagnosticLevel::Error;
  std::cerr << "replylint: " << errors << (errors == 1 ? " error" : " errors") << " in " << what
            << "; nothing was linted\n";
}

// The folder part of a path ("" for a bare name). A string cut rather than
// std::filesystem::path::parent_path(), which splits the whole path into components: this runs
// for every input of a run. Only a cache key and find_config()'s start, which normalises it.
std::string parent_folder(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return "";
  return std::string(path.substr(0, slash == 0 ? 1 : slash));
}

}  // namespace

std::string LintContexts::folder_of(const InputRef& input) const {
  // stdin is looked up from the folder of the name it is given, else from the current folder.
  if (!input.is_stdin) return parent_folder(input.path);
  if (options_.stdin_filename) return parent_folder(*options_.stdin_filename);
  return "";
}

std::string LintContexts::discover(const InputRef& input) {
  if (options_.no_config) return "";
  if (options_.config_path) return *options_.config_path;
  const std::string folder = folder_of(input);
  const auto cached = config_by_folder_.find(folder);
  if (cached != config_by_folder_.end()) return cached->second;
  const std::string path = find_config(folder).value_or("");
  config_by_folder_.emplace(folder, path);
  return path;
}

std::unique_ptr<LintContext> LintContexts::build(const std::string& config_path,
                                                 Diagnostics& diagnostics, bool* config_error) {
  auto context = std::make_unique<LintContext>();
  if (!config_path.empty()) {
    context->config = load_config_file(config_path, diagnostics);
    *config_error = diagnostics.has_errors();
    if (*config_error) return nullptr;
  }
  const Config& config = context->config;
  if (!load_rules_or_report(rule_sources_for(config, options_.rules), &context->rules,
                            &context->matcher)) {
    return nullptr;
  }
  check_config_rules(config, known_rule_ids(context->rules), diagnostics);
  *config_error = diagnostics.has_errors();
  if (*config_error) return nullptr;

  context->input = options_.input;
  context->input.unit = options_.unit;
  apply_input_settings(config.input, options_.given, &context->input);
  if (!prepare_input_options(&context->input, diagnostics)) return nullptr;
  context->linter = std::make_unique<ConfiguredLinter>(*context->matcher, context->config);
  context->gate = std::make_unique<FailGate>(merged_thresholds(options_, config));
  return context;
}

bool LintContexts::prepare(const std::vector<InputRef>& inputs) {
  std::vector<std::string> wanted;
  for (const InputRef& input : inputs) wanted.push_back(discover(input));
  if (inputs.empty()) wanted.push_back(discover(InputRef{true, ""}));
  for (const std::string& path : wanted) {
    if (contexts_.count(path)) continue;
    Diagnostics diagnostics;
    bool config_error = false;
    std::unique_ptr<LintContext> context = build(path, diagnostics, &config_error);
    report_diagnostics(diagnostics);
    if (!context) {
      // Rule-file errors were counted by load_rules_or_report(); count the config's here.
      if (config_error) print_error_count(diagnostics, "config files");
      return false;
    }
    contexts_.emplace(path, std::move(context));
  }
  // wanted[i] is input i's config path (with none given, the one entry is stdin's).
  by_input_.clear();
  for (std::size_t i = 0; i < inputs.size(); ++i)
    by_input_.push_back(contexts_.at(wanted[i]).get());
  return true;
}

const RuleSet* LintContexts::shared_rules() const {
  return contexts_.size() == 1 ? &contexts_.begin()->second->rules : nullptr;
}

bool LintContexts::failed() const {
  for (const auto& [path, context] : contexts_) {
    if (context->gate->failed()) return true;
  }
  return false;
}

}  // namespace replylint
