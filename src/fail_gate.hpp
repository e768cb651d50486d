// SPDX-License-Identifier: MIT
// The exit-code decision of a lint run (README, "Exit codes").
#pragma once

#include <cstddef>
#include <optional>

#include "replylint/report.hpp"
#include "replylint/rule.hpp"

namespace replylint {

/// The limits that make a run exit 1, merged from the command line and the config.
struct Thresholds {
  std::optional<Severity> fail_on = Severity::Warning;  ///< nullopt: findings never fail
  std::optional<int> min_score;
  std::optional<int> max_warnings;  ///< with it, warnings fail by count rather than one by one
};

/// Watches the reports of a run and says whether it failed: a finding at or above `fail_on`
/// (by its effective severity, Finding::severity()), a reply below `min_score`, or more than
/// `max_warnings` warnings. A reply that holds baselined findings and no new one is exempt
/// from `min_score`: the baseline accepts it as it was.
class FailGate {
 public:
  explicit FailGate(const Thresholds& thresholds);

  void add(const FileReport& report);
  bool failed() const;

 private:
  Thresholds thresholds_;
  int threshold_ = -1;
  std::size_t warnings_ = 0;
  bool failed_ = false;
};

}  // namespace replylint
