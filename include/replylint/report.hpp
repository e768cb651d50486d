// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "replylint/document.hpp"
#include "replylint/finding.hpp"
#include "replylint/scorer.hpp"

namespace replylint {

/// The result for one reply.
struct ReplyReport {
  ReplySpan span;
  TextPosition start;             ///< where the reply starts in the file
  std::vector<Finding> findings;  ///< problems, in position order
  std::vector<Finding> evidence;  ///< empathy evidence, in position order
  Score score;
  /// Findings of this reply hidden because the baseline knows them (baseline.hpp); they are
  /// no longer in `findings`.
  std::size_t baselined = 0;
};

/// The result for one input.
struct FileReport {
  const Document* document = nullptr;  ///< outlives the report
  /// Set on the second and later chunks of a streamed file: the same input as the previous
  /// report, continued. Printers that group by file append to the previous file's entry.
  bool continued = false;
  std::vector<ReplyReport> replies;
  std::vector<std::string> notices;  ///< non-fatal remarks (e.g. invalid UTF-8 replaced)
};

/// Totals of a run, for the closing summary of every format.
struct Summary {
  std::size_t files = 0;
  std::size_t replies = 0;
  std::size_t findings = 0;
  std::array<std::size_t, 3> by_severity{};  ///< indexed by Severity
  std::size_t evidence = 0;
  std::array<std::size_t, 4> by_verdict{};  ///< indexed by Verdict
  double mean_score = 0;
  std::optional<int> min_score;
  std::size_t errors = 0;  ///< inputs that could not be read

  void add(const FileReport& report);
};

}  // namespace replylint
