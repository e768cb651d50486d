// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "lsp/position_encoding.hpp"
#include "replylint/diagnostic.hpp"
#include "replylint/matcher.hpp"
#include "replylint/rule_set.hpp"

namespace replylint::lsp {

/// A rule pack handed over as text rather than a path (an embedding host, or tests that do no
/// file I/O). `path` names it in diagnostics.
struct InlinePack {
  std::string path;
  std::string text;
};

/// The rules a language server lints with. Unlike the CLI, which exits 2 on a broken rule file,
/// a server keeps serving: rules with errors are left out (as the loader and the Matcher already
/// do), and every problem is kept to be shown on its file. Not movable: the Matcher refers to
/// `set`, so it lives behind a unique_ptr.
struct ServerRules {
  RuleSet set;
  std::unique_ptr<Matcher> matcher;
  Diagnostics problems;                 ///< everything loading and compiling reported
  std::vector<std::string> rule_paths;  ///< the `paths` of the sources, made absolute

  ServerRules() = default;
  ServerRules(const ServerRules&) = delete;
  ServerRules& operator=(const ServerRules&) = delete;

  /// True when `path` (absolute) is one of the rule files, or a `*.json` pack inside one of the
  /// rule folders: such a document is a rule file, not a reply.
  bool is_rule_file(const std::string& path) const;
};

/// Loads the embedded packs (unless `sources.use_embedded` is false), every path (relative ones
/// against `base_directory`), then the inline packs, and compiles them. Never fails.
std::unique_ptr<ServerRules> load_server_rules(const RuleSources& sources,
                                               const std::vector<InlinePack>& inline_packs,
                                               const std::string& base_directory);

/// One problem as an LSP Diagnostic: its line, from its code-point column to the end of its
/// source line (all the text a Diagnostic carries), in `encoding`; the start of the file when it
/// has no line. The JSON pointer, when any, prefixes the message.
nlohmann::json diagnostic_to_lsp(const Diagnostic& diagnostic, PositionEncoding encoding);

/// The problems grouped by file path, each converted to an LSP Diagnostic array (the code-point
/// column of a Diagnostic becomes `character` in `encoding` via its source line; a problem with
/// no line marks the start of the file). Problems with no path are left out: they have no file
/// to show on.
std::map<std::string, nlohmann::json> diagnostics_by_file(const Diagnostics& problems,
                                                          PositionEncoding encoding);

}  // namespace replylint::lsp
