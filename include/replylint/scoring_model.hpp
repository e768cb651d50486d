// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string>
#include <vector>

#include "replylint/rule.hpp"

namespace replylint {

/// Parameters of the reply score (docs/scoring.md). They live in data: a pack's `scoring` object
/// overrides them key by key; the defaults below equal rules/scoring.json.
struct ScoringModel {
  double base = 60;  ///< score of a reply with no evidence and no findings
  /// Extra points per distinct dimension beyond the first (coverage, not repetition).
  double coverage_bonus = 6;
  /// Each further hit of the same problem rule in one reply counts this fraction of its weight.
  double repeat_factor = 0.25;
  /// Categories whose penalty shrinks when the reply also owns the problem and acts on it.
  std::vector<std::string> softened_categories = {"sympathy", "non-apology", "hollow", "platitude"};
  /// Multiplier applied to those penalties when ownership and action evidence are both present.
  double repair_factor = 0.25;
  /// Categories that make a reply dismissive when their penalty outweighs its evidence.
  std::vector<std::string> dismissive_categories = {"dismissive",         "minimizing", "blame",
                                                    "passive-aggressive", "policy",     "dead-end",
                                                    "deflection"};
  /// A reply is dismissive when those penalties reach this fraction of its evidence points.
  double dismissive_ratio = 0.5;
  /// A reply is empathetic with at least this many dimensions and this score.
  int empathetic_min_dimensions = 2;
  int empathetic_min_score = 70;

  bool operator==(const ScoringModel&) const = default;
};

}  // namespace replylint
