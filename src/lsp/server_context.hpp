// SPDX-License-Identifier: MIT
// What governs each open document in the language server: the nearest .replylint.json above
// the document's file, found and resolved the way the CLI does it (docs/configuration.md,
// "Finding the config"), except that problems never stop the server.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "lsp/server_rules.hpp"
#include "replylint/config.hpp"
#include "replylint/configured_linter.hpp"
#include "replylint/reader.hpp"

namespace replylint::lsp {

/// How the server finds configs and rules (`replylint lsp` options plus initializationOptions).
struct ContextOptions {
  RuleSources rules;
  std::vector<InlinePack> inline_packs;    ///< loaded after `rules` (tests, embedding hosts)
  std::optional<ReplyUnit> unit;           ///< set: wins over a config's `input.unit`
  std::optional<std::string> config_path;  ///< --config: one config for every document
  bool no_config = false;                  ///< --no-config: configs are not looked for
};

/// One config (or "no config") resolved: its rules, how documents are read, and the linter that
/// applies its policy. Not movable: the linter refers to `config` and the rules.
struct ServerContext {
  Config config;  ///< default-constructed when there is no config (or it is broken)
  std::unique_ptr<ServerRules> rules;
  InputOptions input;
  std::unique_ptr<ConfiguredLinter> linter;
  /// The config's own problems (syntax, unknown keys, unknown rule ids, a bad agent pattern),
  /// reported on the config file. A config with errors is not applied: the documents it
  /// governs are linted as if it were absent, so a typo never silences the editor.
  Diagnostics config_problems;

  ServerContext() = default;
  ServerContext(const ServerContext&) = delete;
  ServerContext& operator=(const ServerContext&) = delete;
};

/// The contexts of a server session, built lazily, one per config file, and dropped together by
/// clear() when a config or rule file changes.
class ServerContexts {
 public:
  /// `base_directory` resolves relative rule and config paths (the workspace root).
  ServerContexts(ContextOptions options, std::string base_directory);

  /// The context of a document at absolute `path` (nullopt: an unsaved buffer, governed by the
  /// config above the workspace root).
  const ServerContext& for_document(const std::optional<std::string>& path);

  /// Every context built so far, by config path ("" for none).
  const std::map<std::string, std::unique_ptr<ServerContext>>& built() const { return contexts_; }

  /// Forgets every context and discovery result (a config or rule file was saved).
  void clear();

  /// True when `path` is a rule file of a built context or a config file (by name): such a
  /// document is data, not a reply, and is not linted.
  bool is_rule_or_config_file(const std::string& path) const;

 private:
  std::string config_of(const std::optional<std::string>& path);
  std::unique_ptr<ServerContext> build(const std::string& config_path) const;

  ContextOptions options_;
  std::string base_directory_;
  std::map<std::string, std::unique_ptr<ServerContext>> contexts_;  ///< by config path
  std::map<std::string, std::string> config_by_folder_;             ///< discovery cache
};

}  // namespace replylint::lsp
