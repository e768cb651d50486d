// SPDX-License-Identifier: MIT
#include "replylint/builtin_rules.hpp"

namespace replylint {
namespace {

Rule make_rule(const char* id, std::string message, std::vector<std::string> suggest,
               std::vector<std::string> explain) {
  Rule rule;
  rule.id = id;
  rule.pack = "replylint";
  // Not one of the pack categories (rule.hpp): printers show it as a tag, and keeping it apart
  // means no scoring list (softened, dismissive) can ever name it.
  rule.category = "suppression";
  rule.severity = Severity::Warning;
  rule.weight = 0;
  rule.message = std::move(message);
  rule.suggest = std::move(suggest);
  rule.explain = std::move(explain);
  rule.source = "docs/configuration.md#inline-suppressions";
  rule.location.path = "<builtin>";
  return rule;
}

}  // namespace

const std::vector<Rule>& builtin_rules() {
  static const std::vector<Rule> rules = {
      make_rule(builtin::kUnusedSuppression, "A suppression comment that suppresses nothing.",
                {"Delete the comment, or correct the rule id it names."},
                {"A replylint-disable comment whose rule no longer fires on the lines it covers "
                 "hides nothing today but would hide a new problem tomorrow.",
                 "Unknown rule ids, and a replylint-enable without a matching replylint-disable, "
                 "are reported the same way."}),
      make_rule(builtin::kSuppressionWithoutReason, "A suppression comment without a reason.",
                {"Add the reason after \" -- \": replylint-disable-next-line RULE -- why it is "
                 "fine here"},
                {"A suppression is a decision a reviewer should be able to check. The reason goes "
                 "after \" -- \" in the same comment.",
                 "The comment still suppresses; this finding asks for the reason."}),
      make_rule(
          builtin::kInvalidSuppression, "A malformed suppression comment.",
          {"Write replylint-disable-next-line, replylint-disable-line, replylint-disable "
           "or replylint-enable, followed by rule ids (or PACK/* or all) and \" -- reason\"."},
          {"A comment that starts with \"replylint-\" but cannot be read suppresses nothing; "
           "this finding says why."}),
  };
  return rules;
}

const Rule* find_builtin_rule(const std::string& id) {
  for (const Rule& rule : builtin_rules()) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

std::vector<std::string> known_rule_ids(const RuleSet& rules) {
  std::vector<std::string> ids = rules.ids();
  for (const Rule& rule : builtin_rules()) ids.push_back(rule.id);
  return ids;
}

}  // namespace replylint
