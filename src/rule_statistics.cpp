// SPDX-License-Identifier: MIT
#include "replylint/rule_statistics.hpp"

#include <algorithm>
#include <set>

namespace replylint {
namespace {

template <typename Count, typename Key>
void sort_by_replies(std::vector<Count>& counts, Key key) {
  std::sort(counts.begin(), counts.end(), [&](const Count& a, const Count& b) {
    if (a.replies != b.replies) return a.replies > b.replies;
    return key(a) < key(b);
  });
}

}  // namespace

void RuleStatistics::add(const FileReport& report) {
  totals_.add(report);
  std::set<std::string> rules_in_reply;
  std::set<std::string> families_in_reply;
  for (const ReplyReport& reply : report.replies) {
    rules_in_reply.clear();
    families_in_reply.clear();
    for (const auto* hits : {&reply.findings, &reply.evidence}) {
      for (const Finding& finding : *hits) {
        const Rule& rule = *finding.rule;
        auto [at, inserted] = rules_.try_emplace(rule.id);
        RuleCount& count = at->second;
        if (inserted) {
          count.rule = rule.id;
          count.category = rule.category;
          count.evidence = rule.is_evidence();
          count.severity = finding.severity();
        }
        count.severity = std::max(count.severity, finding.severity());
        ++count.hits;
        if (rules_in_reply.insert(rule.id).second) ++count.replies;
        if (families_in_reply.insert(rule.category).second) ++families_[rule.category];
      }
    }
  }
}

std::vector<RuleCount> RuleStatistics::rules() const {
  std::vector<RuleCount> out;
  out.reserve(rules_.size());
  for (const auto& entry : rules_) out.push_back(entry.second);
  sort_by_replies(out, [](const RuleCount& count) -> const std::string& { return count.rule; });
  return out;
}

std::vector<FamilyCount> RuleStatistics::families() const {
  std::vector<FamilyCount> out;
  out.reserve(families_.size());
  for (const auto& [category, replies] : families_) out.push_back({category, replies});
  sort_by_replies(out,
                  [](const FamilyCount& count) -> const std::string& { return count.category; });
  return out;
}

double RuleStatistics::share(std::size_t replies) const {
  if (totals_.replies == 0) return 0;
  return static_cast<double>(replies) / static_cast<double>(totals_.replies);
}

}  // namespace replylint
