// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <map>
#include <string>
#include <vector>

#include "replylint/diagnostic.hpp"
#include "replylint/linter.hpp"

namespace replylint {

/// One labelled reply of a development set (JSON Lines: text, label, optional id and notes).
struct LabelledReply {
  std::string id;
  std::string text;
  Verdict label = Verdict::Neutral;
  int line = 0;  ///< line in the JSONL file
};

/// Reads a labelled JSON Lines file; malformed lines are reported and skipped.
std::vector<LabelledReply> read_labelled_replies(const std::string& content,
                                                 const std::string& path, Diagnostics& diagnostics);

/// How often a rule fired, and how often in replies whose label its category predicts.
struct RulePrecision {
  std::size_t fired = 0;
  std::size_t agreeing = 0;
  Verdict expected = Verdict::Neutral;
};

/// Score distribution of one label.
struct ScoreDistribution {
  std::vector<int> scores;  ///< sorted
  double mean() const;
  int quantile(double q) const;
};

/// The outcome of linting a labelled set: confusion matrix and what follows from it.
struct Evaluation {
  std::array<std::array<std::size_t, 4>, 4> confusion{};  ///< [label][predicted], by Verdict
  std::array<ScoreDistribution, 4> scores;                ///< by label
  std::map<std::string, RulePrecision> rules;             ///< by rule id
  std::vector<const LabelledReply*> misclassified;

  std::size_t total() const;
  double precision(Verdict verdict) const;
  double recall(Verdict verdict) const;
  double f1(Verdict verdict) const;
  double macro_f1() const;
  double accuracy() const;
};

/// Lints each reply on its own and compares its verdict with the label. `replies` must outlive
/// the result (misclassified points into it).
Evaluation evaluate(const Linter& linter, const std::vector<LabelledReply>& replies);

/// The verdict a rule category argues for (problem categories by the scoring model's lists,
/// evidence for empathetic).
Verdict expected_verdict(const Rule& rule, const ScoringModel& model);

}  // namespace replylint
