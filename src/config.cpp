// SPDX-License-Identifier: MIT
#include "replylint/config.hpp"

#include <re2/re2.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "json_checker.hpp"
#include "replylint/glob.hpp"
#include "replylint/rule_selector.hpp"

namespace replylint {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::vector<std::string> kConfigKeys = {
    "$schema",   "rules",   "no_default_rules", "disable",      "severity",
    "overrides", "fail_on", "min_score",        "max_warnings", "input"};
const std::vector<std::string> kOverrideKeys = {"files", "disable", "severity"};
const std::vector<std::string> kInputKeys = {"format",     "unit",        "agent",
                                             "text_field", "role_field",  "agent_roles",
                                             "id_field",   "turns_field", "reply_fields"};
const std::vector<std::string> kFailOnNames = {"error", "warning", "info", "never"};
const std::vector<std::string> kUnitNames = {"file", "paragraph", "line"};

// Reads one config file's keys through a JsonChecker, so every message has file:line:col.
class ConfigReader {
 public:
  ConfigReader(JsonChecker& check, Config& config) : check_(check), config_(config) {}

  void read(const json& root) {
    if (!check_.expect(root, json::value_t::object, "")) return;
    check_.reject_unknown_keys(root, "", kConfigKeys);
    if (const json* schema = JsonChecker::optional(root, "$schema")) {
      check_.expect(*schema, json::value_t::string, "/$schema");
    }
    std::vector<std::string> packs;
    check_.read_string_list(root, "", "rules", packs);
    for (const std::string& pack : packs) config_.rules.push_back(resolve(pack));
    if (const json* flag = JsonChecker::optional(root, "no_default_rules")) {
      if (check_.expect(*flag, json::value_t::boolean, "/no_default_rules")) {
        config_.no_default_rules = flag->get<bool>();
      }
    }
    read_policy(root, "", config_.policy);
    read_overrides(root);
    if (const json* fail_on = JsonChecker::optional(root, "fail_on")) {
      if (check_.expect_enum(*fail_on, "/fail_on", kFailOnNames, "fail level")) {
        config_.fail_on = fail_on->get<std::string>();
      }
    }
    config_.min_score = read_integer(root, "min_score", 0, 100);
    config_.max_warnings = read_integer(root, "max_warnings", 0, 1000000000);
    if (const json* input = JsonChecker::optional(root, "input")) read_input(*input);
  }

 private:
  // Paths in a config are relative to the config's folder, wherever replylint runs from.
  std::string resolve(const std::string& path) const {
    if (path.empty() || fs::path(path).is_absolute() || config_.directory.empty()) return path;
    return (fs::path(config_.directory) / path).lexically_normal().generic_string();
  }

  std::optional<int> read_integer(const json& object, const char* key, long min, long max) {
    const json* value = JsonChecker::optional(object, key);
    if (!value || !check_.expect_integer(*value, std::string("/") + key, min, max)) {
      return std::nullopt;
    }
    return value->get<int>();
  }

  void read_policy(const json& object, const std::string& pointer, PolicyBlock& block) {
    if (const json* disable = JsonChecker::optional(object, "disable")) {
      const std::string list = pointer + "/disable";
      if (check_.expect(*disable, json::value_t::array, list)) {
        for (std::size_t i = 0; i < disable->size(); ++i) {
          const std::string item = list + "/" + std::to_string(i);
          if (!check_.expect((*disable)[i], json::value_t::string, item)) continue;
          block.entries.push_back(
              {{(*disable)[i].get<std::string>(), check_.location(item)}, std::nullopt});
        }
      }
    }
    if (const json* severity = JsonChecker::optional(object, "severity")) {
      const std::string map = pointer + "/severity";
      if (check_.expect(*severity, json::value_t::object, map)) {
        for (auto it = severity->begin(); it != severity->end(); ++it) {
          const std::string member = map + "/" + JsonLocator::escape_token(it.key());
          if (!check_.expect_enum(it.value(), member, severity_names(), "severity")) continue;
          block.entries.push_back({{it.key(), check_.location(member, true)},
                                   parse_severity(it.value().get<std::string>())});
        }
      }
    }
  }

  void read_overrides(const json& root) {
    const json* overrides = JsonChecker::optional(root, "overrides");
    if (!overrides || !check_.expect(*overrides, json::value_t::array, "/overrides")) return;
    for (std::size_t i = 0; i < overrides->size(); ++i) {
      const std::string pointer = "/overrides/" + std::to_string(i);
      const json& node = (*overrides)[i];
      if (!check_.expect(node, json::value_t::object, pointer)) continue;
      check_.reject_unknown_keys(node, pointer, kOverrideKeys);
      ConfigOverride item;
      if (check_.require(node, "files", pointer)) read_globs(node, pointer, item.files);
      read_policy(node, pointer, item.policy);
      config_.overrides.push_back(std::move(item));
    }
  }

  void read_globs(const json& node, const std::string& pointer, std::vector<std::string>& out) {
    const json& files = node["files"];
    const std::string list = pointer + "/files";
    std::vector<std::string> globs;
    check_.read_string_list(node, pointer, "files", globs);
    for (std::size_t i = 0; i < globs.size(); ++i) {
      const std::string item = files.is_array() ? list + "/" + std::to_string(i) : list;
      if (globs[i].empty() || globs[i] == "!") {
        check_.error(item, "empty glob");
      } else if (!PathGlob(globs[i]).valid()) {
        check_.error(item, "invalid glob \"" + globs[i] + "\"");
      } else {
        out.push_back(globs[i]);
      }
    }
    if (files.is_array() && files.empty()) check_.error(list, "empty list: name at least one glob");
  }

  void read_input(const json& input) {
    if (!check_.expect(input, json::value_t::object, "/input")) return;
    check_.reject_unknown_keys(input, "/input", kInputKeys);
    InputSettings& settings = config_.input;
    if (const json* format = JsonChecker::optional(input, "format")) {
      if (check_.expect_enum(*format, "/input/format", input_format_names(), "input format")) {
        settings.format = parse_input_format(format->get<std::string>());
      }
    }
    if (const json* unit = JsonChecker::optional(input, "unit")) {
      if (check_.expect_enum(*unit, "/input/unit", kUnitNames, "unit")) {
        settings.unit = parse_reply_unit(unit->get<std::string>());
      }
    }
    settings.agent = read_string(input, "agent");
    if (settings.agent) check_agent_pattern(*settings.agent);
    settings.text_field = read_string(input, "text_field");
    settings.role_field = read_string(input, "role_field");
    settings.agent_roles = read_list(input, "agent_roles");
    settings.id_field = read_string(input, "id_field");
    settings.turns_field = read_string(input, "turns_field");
    settings.reply_fields = read_list(input, "reply_fields");
  }

  std::optional<std::string> read_string(const json& object, const char* key) {
    const json* value = JsonChecker::optional(object, key);
    if (!value || !check_.expect(*value, json::value_t::string, std::string("/input/") + key)) {
      return std::nullopt;
    }
    return value->get<std::string>();
  }

  std::optional<std::vector<std::string>> read_list(const json& object, const char* key) {
    if (!JsonChecker::optional(object, key)) return std::nullopt;
    std::vector<std::string> values;
    check_.read_string_list(object, "/input", key, values);
    return values;
  }

  // Compiled here, not only when inputs are read, so a bad pattern is reported where it is
  // written rather than as a command-line problem.
  void check_agent_pattern(const std::string& pattern) {
    re2::RE2::Options options(re2::RE2::Quiet);
    options.set_case_sensitive(false);
    const re2::RE2 regex(pattern, options);
    if (!regex.ok()) check_.error("/input/agent", "invalid pattern: " + regex.error());
  }

  JsonChecker& check_;
  Config& config_;
};

Diagnostic at(const SourceLocation& location, std::string message) {
  return Diagnostic{DiagnosticLevel::Error, location.path,      location.line,     location.column,
                    location.pointer,       std::move(message), location.line_text};
}

void check_block(const PolicyBlock& block, const std::vector<std::string>& rule_ids,
                 Diagnostics& diagnostics) {
  for (const PolicyEntry& entry : block.entries) {
    const std::string problem = selector_problem(entry.selector.text, rule_ids);
    if (!problem.empty()) diagnostics.add(at(entry.selector.location, problem));
  }
}

}  // namespace

Config parse_config(std::string_view text, const std::string& path, Diagnostics& diagnostics) {
  Config config;
  config.path = path;
  config.directory = fs::path(path).parent_path().generic_string();
  const std::size_t first = diagnostics.size();
  JsonChecker check(text, path, diagnostics);
  if (const std::optional<json> root = check.parse()) ConfigReader(check, config).read(*root);
  // nlohmann objects iterate in key order, not file order; readers expect the file's order.
  diagnostics.sort_from(first);
  return config;
}

Config load_config_file(const std::string& path, Diagnostics& diagnostics) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.error(path, std::string("cannot read config: ") + std::strerror(errno));
    Config config;
    config.path = path;
    return config;
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return parse_config(text, path, diagnostics);
}

void check_config_rules(const Config& config, const std::vector<std::string>& rule_ids,
                        Diagnostics& diagnostics) {
  const std::size_t first = diagnostics.size();
  check_block(config.policy, rule_ids, diagnostics);
  for (const ConfigOverride& item : config.overrides)
    check_block(item.policy, rule_ids, diagnostics);
  diagnostics.sort_from(first);
}

std::optional<std::string> find_config(const std::string& directory) {
  std::error_code error;
  const fs::path cwd = fs::current_path(error);
  if (error) return std::nullopt;
  fs::path folder = (cwd / directory).lexically_normal();
  while (true) {
    const fs::path candidate = folder / kConfigFileName;
    if (fs::is_regular_file(candidate, error)) {
      // Show it the way the user would type it: relative when it is inside the current folder.
      const fs::path relative = candidate.lexically_relative(cwd);
      if (!relative.empty() && *relative.begin() != "..") return relative.generic_string();
      return candidate.generic_string();
    }
    if (!folder.has_relative_path()) return std::nullopt;  // reached the root
    folder = folder.parent_path();
  }
}

std::string starter_config() {
  // Every key is explained in docs/configuration.md; JSON has no comments, so the file stays
  // short and the documentation carries the words.
  return R"({
  "rules": [],
  "no_default_rules": false,
  "disable": [],
  "severity": {},
  "overrides": [
    {
      "files": ["drafts/**"],
      "severity": {"all": "info"}
    }
  ],
  "fail_on": "warning"
}
)";
}

void apply_input_settings(const InputSettings& settings, const std::set<std::string>& given,
                          InputOptions* options) {
  const auto unless_given = [&given](const char* flag, const auto& value, auto& target) {
    if (value && given.count(flag) == 0) target = *value;
  };
  if (settings.format && given.count("--input") == 0) options->format = settings.format;
  unless_given("--unit", settings.unit, options->unit);
  unless_given("--agent", settings.agent, options->agent_pattern);
  unless_given("--text-field", settings.text_field, options->text_field);
  unless_given("--role-field", settings.role_field, options->role_field);
  unless_given("--agent-role", settings.agent_roles, options->agent_roles);
  unless_given("--id-field", settings.id_field, options->id_field);
  unless_given("--turns-field", settings.turns_field, options->turns_field);
  unless_given("--reply-field", settings.reply_fields, options->reply_fields);
}

RuleSources rule_sources_for(const Config& config, const RuleSources& command_line) {
  RuleSources sources;
  sources.use_embedded = command_line.use_embedded && !config.no_default_rules;
  sources.paths = config.rules;
  sources.paths.insert(sources.paths.end(), command_line.paths.begin(), command_line.paths.end());
  return sources;
}

}  // namespace replylint
