// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "replylint/finding.hpp"
#include "replylint/scoring_model.hpp"

namespace replylint {

/// The overall stance of a reply.
enum class Verdict { Empathetic, Neutral, Sympathetic, Dismissive };
std::string_view to_string(Verdict verdict);
const std::vector<std::string>& verdict_names();

/// One line of a score's explanation: what moved it and by how much.
struct ScoreStep {
  std::string kind;    ///< "base", "dimension", "coverage", "finding", "repeat", "repair"
  std::string rule;    ///< rule id when a rule caused it, else empty
  std::string detail;  ///< human wording: "acknowledge", "3 more hits", …
  double points = 0;   ///< signed contribution
};

/// Evidence found for one empathy dimension.
struct DimensionEvidence {
  bool present = false;
  std::vector<std::string> rules;  ///< distinct rule ids, in order of first appearance
};

struct Score {
  int value = 0;  ///< 0-100
  Verdict verdict = Verdict::Neutral;
  std::array<DimensionEvidence, kDimensionCount> dimensions;
  std::vector<ScoreStep> steps;  ///< sums (before clamping and rounding) to value
  int dimension_count() const;
};

/// Scores one reply from its problems and evidence. Pure: no I/O, no state.
Score score_reply(const std::vector<Finding>& problems, const std::vector<Finding>& evidence,
                  const ScoringModel& model);

}  // namespace replylint
