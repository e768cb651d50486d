// SPDX-License-Identifier: MIT
#include "replylint/rule_set.hpp"

#include <unordered_map>

#include "replylint/embedded_rules.hpp"
#include "replylint/rule_snapshot.hpp"

namespace replylint {

const Rule* RuleSet::find(const std::string& id) const {
  for (const auto& rule : rules) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

std::vector<std::string> RuleSet::ids() const {
  std::vector<std::string> out;
  out.reserve(rules.size());
  for (const auto& rule : rules) out.push_back(rule.id);
  return out;
}

namespace {

Diagnostic at(const SourceLocation& location, DiagnosticLevel level, std::string message) {
  return Diagnostic{level,
                    location.path,
                    location.line,
                    location.column,
                    location.pointer,
                    std::move(message),
                    location.line_text};
}

}  // namespace

RuleSet load_rule_set(const RuleSources& sources, Diagnostics& diagnostics) {
  RuleSet set;
  std::vector<RulePack> packs;
  if (sources.use_embedded) {
    // Loaded and checked when replylint was built (rule_snapshot.hpp).
    if (auto embedded = read_rule_snapshot(embedded_rule_snapshot())) {
      for (auto& pack : *embedded) {
        if (pack.has_scoring) set.scoring = pack.scoring;
        packs.push_back(std::move(pack));
      }
    } else {
      diagnostics.add(Diagnostic{DiagnosticLevel::Error, "<builtin>", 0, 0, "",
                                 "the embedded rule packs are damaged; rebuild replylint", ""});
    }
  }
  for (const auto& path : sources.paths) {
    for (auto& pack : load_rule_path(path, set.scoring, diagnostics)) {
      if (pack.has_scoring) set.scoring = pack.scoring;
      packs.push_back(std::move(pack));
    }
  }
  std::unordered_map<std::string, const Rule*> first_definition;
  for (auto& pack : packs) {
    for (auto& rule : pack.rules) {
      auto [it, inserted] = first_definition.emplace(rule.id, &rule);
      if (!inserted) {
        diagnostics.add(
            at(rule.location, DiagnosticLevel::Error, "duplicate rule id \"" + rule.id + "\""));
        diagnostics.add(at(it->second->location, DiagnosticLevel::Note,
                           "\"" + rule.id + "\" is first defined here"));
      }
    }
  }
  std::unordered_map<std::string, bool> kept;
  for (auto& pack : packs) {
    for (auto& rule : pack.rules) {
      if (kept.emplace(rule.id, true).second) set.rules.push_back(std::move(rule));
    }
  }
  return set;
}

}  // namespace replylint
