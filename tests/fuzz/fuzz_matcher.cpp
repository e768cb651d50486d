// SPDX-License-Identifier: MIT
// libFuzzer target: random rules against random text. The first line of the input is a
// pattern (with unless_before / unless_after context from the next two lines), the rest is the
// reply. Hits must lie inside the text and map back inside the original, and the literal
// prefilter and the anchored span search must find exactly what the plain algorithm finds.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "replylint/linter.hpp"
#include "replylint/matcher.hpp"

namespace {
std::string take_line(std::string& input) {
  const std::size_t newline = input.find('\n');
  std::string line = input.substr(0, newline);
  input.erase(0, newline == std::string::npos ? input.size() : newline + 1);
  return line;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  replylint::Rule rule;
  rule.id = "fuzz/rule";
  rule.category = "sympathy";
  rule.weight = -5;
  rule.message = "{match}";
  rule.patterns.push_back({take_line(input), {}});
  if (rule.patterns[0].text.empty()) return 0;
  if (std::string before = take_line(input); !before.empty())
    rule.unless_before.push_back({before, {}});
  if (std::string after = take_line(input); !after.empty())
    rule.unless_after.push_back({after, {}});
  replylint::RuleSet set;
  set.rules.push_back(rule);
  replylint::Diagnostics diagnostics;
  const replylint::Matcher matcher(set, diagnostics, replylint::PrefilterChoice::Reference);
  if (diagnostics.has_errors()) return 0;
  // The literal prefilter and the anchored span search must find exactly what the plain
  // algorithm finds (required_literals is sound).
  const auto expected = matcher.match(input);
  for (const auto choice :
       {replylint::PrefilterChoice::SetOnly, replylint::PrefilterChoice::LiteralsOnly}) {
    const replylint::Matcher other(set, diagnostics, choice);
    const auto found = other.match(input);
    if (found.size() != expected.size()) std::abort();
    for (std::size_t i = 0; i < found.size(); ++i) {
      if (found[i].begin != expected[i].begin || found[i].end != expected[i].end) std::abort();
    }
  }
  replylint::Document document;
  document.content = input;
  const replylint::Linter linter(matcher);
  const auto report =
      linter.lint(document, replylint::split_plain_text(input, replylint::ReplyUnit::Paragraph));
  for (const auto& reply : report.replies) {
    for (const auto& finding : reply.findings) {
      if (finding.offset + finding.length > input.size()) std::abort();
      if (reply.score.value < 0 || reply.score.value > 100) std::abort();
    }
  }
  return 0;
}
