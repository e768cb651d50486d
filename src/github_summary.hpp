// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "replylint/report.hpp"

namespace replylint {

/// One row of the job summary's "lowest scores" table.
struct SummaryReply {
  std::string location;  ///< `path:line`, plus ` [id]` when the reply has one
  int score = 0;
  Verdict verdict = Verdict::Neutral;
  std::size_t findings = 0;
};

/// How many replies the job summary lists under "Lowest scores".
inline constexpr std::size_t kSummaryLowest = 5;

/// Keeps the kSummaryLowest lowest-scoring replies seen, in ascending score order (earlier
/// replies first among equal scores).
class LowestReplies {
 public:
  void add(SummaryReply reply);
  const std::vector<SummaryReply>& replies() const { return replies_; }

 private:
  std::vector<SummaryReply> replies_;
};

/// The Markdown GitHub shows on the run's summary page ($GITHUB_STEP_SUMMARY): totals, verdicts,
/// findings by severity and the lowest-scoring replies. Text from the input is escaped so it
/// cannot break the tables.
std::string github_step_summary(const Summary& summary, const std::vector<SummaryReply>& lowest);

}  // namespace replylint
