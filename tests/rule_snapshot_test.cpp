// SPDX-License-Identifier: MIT
// The embedded rule snapshot holds exactly the packs in rules/, and the snapshot format keeps
// every field and refuses what it did not write.
#include "replylint/rule_snapshot.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "replylint/embedded_rules.hpp"
#include "replylint/required_literals.hpp"

using namespace replylint;

namespace {

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("the embedded snapshot is the packs in rules/, loaded as written") {
  const auto embedded = read_rule_snapshot(embedded_rule_snapshot());
  REQUIRE(embedded.has_value());
  std::map<std::string, RulePack> by_name;
  for (const RulePack& pack : *embedded) by_name.emplace(pack.path, pack);
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(REPLYLINT_SOURCE_DIR "/rules")) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".json" || name == "schema.json") continue;
    ++files;
    INFO(name);
    Diagnostics diagnostics;
    RulePack pack = load_rule_pack(read_text(entry.path()), std::string(kEmbeddedPackPrefix) + name,
                                   by_name.count("<builtin>/scoring.json")
                                       ? by_name.at("<builtin>/scoring.json").scoring
                                       : ScoringModel{},
                                   diagnostics);
    CHECK(diagnostics.empty());
    for (Rule& rule : pack.rules) {
      for (Pattern& pattern : rule.patterns) {
        pattern.literals = required_literals(pattern.text);
        pattern.literals_known = true;
      }
    }
    REQUIRE(by_name.count(pack.path) == 1);
    const RulePack& stored = by_name.at(pack.path);
    REQUIRE(stored.rules.size() == pack.rules.size());
    for (std::size_t i = 0; i < pack.rules.size(); ++i) {
      INFO(pack.rules[i].id);
      CHECK(stored.rules[i] == pack.rules[i]);
    }
    CHECK(stored.has_scoring == pack.has_scoring);
    if (pack.has_scoring) CHECK(stored.scoring == pack.scoring);
  }
  CHECK(files == embedded->size());
}

TEST_CASE("a snapshot keeps every field and refuses bytes it did not write") {
  RulePack pack;
  pack.path = "<builtin>/x.json";
  pack.name = "x";
  pack.has_scoring = true;
  pack.scoring.base = 55.5;
  pack.scoring.softened_categories = {"sympathy"};
  Rule rule;
  rule.id = "x/one";
  rule.pack = "x";
  rule.category = "empathy";
  rule.dimension = Dimension::Ownership;
  rule.severity = Severity::Info;
  rule.weight = -7;
  rule.message = "m \xE2\x80\x99 {match}";
  rule.patterns.emplace_back(std::string("\\bthat's on us\\b"),
                             SourceLocation{"x.json", 3, 7, "/rules/0/patterns/0", "line"});
  rule.patterns[0].literals = required_literals(rule.patterns[0].text);
  rule.patterns[0].literals_known = true;
  rule.unless.emplace_back(std::string("not"), SourceLocation{});
  rule.window = 12;
  rule.unless_reply_has = {Dimension::Action, Dimension::Cause};
  rule.case_sensitive = true;
  rule.suggest = {"a", ""};
  rule.explain = {"why"};
  rule.source = "domain.md";
  rule.match_examples = {{"that's on us", SourceLocation{"x.json", 9, 1, "/p", "t"}}};
  rule.location = SourceLocation{"x.json", 2, 3, "/rules/0/id", "  \"id\": \"x/one\","};
  pack.rules = {rule, Rule{}};
  const std::string bytes = write_rule_snapshot({pack, RulePack{}});
  const auto read = read_rule_snapshot(bytes);
  REQUIRE(read.has_value());
  REQUIRE(read->size() == 2);
  CHECK((*read)[0] == pack);
  CHECK((*read)[1] == RulePack{});

  CHECK_FALSE(read_rule_snapshot("").has_value());
  CHECK_FALSE(read_rule_snapshot(bytes.substr(0, bytes.size() - 1)).has_value());
  CHECK_FALSE(read_rule_snapshot(bytes + "x").has_value());
  std::string other = bytes;
  other[10] = '#';  // inside the magic
  CHECK_FALSE(read_rule_snapshot(other).has_value());
  // A count far beyond the bytes left is refused, not allocated.
  std::string huge = bytes.substr(0, 30);
  huge += std::string("\xff\xff\xff\x7f", 4);
  CHECK_FALSE(read_rule_snapshot(huge).has_value());
}
