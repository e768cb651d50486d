// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "replylint/document.hpp"
#include "replylint/matcher.hpp"
#include "replylint/normalizer.hpp"
#include "replylint/report.hpp"
#include "replylint/text_position.hpp"

namespace replylint {

/// Runs the matcher and the scorer over the replies of one document and maps every hit back to
/// original line and column. Stateless between calls and safe to share by threads.
class Linter {
 public:
  explicit Linter(const Matcher& matcher) : matcher_(matcher) {}

  FileReport lint(const Document& document, const std::vector<ReplySpan>& replies) const;

  const ScoringModel& scoring() const { return matcher_.rules().scoring; }

 private:
  // How much reply text one Matcher::match_each call gets (docs/performance.md).
  static constexpr std::size_t kMatchGroupBytes = std::size_t{256} << 10;

  ReplyReport reply_report(const ReplySpan& span, const NormalizedText& normalized,
                           std::vector<Hit> hits, const LineIndex& lines,
                           std::string_view content) const;

  const Matcher& matcher_;
};

}  // namespace replylint
