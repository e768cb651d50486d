// SPDX-License-Identifier: MIT
#include <iomanip>
#include <iostream>

#include "commands.hpp"
#include "replylint/builtin_rules.hpp"
#include "replylint/did_you_mean.hpp"

namespace replylint {
namespace {

void explain_rule(const Rule& rule) {
  std::cout << rule.id << "\n\n";
  std::cout << "  pack:      " << rule.pack << '\n';
  std::cout << "  category:  " << rule.category;
  if (rule.dimension) std::cout << " (" << to_string(*rule.dimension) << ")";
  std::cout << '\n';
  std::cout << "  severity:  " << to_string(rule.severity) << '\n';
  std::cout << "  weight:    " << rule.weight << '\n';
  std::cout << "  message:   " << rule.message << '\n';
  std::cout << "  defined:   " << rule.location.path;
  if (rule.location.line > 0) std::cout << ':' << rule.location.line;
  std::cout << '\n';
  if (!rule.explain.empty()) {
    std::cout << '\n';
    for (const auto& paragraph : rule.explain) std::cout << "  " << paragraph << "\n\n";
  }
  if (!rule.suggest.empty()) {
    std::cout << (rule.explain.empty() ? "\n" : "") << "  Better:\n";
    for (const auto& suggestion : rule.suggest) std::cout << "    - " << suggestion << '\n';
  }
  if (rule.patterns.empty()) {
    std::cout << "\n  Built in: found by the suppression scanner, not by a pattern.\n";
  } else {
    std::cout << "\n  Matches:\n";
    for (const auto& example : rule.match_examples) std::cout << "    + " << example.text << '\n';
    std::cout << "  Does not match:\n";
    for (const auto& example : rule.no_match_examples)
      std::cout << "    - " << example.text << '\n';
  }
  if (!rule.source.empty()) std::cout << "\n  Source: " << rule.source << '\n';
}

}  // namespace

int run_rules(const RuleSources& sources, const std::optional<std::string>& id) {
  RuleSet rules;
  std::unique_ptr<Matcher> matcher;
  if (!load_rules_or_report(sources, &rules, &matcher)) return kExitError;
  if (id) {
    const Rule* rule = rules.find(*id);
    if (!rule) rule = find_builtin_rule(*id);
    if (rule) {
      explain_rule(*rule);
      return kExitClean;
    }
    std::cerr << "replylint: unknown rule \"" << *id << "\""
              << did_you_mean_suffix(*id, known_rule_ids(rules))
              << "; `replylint rules` lists them\n";
    return kExitError;
  }
  // The built-in suppression rules are listed too: they can be disabled and re-graded by id.
  std::vector<const Rule*> listed;
  for (const Rule& rule : rules.rules) listed.push_back(&rule);
  for (const Rule& rule : builtin_rules()) listed.push_back(&rule);
  std::size_t width = 4;
  for (const Rule* rule : listed) width = std::max(width, rule->id.size());
  std::cout << std::left << std::setw(static_cast<int>(width)) << "id"
            << "  category            severity  weight\n";
  for (const Rule* listed_rule : listed) {
    const Rule& rule = *listed_rule;
    std::string category = rule.category;
    // (appended piecewise: g++ 12 -O3 warns falsely on "/" + std::string)
    if (rule.dimension) category.append("/").append(to_string(*rule.dimension));
    std::cout << std::setw(static_cast<int>(width)) << rule.id << "  " << std::setw(18) << category
              << "  " << std::setw(8) << to_string(rule.severity) << "  " << std::right
              << std::setw(6) << rule.weight << std::left << '\n';
  }
  std::cout << rules.rules.size() << " rules from packs, " << builtin_rules().size()
            << " built in\n";
  return kExitClean;
}

int run_rule_patterns(const RuleSources& sources) {
  RuleSet rules;
  std::unique_ptr<Matcher> matcher;
  if (!load_rules_or_report(sources, &rules, &matcher)) return kExitError;
  for (const Rule& rule : rules.rules) {
    for (const Pattern& pattern : rule.patterns) std::cout << pattern.text << '\n';
  }
  return kExitClean;
}

}  // namespace replylint
