// SPDX-License-Identifier: MIT
#include <iostream>

#include "commands.hpp"
#include "replylint/rule_tester.hpp"

namespace replylint {

int run_test_rules(const RuleSources& sources) {
  RuleSet rules;
  std::unique_ptr<Matcher> matcher;
  if (!load_rules_or_report(sources, &rules, &matcher)) return kExitError;
  const RuleTestResult result = test_rule_examples(*matcher);
  for (const ExampleFailure& failure : result.failures) {
    std::cout << format_example_failure(failure) << '\n';
  }
  std::cout << result.passed << " passed, " << result.failures.size() << " failed\n";
  return result.failures.empty() ? kExitClean : kExitFindings;
}

}  // namespace replylint
