// SPDX-License-Identifier: MIT
#include "replylint/printer.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "replylint/linter.hpp"
#include "test_rules.hpp"

using namespace replylint;
using namespace replylint::testing;

namespace {

struct Fixture {
  RuleSet rules =
      rules_from(pack_of(rule_json("sympathy/sorry", "sympathy", -10, R"(["sorry to hear"])",
                                   R"(, "suggest": ["Name the feeling."])") +
                         "," + rule_json("empathy/fix", "empathy", 14, R"(["let's fix"])")));
  Diagnostics diagnostics;
  Matcher matcher{rules, diagnostics};
  Document document;

  std::string print(const std::string& format, const std::string& text, PrintOptions options = {}) {
    document.path = "macros/a.txt";
    document.display_name = "macros/a.txt";
    document.content = text;
    const FileReport report =
        Linter(matcher).lint(document, split_plain_text(document.content, ReplyUnit::File));
    Summary summary;
    summary.add(report);
    std::ostringstream out;
    auto printer = make_printer(format, out, options);
    printer->begin();
    printer->file(report);
    printer->end(summary);
    return out.str();
  }
};

}  // namespace

TEST_CASE("json output follows the documented contract key by key") {
  Fixture f;
  const auto doc = nlohmann::json::parse(f.print("json", "Hi 😀 sorry to hear. Let's fix it."));
  CHECK(doc["version"] == 1);
  CHECK(doc["tool"]["name"] == "replylint");
  REQUIRE(doc["files"].size() == 1);
  const auto& file = doc["files"][0];
  CHECK(file["path"] == "macros/a.txt");
  REQUIRE(file["replies"].size() == 1);
  const auto& reply = file["replies"][0];
  CHECK(reply["line"] == 1);
  CHECK(reply["id"].is_null());
  CHECK(reply["score"] == 60 - 10 + 14);
  CHECK(reply["verdict"] == "sympathetic");  // one dimension does not redeem sympathy
  CHECK(reply["dimensions"]["action"]["present"] == true);
  CHECK(reply["dimensions"]["action"]["rules"] == nlohmann::json::array({"empathy/fix"}));
  CHECK(reply["dimensions"]["cause"]["present"] == false);
  CHECK(reply["breakdown"][0]["kind"] == "base");
  REQUIRE(reply["findings"].size() == 1);
  const auto& finding = reply["findings"][0];
  CHECK(finding["rule"] == "sympathy/sorry");
  CHECK(finding["category"] == "sympathy");
  CHECK(finding["severity"] == "warning");
  CHECK(finding["message"] == "found sorry to hear");
  CHECK(finding["match"] == "sorry to hear");
  CHECK(finding["line"] == 1);
  CHECK(finding["column"] == 6);  // after "Hi 😀 ": the emoji is one code point
  CHECK(finding["end_line"] == 1);
  CHECK(finding["end_column"] == 19);
  CHECK(finding["column_utf16"] == 7);  // ... and two UTF-16 units
  CHECK(finding["end_column_utf16"] == 20);
  CHECK(finding["offset"] == 8);
  CHECK(finding["length"] == 13);
  CHECK(finding["weight"] == -10);
  CHECK(finding["suggestions"] == nlohmann::json::array({"Name the feeling."}));
  REQUIRE(reply["evidence"].size() == 1);
  CHECK(reply["evidence"][0]["rule"] == "empathy/fix");
  CHECK(reply["evidence"][0]["severity"] == "info");
  CHECK(reply["evidence"][0]["dimension"] == "action");
  const auto& summary = doc["summary"];
  CHECK(summary["files"] == 1);
  CHECK(summary["replies"] == 1);
  CHECK(summary["findings"] == 1);
  CHECK(summary["findings_by_severity"]["warning"] == 1);
  CHECK(summary["verdicts"]["sympathetic"] == 1);
  CHECK(summary["mean_score"] == 64.0);
  CHECK(summary["min_score"] == 64);
  // Library analytics (docs/json-output.md, "Analytics"; library_analytics_test.cpp has the rest).
  const auto& analytics = doc["analytics"];
  CHECK(analytics["thresholds"]["reuse_min_count"] == 3);
  CHECK(analytics["reused_openers"].empty());
  CHECK(analytics["near_duplicates_checked"] == true);
  REQUIRE(analytics["lowest_scoring"].size() == 1);
  CHECK(analytics["lowest_scoring"][0] == nlohmann::json({{"path", "macros/a.txt"},
                                                          {"line", 1},
                                                          {"id", nullptr},
                                                          {"score", 64},
                                                          {"verdict", "sympathetic"}}));
  CHECK(analytics["top_rules"][0]["rule"] == "sympathy/sorry");
  CHECK(analytics["score_histogram"][6] == 1);
}

TEST_CASE("human output shows location, underline, help and score") {
  Fixture f;
  CHECK(f.print("human", "Oh, sorry to hear that.") ==
        "macros/a.txt:1:5: warning: found sorry to hear [sympathy/sorry]\n"
        " 1 | Oh, sorry to hear that.\n"
        "   |     ^^^^^^^^^^^^^\n"
        "   = help: Name the feeling.\n"
        "macros/a.txt:1: score 50/100 sympathetic (no empathy evidence)\n"
        "1 file, 1 reply: 1 finding (0 error, 1 warning, 0 info); mean score 50, lowest 50; 1 "
        "sympathetic\n");
}

TEST_CASE("human output colours only when asked and explains scores on request") {
  Fixture f;
  PrintOptions options;
  options.color = true;
  options.explain = true;
  const std::string out = f.print("human", "Sorry to hear. Let's fix it.", options);
  CHECK(out.find("\x1b[1;33mwarning:\x1b[0m") != std::string::npos);
  CHECK(out.find("evidence:") != std::string::npos);
  CHECK(out.find("+14\tdimension (action) ") != std::string::npos);
  CHECK(f.print("human", "Sorry to hear.").find('\x1b') == std::string::npos);
}
