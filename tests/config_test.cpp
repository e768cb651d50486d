// SPDX-License-Identifier: MIT
#include "replylint/config.hpp"

#include <catch2/catch.hpp>

using namespace replylint;

namespace {

// Every diagnostic of `diagnostics`, formatted, one per line.
std::string formatted(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics.items()) out += format_diagnostic(d) + "\n";
  return out;
}

std::string errors_of(const std::string& text, const std::vector<std::string>& rule_ids = {}) {
  Diagnostics diagnostics;
  const Config config = parse_config(text, "c/.replylint.json", diagnostics);
  if (!diagnostics.has_errors()) check_config_rules(config, rule_ids, diagnostics);
  return formatted(diagnostics);
}

}  // namespace

TEST_CASE("a valid config reads every key") {
  Diagnostics diagnostics;
  const Config config = parse_config(R"({
    "$schema": "whatever",
    "rules": ["packs/team.json", "/abs/pack.json"],
    "no_default_rules": true,
    "disable": ["hollow/*"],
    "severity": {"dismissive/calm-down": "info"},
    "overrides": [{"files": ["drafts/**", "!drafts/final.md"], "disable": ["all"]},
                  {"files": "*.liquid", "severity": {"all": "error"}}],
    "fail_on": "error", "min_score": 40, "max_warnings": 3,
    "input": {"format": "markdown", "unit": "paragraph", "agent": "^Agent", "text_field": "body",
              "role_field": "who", "agent_roles": "bot", "id_field": "key",
              "turns_field": "log", "reply_fields": ["answer"]}})",
                                     "macros/.replylint.json", diagnostics);
  REQUIRE(formatted(diagnostics).empty());
  CHECK(config.directory == "macros");
  // Pack paths are relative to the config's folder, wherever replylint runs.
  CHECK(config.rules == std::vector<std::string>{"macros/packs/team.json", "/abs/pack.json"});
  CHECK(config.no_default_rules);
  REQUIRE(config.policy.entries.size() == 2);
  CHECK(config.policy.entries[0].selector.text == "hollow/*");
  CHECK_FALSE(config.policy.entries[0].severity);
  CHECK(config.policy.entries[0].selector.location.line == 5);
  CHECK(config.policy.entries[1].severity == Severity::Info);
  REQUIRE(config.overrides.size() == 2);
  CHECK(config.overrides[0].files == std::vector<std::string>{"drafts/**", "!drafts/final.md"});
  CHECK(config.overrides[1].files == std::vector<std::string>{"*.liquid"});
  CHECK(config.overrides[1].policy.entries.at(0).severity == Severity::Error);
  CHECK(config.fail_on == "error");
  CHECK(config.min_score == 40);
  CHECK(config.max_warnings == 3);
  CHECK(config.input.format == InputFormat::Markdown);
  CHECK(config.input.unit == ReplyUnit::Paragraph);
  CHECK(config.input.agent == "^Agent");
  CHECK(config.input.agent_roles == std::vector<std::string>{"bot"});
  CHECK(config.input.reply_fields == std::vector<std::string>{"answer"});
}

TEST_CASE("config syntax errors are located at the failing character") {
  CHECK(errors_of("{\n  \"disable\": [\"x\",]\n}") ==
        "c/.replylint.json:2:19: error: syntax error while parsing value - unexpected ']'; "
        "expected '[', '{', or a literal\n"
        "      \"disable\": [\"x\",]\n"
        "                      ^\n");
}

TEST_CASE("unknown keys, wrong types and bad values are reported with pointers and carets") {
  const std::string text =
      "{\"disable\": \"all\",\n"
      " \"severty\": {},\n"
      " \"severity\": {\"a/b\": \"eror\"},\n"
      " \"overrides\": [{\"file\": [\"x\"]}, {\"files\": [\"[z-a]\", \"\"]}],\n"
      " \"min_score\": 101, \"fail_on\": \"warnings\",\n"
      " \"input\": {\"unit\": \"para\", \"agent\": \"(x\", \"text_feild\": \"t\"}}";
  CHECK(errors_of(text) ==
        "c/.replylint.json:1:13: error: /disable: expected an array, got a string\n"
        "    {\"disable\": \"all\",\n"
        "                ^\n"
        "c/.replylint.json:2:2: error: /severty: unknown key \"severty\" (did you mean "
        "\"severity\"?)\n"
        "     \"severty\": {},\n"
        "     ^\n"
        "c/.replylint.json:3:22: error: /severity/a~1b: unknown severity \"eror\" (did you mean "
        "\"error\"?); expected one of: info, warning, error\n"
        "     \"severity\": {\"a/b\": \"eror\"},\n"
        "                         ^\n"
        "c/.replylint.json:4:16: error: /overrides/0: missing required key \"files\"\n"
        "     \"overrides\": [{\"file\": [\"x\"]}, {\"files\": [\"[z-a]\", \"\"]}],\n"
        "                   ^\n"
        "c/.replylint.json:4:17: error: /overrides/0/file: unknown key \"file\" (did you mean "
        "\"files\"?)\n"
        "     \"overrides\": [{\"file\": [\"x\"]}, {\"files\": [\"[z-a]\", \"\"]}],\n"
        "                    ^\n"
        "c/.replylint.json:4:44: error: /overrides/1/files/0: invalid glob \"[z-a]\"\n"
        "     \"overrides\": [{\"file\": [\"x\"]}, {\"files\": [\"[z-a]\", \"\"]}],\n"
        "                                               ^\n"
        "c/.replylint.json:4:53: error: /overrides/1/files/1: empty glob\n"
        "     \"overrides\": [{\"file\": [\"x\"]}, {\"files\": [\"[z-a]\", \"\"]}],\n"
        "                                                        ^\n"
        "c/.replylint.json:5:15: error: /min_score: value 101 is out of range [0, 100]\n"
        "     \"min_score\": 101, \"fail_on\": \"warnings\",\n"
        "                  ^\n"
        "c/.replylint.json:5:31: error: /fail_on: unknown fail level \"warnings\" (did you mean "
        "\"warning\"?); expected one of: error, warning, info, never\n"
        "     \"min_score\": 101, \"fail_on\": \"warnings\",\n"
        "                                  ^\n"
        "c/.replylint.json:6:20: error: /input/unit: unknown unit \"para\" (did you mean "
        "\"paragraph\"?); expected one of: file, paragraph, line\n"
        "     \"input\": {\"unit\": \"para\", \"agent\": \"(x\", \"text_feild\": \"t\"}}\n"
        "                       ^\n"
        "c/.replylint.json:6:37: error: /input/agent: invalid pattern: missing ): (x\n"
        "     \"input\": {\"unit\": \"para\", \"agent\": \"(x\", \"text_feild\": \"t\"}}\n"
        "                                        ^\n"
        "c/.replylint.json:6:43: error: /input/text_feild: unknown key \"text_feild\" (did you "
        "mean \"text_field\"?)\n"
        "     \"input\": {\"unit\": \"para\", \"agent\": \"(x\", \"text_feild\": \"t\"}}\n"
        "                                              ^\n");
}

TEST_CASE("rule ids in disable and severity are checked against the loaded rules") {
  const std::vector<std::string> ids = {"sympathy/sorry-to-hear", "dismissive/calm-down",
                                        "replylint/unused-suppression"};
  CHECK(errors_of(R"({"disable": ["sympathy/sorry-to-here", "all", "replylint/unused-suppression"],
 "overrides": [{"files": "x", "severity": {"dismisive/*": "info", "dismissive/*": "error"}}]})",
                  ids) ==
        "c/.replylint.json:1:14: error: /disable/0: unknown rule \"sympathy/sorry-to-here\" (did "
        "you mean \"sympathy/sorry-to-hear\"?)\n"
        "    {\"disable\": [\"sympathy/sorry-to-here\", \"all\", "
        "\"replylint/unused-suppression\"],\n"
        "                 ^\n"
        "c/.replylint.json:2:44: error: /overrides/0/severity/dismisive~1*: \"dismisive/*\" "
        "matches no rule (did you mean \"dismissive/*\"?)\n"
        "     \"overrides\": [{\"files\": \"x\", \"severity\": {\"dismisive/*\": \"info\", "
        "\"dismissive/*\": \"error\"}}]}\n"
        "                                               ^\n");
}

TEST_CASE("the starter config is valid and changes nothing outside drafts") {
  Diagnostics diagnostics;
  const Config config = parse_config(starter_config(), ".replylint.json", diagnostics);
  check_config_rules(config, {}, diagnostics);
  CHECK(formatted(diagnostics).empty());
  CHECK(config.policy.entries.empty());
  CHECK(config.fail_on == "warning");
  REQUIRE(config.overrides.size() == 1);
  CHECK(config.overrides[0].files == std::vector<std::string>{"drafts/**"});
}

TEST_CASE("input settings fill in only what the command line did not give") {
  InputSettings settings;
  settings.unit = ReplyUnit::Line;
  settings.text_field = "body";
  settings.agent_roles = std::vector<std::string>{"bot", "agent"};
  settings.format = InputFormat::Csv;
  InputOptions options;
  options.text_field = "message";  // from --text-field
  apply_input_settings(settings, {"--text-field", "--input"}, &options);
  CHECK(options.unit == ReplyUnit::Line);
  CHECK(options.text_field == "message");
  CHECK(options.agent_roles == std::vector<std::string>{"bot", "agent"});
  CHECK_FALSE(options.format);
}
