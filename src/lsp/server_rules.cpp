// SPDX-License-Identifier: MIT
#include "lsp/server_rules.hpp"

#include <filesystem>
#include <set>

#include "lsp/protocol_json.hpp"
#include "replylint/rule_loader.hpp"

namespace replylint::lsp {

using nlohmann::json;

namespace {

int lsp_severity(DiagnosticLevel level) {
  switch (level) {
    case DiagnosticLevel::Error:
      return 1;
    case DiagnosticLevel::Warning:
      return 2;
    case DiagnosticLevel::Note:
      return 3;
  }
  return 1;
}

}  // namespace

json diagnostic_to_lsp(const Diagnostic& diagnostic, PositionEncoding encoding) {
  Range range;
  if (diagnostic.line > 0) {
    range.start.line = range.end.line = diagnostic.line - 1;
    const std::string_view line = diagnostic.source_line;
    // From the reported column to the end of the line: the source line is all the text we have.
    const int start =
        diagnostic.column > 0
            ? character_after(line, static_cast<std::size_t>(diagnostic.column - 1), encoding)
            : 0;
    range.start.character = start;
    range.end.character = std::max(start, character_after(line, line.size(), encoding));
  }
  std::string message = diagnostic.message;
  if (!diagnostic.pointer.empty()) message = diagnostic.pointer + ": " + message;
  return {{"range", range},
          {"severity", lsp_severity(diagnostic.level)},
          {"source", "replylint"},
          {"message", message}};
}

bool ServerRules::is_rule_file(const std::string& path) const {
  namespace fs = std::filesystem;
  const fs::path file(path);
  for (const std::string& rule_path : rule_paths) {
    if (path == rule_path) return true;
    if (file.parent_path() == fs::path(rule_path) && file.extension() == ".json" &&
        file.filename() != "schema.json") {
      return true;
    }
  }
  return false;
}

std::unique_ptr<ServerRules> load_server_rules(const RuleSources& sources,
                                               const std::vector<InlinePack>& inline_packs,
                                               const std::string& base_directory) {
  namespace fs = std::filesystem;
  auto rules = std::make_unique<ServerRules>();
  RuleSources absolute = sources;
  for (std::string& path : absolute.paths) {
    // Absolute paths make every diagnostic path a valid file URI, whatever the server's cwd.
    fs::path resolved(path);
    if (resolved.is_relative()) resolved = fs::path(base_directory) / resolved;
    path = resolved.lexically_normal().string();
    if (path.size() > 1 && path.back() == '/') path.pop_back();
    rules->rule_paths.push_back(path);
  }
  rules->set = load_rule_set(absolute, rules->problems);
  std::set<std::string> ids;
  for (const Rule& rule : rules->set.rules) ids.insert(rule.id);
  for (const InlinePack& inline_pack : inline_packs) {
    RulePack pack =
        load_rule_pack(inline_pack.text, inline_pack.path, rules->set.scoring, rules->problems);
    if (pack.has_scoring) rules->set.scoring = pack.scoring;
    for (Rule& rule : pack.rules) {
      if (!ids.insert(rule.id).second) {
        rules->problems.error(inline_pack.path, "duplicate rule id \"" + rule.id + "\"");
        continue;
      }
      rules->set.rules.push_back(std::move(rule));
    }
  }
  rules->matcher = std::make_unique<Matcher>(rules->set, rules->problems);
  return rules;
}

std::map<std::string, json> diagnostics_by_file(const Diagnostics& problems,
                                                PositionEncoding encoding) {
  std::map<std::string, json> by_file;
  for (const Diagnostic& diagnostic : problems.items()) {
    if (diagnostic.path.empty()) continue;
    json& list = by_file[diagnostic.path];
    if (list.is_null()) list = json::array();
    list.push_back(diagnostic_to_lsp(diagnostic, encoding));
  }
  return by_file;
}

}  // namespace replylint::lsp
