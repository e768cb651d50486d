// SPDX-License-Identifier: MIT
// `replylint --statistics`: how often each rule and each rule family fires over a run.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "replylint/printer.hpp"
#include "replylint/report.hpp"
#include "replylint/rule.hpp"

namespace replylint {

/// How often one rule fired: problem rules and empathy evidence rules alike.
struct RuleCount {
  std::string rule;
  std::string category;
  /// The effective severity of its findings (the config's override where one applies); the
  /// highest when they were reported at different severities. Evidence is `info`.
  Severity severity = Severity::Info;
  bool evidence = false;    ///< an empathy evidence rule (weight > 0)
  std::size_t hits = 0;     ///< matches
  std::size_t replies = 0;  ///< replies with at least one match
};

/// How many replies a family (a rule category) fired in.
struct FamilyCount {
  std::string category;
  std::size_t replies = 0;  ///< replies with at least one match of a rule of the category
};

/// Counts rule hits report by report, in O(rules) memory: nothing of a reply is kept. Fed on the
/// consumer thread of a run, after the baseline has filtered each report, so it counts what the
/// other formats would report.
class RuleStatistics {
 public:
  void add(const FileReport& report);

  /// Every rule that fired at least once: most replies first, then rule id.
  std::vector<RuleCount> rules() const;
  /// Every category that fired at least once: most replies first, then category name.
  std::vector<FamilyCount> families() const;
  /// Files, replies, verdicts and mean score of everything added (as the run's Summary counts
  /// them; `errors` stays 0).
  const Summary& totals() const { return totals_; }
  /// `replies` as a fraction (0–1) of all replies added; 0 when there were none.
  double share(std::size_t replies) const;

 private:
  std::map<std::string, RuleCount> rules_;       ///< by rule id
  std::map<std::string, std::size_t> families_;  ///< replies by category
  Summary totals_;
};

/// The formats `--statistics` prints: `human` and `json`.
const std::vector<std::string>& statistics_format_names();

/// The printer of `--statistics` in `format` (one of statistics_format_names()), writing to
/// `out` at the end of the run; nullptr for any other format.
std::unique_ptr<Printer> make_statistics_printer(const std::string& format, std::ostream& out);

}  // namespace replylint
