// SPDX-License-Identifier: MIT
#include "replylint/rule_loader.hpp"

#include <catch2/catch.hpp>

#include "replylint/matcher.hpp"
#include "replylint/rule_set.hpp"

using namespace replylint;

namespace {

// Loads `text` as "p.json" and returns every diagnostic, formatted, joined by newlines.
std::string errors_of(const std::string& text) {
  Diagnostics diagnostics;
  load_rule_pack(text, "p.json", ScoringModel{}, diagnostics);
  std::string out;
  for (const auto& d : diagnostics.items()) out += format_diagnostic(d) + "\n";
  return out;
}

const char* kGoodRule = R"({
  "id": "sympathy/x", "category": "sympathy", "weight": -5, "message": "m",
  "patterns": ["sorry"], "examples": {"match": ["sorry"], "no_match": ["fine"]}
})";

}  // namespace

TEST_CASE("a valid pack loads every key") {
  Diagnostics diagnostics;
  const RulePack pack = load_rule_pack(R"({"format": 1, "pack": "p", "rules": [{
    "id": "empathy/fix", "category": "empathy", "dimension": "action", "weight": 12,
    "message": "m {match}", "patterns": ["let's fix"], "unless": ["u"], "unless_before": ["b"],
    "unless_after": ["a"], "window": 12, "unless_reply_has": ["cause"], "case_sensitive": true,
    "suggest": ["s"], "explain": "one paragraph", "source": "src",
    "examples": {"match": ["let's fix it"], "no_match": ["fix"]}}]})",
                                       "p.json", ScoringModel{}, diagnostics);
  REQUIRE(diagnostics.empty());
  REQUIRE(pack.rules.size() == 1);
  const Rule& rule = pack.rules[0];
  CHECK(rule.id == "empathy/fix");
  CHECK(rule.dimension == Dimension::Action);
  CHECK(rule.severity == Severity::Info);
  CHECK(rule.weight == 12);
  CHECK(rule.window == 12);
  CHECK(rule.unless_reply_has == std::vector<Dimension>{Dimension::Cause});
  CHECK(rule.case_sensitive);
  CHECK(rule.explain == std::vector<std::string>{"one paragraph"});
  CHECK(rule.patterns.at(0).location.line == 3);
  CHECK(rule.match_examples.at(0).location.line == 6);
  CHECK(rule.match_examples.at(0).location.column == 28);
}

TEST_CASE("malformed JSON is located at the failing character") {
  CHECK(errors_of("{\n  \"format\": 1,\n  \"pack\": }") ==
        "p.json:3:11: error: syntax error while parsing value - unexpected '}'; expected '[', "
        "'{', or a literal\n      \"pack\": }\n              ^\n");
}

TEST_CASE("wrong types, missing and unknown keys are reported with pointers and carets") {
  const std::string text = "{\"format\": 1, \"pack\": \"p\", \"rules\": [\n" +
                           std::string(kGoodRule) +
                           ",\n{\"id\": \"b/y\", \"category\": \"blame\", \"weight\": \"-5\",\n"
                           " \"mesage\": \"m\", \"patterns\": [\"x\"], \"examples\": {}}]}";
  CHECK(errors_of(text) ==
        "p.json:6:1: error: /rules/1: rule \"b/y\": missing required key \"message\"\n"
        "    {\"id\": \"b/y\", \"category\": \"blame\", \"weight\": \"-5\",\n"
        "    ^\n"
        "p.json:6:46: error: /rules/1/weight: rule \"b/y\": expected an integer, got a string\n"
        "    {\"id\": \"b/y\", \"category\": \"blame\", \"weight\": \"-5\",\n"
        "                                                 ^\n"
        "p.json:7:2: error: /rules/1/mesage: rule \"b/y\": unknown key \"mesage\" (did you mean "
        "\"message\"?)\n"
        "     \"mesage\": \"m\", \"patterns\": [\"x\"], \"examples\": {}}]}\n"
        "     ^\n"
        "p.json:7:48: error: /rules/1/examples: rule \"b/y\": missing required key \"match\"\n"
        "     \"mesage\": \"m\", \"patterns\": [\"x\"], \"examples\": {}}]}\n"
        "                                                   ^\n"
        "p.json:7:48: error: /rules/1/examples: rule \"b/y\": missing required key \"no_match\"\n"
        "     \"mesage\": \"m\", \"patterns\": [\"x\"], \"examples\": {}}]}\n"
        "                                                   ^\n");
}

TEST_CASE("unknown severity, empty pattern lists and bad patterns are each reported") {
  const std::string text =
      R"({"format": 1, "pack": "p", "rules": [{"id": "s/a", "category": "sympathy", "weight": -5, "message": "m", "severity": "eror", "patterns": [], "examples": {"match": [], "no_match": []}}, {"id": "s/b", "category": "sympathy", "weight": -5, "message": "m", "patterns": ["(x"], "unless": ["ok"], "examples": {"match": [], "no_match": []}}]})";
  Diagnostics diagnostics;
  RulePack pack = load_rule_pack(text, "p.json", ScoringModel{}, diagnostics);
  std::vector<std::string> messages;
  for (const auto& d : diagnostics.items()) messages.push_back(d.pointer + ": " + d.message);
  CHECK(messages == std::vector<std::string>{
                        "/rules/0/severity: rule \"s/a\": unknown severity \"eror\" (did you mean "
                        "\"error\"?); expected one of: info, warning, error",
                        "/rules/0/patterns: rule \"s/a\": empty pattern list \"patterns\": a rule "
                        "needs at least one pattern"});
  // s/b is structurally fine: its pattern is checked when the matcher compiles it.
  REQUIRE(pack.rules.size() == 1);
  RuleSet set;
  set.rules = std::move(pack.rules);
  Diagnostics compile;
  Matcher matcher(set, compile);
  REQUIRE(compile.items().size() == 1);
  CHECK(compile.items()[0].message == "rule \"s/b\": invalid match pattern: missing ): (x");
  CHECK(compile.items()[0].column == 267);
}

TEST_CASE("weights must agree with evidence or problem") {
  const std::string text =
      R"({"format": 1, "pack": "p", "rules": [{"id": "e/a", "category": "empathy", "weight": -5, "message": "m", "patterns": ["x"], "examples": {"match": [], "no_match": []}}]})";
  const std::string errors = errors_of(text);
  CHECK(errors.find("/rules/0/weight: rule \"e/a\": empathy evidence needs a positive weight") !=
        std::string::npos);
  CHECK(errors.find("/rules/0: rule \"e/a\": missing required key \"dimension\"") !=
        std::string::npos);
}

TEST_CASE("duplicate JSON keys and unsupported formats are errors") {
  CHECK(errors_of(R"({"format": 2, "pack": "p", "pack": "q", "rules": []})") ==
        "p.json:1:12: error: /format: unsupported format 2 (this replylint reads 1)\n"
        "    {\"format\": 2, \"pack\": \"p\", \"pack\": \"q\", \"rules\": []}\n"
        "               ^\n"
        "p.json:1:28: error: /pack: duplicate key \"pack\" (first at line 1:15; JSON keeps only "
        "one)\n    {\"format\": 2, \"pack\": \"p\", \"pack\": \"q\", \"rules\": []}\n"
        "                               ^\n");
}

TEST_CASE("a scoring object overrides the model key by key and is validated") {
  Diagnostics diagnostics;
  const RulePack pack =
      load_rule_pack(R"({"format": 1, "pack": "s", "scoring": {"base": 50, "repair_factor": 0.5}})",
                     "s.json", ScoringModel{}, diagnostics);
  REQUIRE(diagnostics.empty());
  CHECK(pack.has_scoring);
  CHECK(pack.scoring.base == 50);
  CHECK(pack.scoring.repair_factor == 0.5);
  CHECK(pack.scoring.coverage_bonus == ScoringModel{}.coverage_bonus);
  CHECK(errors_of(R"({"format": 1, "pack": "s", "scoring": {"bse": 1}})")
            .find("/scoring/bse: unknown key \"bse\" (did you mean \"base\"?)") !=
        std::string::npos);
}

TEST_CASE("a number too large for a double is an error, not a crash (fuzzing regression)") {
  const std::string errors = errors_of(R"({"format": 1e99999, "pack": "p", "rules": []})");
  CHECK(errors.find("p.json:1:1: error: invalid JSON:") == 0);
  CHECK(errors.find("number overflow") != std::string::npos);
}
