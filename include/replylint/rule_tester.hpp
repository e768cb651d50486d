// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "replylint/matcher.hpp"

namespace replylint {

/// One example that did not behave as its rule says.
struct ExampleFailure {
  const Rule* rule;
  const RuleExample* example;
  bool expected_match;
};

struct RuleTestResult {
  int passed = 0;
  std::vector<ExampleFailure> failures;
};

/// Lints every `match` / `no_match` example of every rule as a reply on its own (with all rules,
/// so reply-level conditions behave as in real use) and checks whether its rule fired.
RuleTestResult test_rule_examples(const Matcher& matcher);

/// "path:line:col: error: example should match rule X but did not" (no trailing newline).
std::string format_example_failure(const ExampleFailure& failure);

}  // namespace replylint
