// SPDX-License-Identifier: MIT
#include "replylint/rule_policy.hpp"

#include <catch2/catch.hpp>

#include "replylint/rule_selector.hpp"

using namespace replylint;

namespace {

Config config_of(const std::string& text, const std::string& path = "lib/.replylint.json") {
  Diagnostics diagnostics;
  Config config = parse_config(text, path, diagnostics);
  for (const Diagnostic& d : diagnostics.items()) FAIL(format_diagnostic(d));
  return config;
}

Rule rule_with(const std::string& id, Severity severity) {
  Rule rule;
  rule.id = id;
  rule.severity = severity;
  rule.weight = -5;
  return rule;
}

}  // namespace

TEST_CASE("selectors name one rule, a prefix ending in /*, or all") {
  CHECK(selector_matches("sympathy/sorry-to-hear", "sympathy/sorry-to-hear"));
  CHECK_FALSE(selector_matches("sympathy/sorry", "sympathy/sorry-to-hear"));
  CHECK(selector_matches("sympathy/*", "sympathy/sorry-to-hear"));
  CHECK_FALSE(selector_matches("sympathy/*", "sympathy-extra/x"));
  CHECK_FALSE(selector_matches("sympathy/*", "sympathy"));
  CHECK(selector_matches("team/billing/*", "team/billing/refund"));
  CHECK(selector_matches("all", "anything/at-all"));
  // `*` is no general wildcard: a typo cannot silently widen a selector.
  CHECK_FALSE(selector_matches("sympathy/sorry-*", "sympathy/sorry-to-hear"));
  CHECK(selector_specificity("sympathy/sorry-to-hear") > selector_specificity("team/billing/*"));
  CHECK(selector_specificity("team/billing/*") > selector_specificity("team/*"));
  CHECK(selector_specificity("team/*") > selector_specificity("all"));
}

TEST_CASE("selector problems suggest the closest rule or prefix") {
  const std::vector<std::string> ids = {"sympathy/sorry-to-hear", "hollow/rest-assured"};
  CHECK(selector_problem("all", {}).empty());
  CHECK(selector_problem("hollow/*", ids).empty());
  CHECK(selector_problem("sympathy/sory-to-hear", ids) ==
        "unknown rule \"sympathy/sory-to-hear\" (did you mean \"sympathy/sorry-to-hear\"?)");
  CHECK(selector_problem("holow/*", ids) ==
        "\"holow/*\" matches no rule (did you mean \"hollow/*\"?)");
  CHECK(selector_problem("zzz", ids) == "unknown rule \"zzz\"");
}

TEST_CASE("override globs match paths relative to the config's folder") {
  const Config config = config_of(R"({"overrides": [
    {"files": ["drafts/**", "!drafts/final.md"], "disable": ["all"]},
    {"files": ["*.liquid"], "disable": ["all"]},
    {"files": ["archive/"], "disable": ["all"]},
    {"files": ["/top.txt"], "disable": ["all"]}]})");
  const auto off = [&](const std::string& path) {
    return RulePolicy::for_file(config, path).disabled("x/y");
  };
  CHECK(off("lib/drafts/a.md"));
  CHECK(off("lib/drafts/deep/er/a.md"));
  CHECK_FALSE(off("lib/drafts/final.md"));
  CHECK_FALSE(off("lib/a.md"));
  CHECK_FALSE(off("drafts/a.md"));  // outside the config's folder: "../drafts/a.md"
  CHECK(off("./lib/../lib/drafts/a.md"));
  CHECK(off("lib/billing/welcome.liquid"));  // no slash: a name at any depth
  CHECK(off("lib/archive/2019/old.txt"));    // a folder glob covers what is inside
  CHECK(off("lib/top.txt"));
  CHECK_FALSE(off("lib/sub/top.txt"));  // a leading slash anchors
  CHECK_FALSE(RulePolicy::for_file(config, std::nullopt).disabled("x/y"));  // stdin, no name
}

TEST_CASE("later blocks win; within a block the most specific selector, then disable") {
  const Config config = config_of(R"({
    "disable": ["hollow/*"],
    "severity": {"all": "info", "dismissive/*": "error", "dismissive/calm-down": "warning"},
    "overrides": [
      {"files": "urgent/**", "severity": {"hollow/rest-assured": "error"}},
      {"files": "urgent/quiet/**", "disable": ["dismissive/*"],
       "severity": {"dismissive/*": "info"}}
    ]})");
  const RulePolicy base = RulePolicy::for_file(config, "lib/a.md");
  CHECK(base.disabled("hollow/rest-assured"));
  CHECK(base.severity("dismissive/calm-down") == Severity::Warning);
  CHECK(base.severity("dismissive/at-least") == Severity::Error);
  CHECK(base.severity("sympathy/oh-no") == Severity::Info);
  const RulePolicy urgent = RulePolicy::for_file(config, "lib/urgent/a.md");
  // A later block's severity turns a rule disabled earlier back on.
  CHECK_FALSE(urgent.disabled("hollow/rest-assured"));
  CHECK(urgent.severity("hollow/rest-assured") == Severity::Error);
  CHECK(urgent.disabled("hollow/important-to-us"));
  const RulePolicy quiet = RulePolicy::for_file(config, "lib/urgent/quiet/a.md");
  CHECK(quiet.disabled("dismissive/calm-down"));  // tie between disable and severity
  CHECK(quiet.severity("hollow/rest-assured") == Severity::Error);
}

TEST_CASE("applying a policy drops disabled findings and overrides severities, never the rule") {
  const Config config = config_of(R"({"disable": ["a/off"], "severity": {"a/loud": "error"}})");
  const Rule off = rule_with("a/off", Severity::Warning);
  const Rule loud = rule_with("a/loud", Severity::Info);
  const Rule plain = rule_with("a/plain", Severity::Warning);
  std::vector<Finding> findings(3);
  findings[0].rule = &off;
  findings[1].rule = &loud;
  findings[2].rule = &plain;
  CHECK(RulePolicy::for_file(config, "lib/x.txt").apply(findings) == 1);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].rule == &loud);
  CHECK(findings[0].severity() == Severity::Error);
  CHECK(loud.severity == Severity::Info);
  CHECK(findings[1].severity() == Severity::Warning);
  CHECK_FALSE(findings[1].severity_override);
  CHECK(RulePolicy().apply(findings) == 0);
}
