// SPDX-License-Identifier: MIT
// Helpers shared by the unit tests: build a RuleSet from inline pack JSON.
#pragma once

#include <string>

#include "replylint/matcher.hpp"
#include "replylint/rule_loader.hpp"
#include "replylint/rule_set.hpp"

namespace replylint::testing {

/// A RuleSet holding only the rules of `pack_json`; fails the test on any diagnostic.
inline RuleSet rules_from(const std::string& pack_json) {
  Diagnostics diagnostics;
  RulePack pack = load_rule_pack(pack_json, "test.json", ScoringModel{}, diagnostics);
  for (const auto& d : diagnostics.items()) FAIL(format_diagnostic(d));
  RuleSet set;
  set.rules = std::move(pack.rules);
  if (pack.has_scoring) set.scoring = pack.scoring;
  return set;
}

/// Wraps rule objects (JSON text) into a format-1 pack.
inline std::string pack_of(const std::string& rules) {
  return R"({"format": 1, "pack": "test", "rules": [)" + rules + "]}";
}

/// A minimal rule with the given id, category, weight and patterns (a JSON array text).
inline std::string rule_json(const std::string& id, const std::string& category, int weight,
                             const std::string& patterns, const std::string& extra = "") {
  std::string dimension = category == "empathy" ? R"("dimension": "action",)" : "";
  return R"({"id": ")" + id + R"(", "category": ")" + category + R"(", )" + dimension +
         R"("weight": )" + std::to_string(weight) +
         R"(, "message": "found {match}", "patterns": )" + patterns + extra +
         R"(, "examples": {"match": [], "no_match": []}})";
}

}  // namespace replylint::testing
