// SPDX-License-Identifier: MIT
#include "lsp/server_context.hpp"

#include <filesystem>

#include "replylint/builtin_rules.hpp"

namespace replylint::lsp {

namespace fs = std::filesystem;

namespace {

std::string absolute_in(const std::string& base, const std::string& path) {
  fs::path resolved(path);
  if (resolved.is_relative()) resolved = fs::path(base) / resolved;
  return resolved.lexically_normal().string();
}

}  // namespace

ServerContexts::ServerContexts(ContextOptions options, std::string base_directory)
    : options_(std::move(options)), base_directory_(std::move(base_directory)) {}

std::string ServerContexts::config_of(const std::optional<std::string>& path) {
  if (options_.no_config) return "";
  if (options_.config_path) return absolute_in(base_directory_, *options_.config_path);
  const std::string folder = path ? fs::path(*path).parent_path().string() : base_directory_;
  const auto cached = config_by_folder_.find(folder);
  if (cached != config_by_folder_.end()) return cached->second;
  // find_config() answers relative to the current folder; the server wants absolute paths so
  // that every problem becomes a valid file URI.
  const std::optional<std::string> found = find_config(folder);
  const std::string config = found ? absolute_in(fs::current_path().string(), *found) : "";
  config_by_folder_.emplace(folder, config);
  return config;
}

std::unique_ptr<ServerContext> ServerContexts::build(const std::string& config_path) const {
  auto context = std::make_unique<ServerContext>();
  if (!config_path.empty()) {
    context->config = load_config_file(config_path, context->config_problems);
    if (context->config_problems.has_errors()) context->config = Config();
  }
  const Config& config = context->config;
  context->rules = load_server_rules(rule_sources_for(config, options_.rules),
                                     options_.inline_packs, base_directory_);
  if (!config.path.empty()) {
    // An unknown id in `disable` disables nothing: worth showing, not worth dropping the config.
    Diagnostics unknown_ids;
    check_config_rules(config, known_rule_ids(context->rules->set), unknown_ids);
    for (Diagnostic d : unknown_ids.items()) {
      d.level = DiagnosticLevel::Warning;
      context->config_problems.add(std::move(d));
    }
  }
  std::set<std::string> given;
  if (options_.unit) {
    context->input.unit = *options_.unit;
    given.insert("--unit");
  }
  apply_input_settings(config.input, given, &context->input);
  if (!prepare_input_options(&context->input, context->config_problems)) {
    context->input.agent_pattern.clear();  // the default pattern, which always compiles
    prepare_input_options(&context->input, context->config_problems);
  }
  context->linter = std::make_unique<ConfiguredLinter>(*context->rules->matcher, context->config);
  return context;
}

const ServerContext& ServerContexts::for_document(const std::optional<std::string>& path) {
  const std::string config = config_of(path);
  std::unique_ptr<ServerContext>& context = contexts_[config];
  if (!context) context = build(config);
  return *context;
}

void ServerContexts::clear() {
  contexts_.clear();
  config_by_folder_.clear();
}

bool ServerContexts::is_rule_or_config_file(const std::string& path) const {
  if (fs::path(path).filename() == kConfigFileName) return true;
  for (const auto& [config, context] : contexts_) {
    if (context->rules->is_rule_file(path)) return true;
  }
  return false;
}

}  // namespace replylint::lsp
