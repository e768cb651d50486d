// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "replylint/document.hpp"
#include "replylint/matcher.hpp"
#include "replylint/report.hpp"

namespace replylint {

/// Runs the matcher and the scorer over the replies of one document and maps every hit back to
/// original line and column. Stateless between calls and safe to share by threads.
class Linter {
 public:
  explicit Linter(const Matcher& matcher) : matcher_(matcher) {}

  FileReport lint(const Document& document, const std::vector<ReplySpan>& replies) const;

  const ScoringModel& scoring() const { return matcher_.rules().scoring; }

 private:
  const Matcher& matcher_;
};

}  // namespace replylint
