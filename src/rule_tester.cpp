// SPDX-License-Identifier: MIT
#include "replylint/rule_tester.hpp"

#include <algorithm>

#include "replylint/linter.hpp"

namespace replylint {
namespace {

bool fires(const Linter& linter, const Rule& rule, const std::string& text) {
  Document document;
  document.display_name = "<example>";
  document.content = text;
  const FileReport report = linter.lint(document, split_plain_text(text, ReplyUnit::File));
  const auto is_rule = [&](const Finding& finding) { return finding.rule == &rule; };
  for (const ReplyReport& reply : report.replies) {
    if (std::any_of(reply.findings.begin(), reply.findings.end(), is_rule) ||
        std::any_of(reply.evidence.begin(), reply.evidence.end(), is_rule)) {
      return true;
    }
  }
  return false;
}

}  // namespace

RuleTestResult test_rule_examples(const Matcher& matcher) {
  RuleTestResult result;
  const Linter linter(matcher);
  for (const Rule& rule : matcher.rules().rules) {
    for (const RuleExample& example : rule.match_examples) {
      if (fires(linter, rule, example.text)) {
        ++result.passed;
      } else {
        result.failures.push_back({&rule, &example, true});
      }
    }
    for (const RuleExample& example : rule.no_match_examples) {
      if (!fires(linter, rule, example.text)) {
        ++result.passed;
      } else {
        result.failures.push_back({&rule, &example, false});
      }
    }
  }
  return result;
}

std::string format_example_failure(const ExampleFailure& failure) {
  const SourceLocation& where = failure.example->location;
  std::string out = where.path + ":" + std::to_string(where.line) + ":" +
                    std::to_string(where.column) + ": error: ";
  out +=
      failure.expected_match ? "example should match rule \"" : "example should not match rule \"";
  out += failure.rule->id + "\" but " + (failure.expected_match ? "did not" : "did");
  out += "\n    " + failure.example->text;
  return out;
}

}  // namespace replylint
