// SPDX-License-Identifier: MIT
#include <iostream>

#include "commands.hpp"

namespace replylint {

void report_diagnostics(const Diagnostics& diagnostics) {
  // What stdout holds goes out first, so a terminal shows the two streams in order; with nothing
  // to report there is nothing to order (the lint loop calls this for every piece).
  if (diagnostics.empty()) return;
  std::cout.flush();
  for (const Diagnostic& diagnostic : diagnostics.items()) {
    std::cerr << format_diagnostic(diagnostic) << '\n';
  }
}

bool load_rules_or_report(const RuleSources& sources, RuleSet* rules,
                          std::unique_ptr<Matcher>* matcher) {
  Diagnostics diagnostics;
  *rules = load_rule_set(sources, diagnostics);
  *matcher = std::make_unique<Matcher>(*rules, diagnostics);
  report_diagnostics(diagnostics);
  if (diagnostics.has_errors()) {
    std::size_t errors = 0;
    for (const Diagnostic& d : diagnostics.items()) errors += d.level == DiagnosticLevel::Error;
    std::cerr << "replylint: " << errors << (errors == 1 ? " error" : " errors")
              << " in rule files; nothing was linted\n";
    return false;
  }
  return true;
}

}  // namespace replylint
