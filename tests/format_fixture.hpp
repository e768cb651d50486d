// SPDX-License-Identifier: MIT
// Shared by the printer format tests: a small rule set, a reply whose emoji makes every column
// unit differ, and a way to print reports in any format.
#pragma once

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "replylint/linter.hpp"
#include "replylint/printer.hpp"
#include "test_rules.hpp"

namespace replylint::testing {

// A warning with advice, an info with a literal replacement, an error, and evidence.
inline std::string default_pack() {
  return pack_of(
      rule_json("sympathy/sorry", "sympathy", -10, R"(["sorry\\s+to hear"])",
                R"(, "suggest": ["Name the feeling."])") +
      "," +
      rule_json("hollow/valued", "hollow", -4, R"(["valued customer"])",
                R"(, "severity": "info", "suggest": ["Replace with: \"Hi Sam\"", "Use a name."])") +
      "," +
      rule_json("policy/wall", "policy", -20, R"(["our policy", "100%"])",
                R"(, "severity": "error")") +
      "," + rule_json("empathy/fix", "empathy", 14, R"(["let's fix"])"));
}

// "Hi 😀 " puts the emoji before every match: one code point, two UTF-16 units, four bytes and
// two display columns, so each unit gives a different column.
inline const std::string kText =
    "Hi 😀 sorry to hear. Dear valued customer, it is our policy. Let's fix it.\n";

struct FormatFixture {
  explicit FormatFixture(const std::string& pack = default_pack()) : rules(rules_from(pack)) {}

  RuleSet rules;
  Diagnostics diagnostics;
  Matcher matcher{rules, diagnostics};

  FileReport lint(const Document& document) const {
    return Linter(matcher).lint(document, split_plain_text(document.content, ReplyUnit::File));
  }

  std::string print(const std::string& format, const std::vector<Document>& documents,
                    PrintOptions options = {}) const {
    std::ostringstream out;
    auto printer = make_printer(format, out, options);
    REQUIRE(printer);
    Summary summary;
    printer->begin();
    for (const Document& document : documents) {
      const FileReport report = lint(document);
      summary.add(report);
      printer->file(report);
    }
    printer->end(summary);
    return out.str();
  }

  std::string print(const std::string& format, const std::string& text = kText,
                    PrintOptions options = {}) const {
    return print(format, {named("macros/a.txt", text)}, options);
  }

  static Document named(const std::string& path, const std::string& text) {
    Document document;
    document.path = path;
    document.display_name = path;
    document.content = text;
    return document;
  }
};

inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Fails the test unless `value` holds every key of the dotted `path`.
inline const nlohmann::json& require_path(const nlohmann::json& value, const std::string& path) {
  const nlohmann::json* at = &value;
  std::istringstream keys(path);
  for (std::string key; std::getline(keys, key, '.');) {
    INFO("missing " << path);
    REQUIRE(at->is_object());
    REQUIRE(at->contains(key));
    at = &(*at)[key];
  }
  return *at;
}

}  // namespace replylint::testing
