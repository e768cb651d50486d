// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "replylint/diagnostic.hpp"
#include "replylint/document.hpp"
#include "replylint/reader.hpp"
#include "replylint/rule.hpp"
#include "replylint/rule_set.hpp"

namespace replylint {

/// The name replylint looks for in each input's folder and every folder above it.
inline constexpr std::string_view kConfigFileName = ".replylint.json";

/// A rule selector (rule_selector.hpp) as written in a config file, remembered with its place so
/// an unknown rule id can be reported there once the rules are loaded.
struct ConfigSelector {
  std::string text;
  SourceLocation location;
};

/// One `disable` item or `severity` member: what a config block does to the rules it names.
struct PolicyEntry {
  ConfigSelector selector;
  std::optional<Severity> severity;  ///< nullopt: the rules are disabled
};

/// The rule settings of one block: the top level of a config, or one of its overrides.
struct PolicyBlock {
  std::vector<PolicyEntry> entries;  ///< `disable` items first, then `severity` members
};

/// One `overrides` item: rule settings for the files its globs match.
struct ConfigOverride {
  /// Globs (glob.hpp, gitignore style, `!` negates), relative to the config's folder.
  std::vector<std::string> files;
  PolicyBlock policy;
};

/// The config's `input` object: defaults for the command line's input options (reader.hpp),
/// each unset unless the config names it.
struct InputSettings {
  std::optional<InputFormat> format;                     ///< --input
  std::optional<ReplyUnit> unit;                         ///< --unit
  std::optional<std::string> agent;                      ///< --agent
  std::optional<std::string> text_field;                 ///< --text-field
  std::optional<std::string> role_field;                 ///< --role-field
  std::optional<std::vector<std::string>> agent_roles;   ///< --agent-role
  std::optional<std::string> id_field;                   ///< --id-field
  std::optional<std::string> turns_field;                ///< --turns-field
  std::optional<std::vector<std::string>> reply_fields;  ///< --reply-field
};

/// A `.replylint.json` as read and validated (docs/configuration.md documents every key).
/// A default-constructed Config is "no config file": it changes nothing.
struct Config {
  std::string path;       ///< the file, as found or given; empty for no config
  std::string directory;  ///< its folder ("" for the current one): base of `rules` and globs
  std::vector<std::string> rules;  ///< rule pack paths, already resolved against `directory`
  bool no_default_rules = false;
  PolicyBlock policy;                     ///< top-level `disable` and `severity`
  std::vector<ConfigOverride> overrides;  ///< in file order; later ones win
  std::optional<std::string> fail_on;     ///< "error", "warning", "info" or "never"
  std::optional<int> min_score;
  std::optional<int> max_warnings;
  InputSettings input;
};

/// Parses and validates config text, reporting every problem to `diagnostics` the way rule files
/// are reported (`path:line:col: error: /pointer: message`, source line and caret; unknown keys
/// with "did you mean"): JSON syntax, types, enum values, ranges and globs. Rule ids are checked
/// by check_config_rules() once the rules the config loads are known. Returns what it could read;
/// relative `rules` paths are resolved against the folder of `path`.
Config parse_config(std::string_view text, const std::string& path, Diagnostics& diagnostics);

/// Reads `path` and parses it; a file that cannot be read is an error.
Config load_config_file(const std::string& path, Diagnostics& diagnostics);

/// The rule packs a run under `config` loads: the config's `rules` first, then those of
/// `command_line` (--rules); the embedded packs unless either side turns them off.
RuleSources rule_sources_for(const Config& config, const RuleSources& command_line);

/// Reports, at the place each is written, every `disable` item and `severity` key of `config`
/// (overrides included) that names none of `rule_ids`, with "did you mean".
void check_config_rules(const Config& config, const std::vector<std::string>& rule_ids,
                        Diagnostics& diagnostics);

/// The nearest `.replylint.json` in `directory` or a folder above it, shown relative to the
/// current folder when it lies below it (else absolute); nullopt when there is none. An empty
/// `directory` means the current folder.
std::optional<std::string> find_config(const std::string& directory);

/// The starter config that `replylint init` writes; valid with the default rule packs.
std::string starter_config();

/// Copies the input settings of a config into `options`, except those the command line set:
/// `given` holds the long names of the options the user passed ("--unit", "--agent-role").
void apply_input_settings(const InputSettings& settings, const std::set<std::string>& given,
                          InputOptions* options);

}  // namespace replylint
