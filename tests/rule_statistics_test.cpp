// SPDX-License-Identifier: MIT
// `--statistics` aggregation (src/rule_statistics.cpp).
#include "replylint/rule_statistics.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace replylint;

namespace {

Rule make_rule(const std::string& id, const std::string& category, int weight,
               Severity severity = Severity::Warning) {
  Rule rule;
  rule.id = id;
  rule.category = category;
  rule.weight = weight;
  rule.severity = weight > 0 ? Severity::Info : severity;
  if (weight > 0) rule.dimension = Dimension::Action;
  return rule;
}

Finding hit(const Rule& rule) {
  Finding finding;
  finding.rule = &rule;
  return finding;
}

ReplyReport reply(std::vector<Finding> findings, std::vector<Finding> evidence = {}, int score = 60,
                  Verdict verdict = Verdict::Neutral) {
  ReplyReport out;
  out.findings = std::move(findings);
  out.evidence = std::move(evidence);
  out.score.value = score;
  out.score.verdict = verdict;
  return out;
}

FileReport file(std::vector<ReplyReport> replies, bool continued = false) {
  FileReport out;
  out.continued = continued;
  out.replies = std::move(replies);
  return out;
}

const Rule kSorry = make_rule("sympathy/sorry-to-hear", "sympathy", -8);
const Rule kBareSorry = make_rule("sympathy/bare-sorry", "sympathy", -4, Severity::Info);
const Rule kCalmDown = make_rule("dismissive/calm-down", "dismissive", -20, Severity::Error);
const Rule kAction = make_rule("empathy/action-done", "empathy", 10);

}  // namespace

TEST_CASE("hits count matches, replies count replies with at least one") {
  RuleStatistics statistics;
  statistics.add(
      file({reply({hit(kSorry), hit(kSorry), hit(kSorry)}), reply({hit(kSorry)}), reply({})}));
  const std::vector<RuleCount> rules = statistics.rules();
  REQUIRE(rules.size() == 1);
  CHECK(rules[0].rule == "sympathy/sorry-to-hear");
  CHECK(rules[0].category == "sympathy");
  CHECK(rules[0].severity == Severity::Warning);
  CHECK_FALSE(rules[0].evidence);
  CHECK(rules[0].hits == 4);
  CHECK(rules[0].replies == 2);
  CHECK(statistics.totals().replies == 3);
  CHECK(statistics.share(rules[0].replies) == Approx(2.0 / 3.0));
}

TEST_CASE("rules are sorted by replies, most first, then by rule id") {
  RuleStatistics statistics;
  // calm-down: 1 reply but 5 hits; sorry-to-hear and bare-sorry: 2 replies each.
  statistics.add(file({reply({hit(kCalmDown), hit(kCalmDown), hit(kCalmDown), hit(kCalmDown),
                              hit(kCalmDown), hit(kSorry)}),
                       reply({hit(kBareSorry)}), reply({hit(kBareSorry), hit(kSorry)})}));
  std::vector<std::string> order;
  for (const RuleCount& rule : statistics.rules()) order.push_back(rule.rule);
  CHECK(order == std::vector<std::string>{"sympathy/bare-sorry", "sympathy/sorry-to-hear",
                                          "dismissive/calm-down"});
}

TEST_CASE("evidence rules are counted like problems") {
  RuleStatistics statistics;
  statistics.add(file({reply({}, {hit(kAction), hit(kAction)}, 90, Verdict::Empathetic),
                       reply({hit(kSorry)}, {hit(kAction)}, 70, Verdict::Empathetic)}));
  const std::vector<RuleCount> rules = statistics.rules();
  REQUIRE(rules.size() == 2);
  CHECK(rules[0].rule == "empathy/action-done");
  CHECK(rules[0].evidence);
  CHECK(rules[0].severity == Severity::Info);
  CHECK(rules[0].hits == 3);
  CHECK(rules[0].replies == 2);
  const std::vector<FamilyCount> families = statistics.families();
  REQUIRE(families.size() == 2);
  CHECK(families[0].category == "empathy");
  CHECK(families[0].replies == 2);
}

TEST_CASE("a family counts a reply once, however many of its rules fired") {
  RuleStatistics statistics;
  statistics.add(file({reply({hit(kSorry), hit(kBareSorry), hit(kSorry)}),
                       reply({hit(kBareSorry), hit(kCalmDown)}), reply({hit(kCalmDown)}),
                       reply({hit(kCalmDown)}), reply({})}));
  const std::vector<FamilyCount> families = statistics.families();
  REQUIRE(families.size() == 2);
  // dismissive and sympathy both fired in 3 replies: ties are broken by category name.
  CHECK(families[0].category == "dismissive");
  CHECK(families[0].replies == 3);
  CHECK(families[1].category == "sympathy");
  CHECK(families[1].replies == 2);
  CHECK(statistics.share(families[1].replies) == Approx(0.4));
}

TEST_CASE("counts add up across files and streamed chunks, totals follow the Summary") {
  RuleStatistics statistics;
  statistics.add(file({reply({hit(kSorry)}, {}, 52, Verdict::Sympathetic)}));
  statistics.add(file({reply({hit(kCalmDown)}, {}, 20, Verdict::Dismissive)}));
  // The second chunk of the same streamed file: not a new file.
  statistics.add(file({reply({hit(kSorry)}, {}, 50, Verdict::Sympathetic),
                       reply({}, {hit(kAction)}, 96, Verdict::Empathetic)},
                      true));
  const Summary& totals = statistics.totals();
  CHECK(totals.files == 2);
  CHECK(totals.replies == 4);
  CHECK(totals.by_verdict[static_cast<std::size_t>(Verdict::Sympathetic)] == 2);
  CHECK(totals.by_verdict[static_cast<std::size_t>(Verdict::Dismissive)] == 1);
  CHECK(totals.by_verdict[static_cast<std::size_t>(Verdict::Empathetic)] == 1);
  CHECK(totals.mean_score == Approx(54.5));
  const std::vector<RuleCount> rules = statistics.rules();
  REQUIRE(rules.size() == 3);
  CHECK(rules[0].rule == "sympathy/sorry-to-hear");
  CHECK(rules[0].replies == 2);
  CHECK(statistics.share(rules[0].replies) == Approx(0.5));
}

TEST_CASE("a config's severity override counts, the highest seen wins") {
  RuleStatistics statistics;
  Finding raised = hit(kSorry);
  raised.severity_override = Severity::Error;
  Finding lowered = hit(kCalmDown);
  lowered.severity_override = Severity::Info;
  statistics.add(file({reply({hit(kSorry), lowered})}));
  statistics.add(file({reply({raised})}));
  const std::vector<RuleCount> rules = statistics.rules();
  REQUIRE(rules.size() == 2);
  CHECK(rules[0].rule == "sympathy/sorry-to-hear");
  CHECK(rules[0].severity == Severity::Error);
  CHECK(rules[1].severity == Severity::Info);
}

TEST_CASE("no replies: no rules, no families, share 0") {
  RuleStatistics statistics;
  statistics.add(file({}));
  CHECK(statistics.rules().empty());
  CHECK(statistics.families().empty());
  CHECK(statistics.totals().files == 1);
  CHECK(statistics.share(0) == 0);
}

TEST_CASE("statistics print as human or json only") {
  std::ostringstream out;
  CHECK(make_statistics_printer("human", out) != nullptr);
  CHECK(make_statistics_printer("json", out) != nullptr);
  CHECK(make_statistics_printer("sarif", out) == nullptr);
  CHECK(statistics_format_names() == std::vector<std::string>{"human", "json"});
}

TEST_CASE("the json document has the documented shape") {
  std::ostringstream out;
  auto printer = make_statistics_printer("json", out);
  printer->begin();
  printer->file(file({reply({hit(kSorry), hit(kSorry)}, {hit(kAction)}, 55, Verdict::Sympathetic),
                      reply({}, {}, 60, Verdict::Neutral)}));
  printer->end(Summary{});
  const auto document = nlohmann::json::parse(out.str());
  CHECK(document["version"] == 1);
  const auto& statistics = document["statistics"];
  CHECK(statistics["replies"] == 2);
  CHECK(statistics["files"] == 1);
  CHECK(statistics["rules"] == nlohmann::json::parse(R"([
          {"rule": "empathy/action-done", "category": "empathy", "severity": "info",
           "hits": 1, "replies": 1, "share": 0.5},
          {"rule": "sympathy/sorry-to-hear", "category": "sympathy", "severity": "warning",
           "hits": 2, "replies": 1, "share": 0.5}])"));
  CHECK(statistics["families"] == nlohmann::json::parse(R"([
          {"category": "empathy", "replies": 1, "share": 0.5},
          {"category": "sympathy", "replies": 1, "share": 0.5}])"));
  CHECK(statistics["verdicts"] ==
        nlohmann::json::parse(
            R"({"empathetic": 0, "neutral": 1, "sympathetic": 1, "dismissive": 0})"));
  CHECK(statistics["mean_score"] == 57.5);
}
