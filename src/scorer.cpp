// SPDX-License-Identifier: MIT
#include "replylint/scorer.hpp"

#include <algorithm>
#include <cmath>

namespace replylint {

const std::vector<std::string>& verdict_names() {
  static const std::vector<std::string> names = {"empathetic", "neutral", "sympathetic",
                                                 "dismissive"};
  return names;
}

std::string_view to_string(Verdict verdict) {
  return verdict_names()[static_cast<std::size_t>(verdict)];
}

int Score::dimension_count() const {
  return static_cast<int>(std::count_if(dimensions.begin(), dimensions.end(),
                                        [](const DimensionEvidence& d) { return d.present; }));
}

namespace {

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// Evidence: each dimension counts once, at the strength of its strongest evidence.
double add_dimension_steps(const std::vector<Finding>& evidence, Score& score) {
  std::array<const Finding*, kDimensionCount> strongest{};
  for (const Finding& finding : evidence) {
    const auto d = static_cast<std::size_t>(*finding.rule->dimension);
    DimensionEvidence& dimension = score.dimensions[d];
    dimension.present = true;
    if (!contains(dimension.rules, finding.rule->id)) dimension.rules.push_back(finding.rule->id);
    if (!strongest[d] || finding.rule->weight > strongest[d]->rule->weight) strongest[d] = &finding;
  }
  double total = 0;
  for (std::size_t d = 0; d < kDimensionCount; ++d) {
    if (!strongest[d]) continue;
    const double points = strongest[d]->rule->weight;
    score.steps.push_back({"dimension", strongest[d]->rule->id,
                           std::string(to_string(static_cast<Dimension>(d))), points});
    total += points;
  }
  return total;
}

struct Penalties {
  double dismissive = 0;  // positive magnitudes
  double softened = 0;
};

// Problems: each rule counts fully once; repeats count a fraction (repetition is not news).
Penalties add_problem_steps(const std::vector<Finding>& problems, const ScoringModel& model,
                            bool repaired, Score& score) {
  Penalties penalties;
  std::vector<const Rule*> seen;
  for (const Finding& finding : problems) {
    if (std::find(seen.begin(), seen.end(), finding.rule) != seen.end()) continue;
    seen.push_back(finding.rule);
    const auto count = std::count_if(problems.begin(), problems.end(),
                                     [&](const Finding& f) { return f.rule == finding.rule; });
    const double weight = finding.rule->weight;
    score.steps.push_back({"finding", finding.rule->id, finding.rule->category, weight});
    double total = weight;
    if (count > 1) {
      const double repeat = weight * model.repeat_factor * static_cast<double>(count - 1);
      score.steps.push_back(
          {"repeat", finding.rule->id, std::to_string(count - 1) + " more", repeat});
      total += repeat;
    }
    if (contains(model.softened_categories, finding.rule->category)) {
      if (repaired) {
        const double given_back = -total * (1 - model.repair_factor);
        score.steps.push_back(
            {"repair", finding.rule->id, "the reply owns the problem and acts on it", given_back});
        total += given_back;
      }
      penalties.softened -= total;
    }
    if (contains(model.dismissive_categories, finding.rule->category))
      penalties.dismissive -= total;
  }
  return penalties;
}

}  // namespace

Score score_reply(const std::vector<Finding>& problems, const std::vector<Finding>& evidence,
                  const ScoringModel& model) {
  Score score;
  // At most: base, one per dimension, coverage, and per problem a finding, a repeat and a repair
  // step; one allocation instead of a vector regrown step by step for every reply.
  score.steps.reserve(2 + kDimensionCount + 3 * problems.size());
  score.steps.push_back({"base", "", "starting point", model.base});
  double evidence_points = add_dimension_steps(evidence, score);
  const int dimensions = score.dimension_count();
  if (dimensions > 1) {
    const double bonus = model.coverage_bonus * (dimensions - 1);
    score.steps.push_back({"coverage", "", std::to_string(dimensions) + " dimensions", bonus});
    evidence_points += bonus;
  }
  const auto present = [&](Dimension d) {
    return score.dimensions[static_cast<std::size_t>(d)].present;
  };
  const bool repaired = present(Dimension::Ownership) && present(Dimension::Action);
  // Empathy is recognition plus a response (docs/scoring.md): naming the feeling without owning,
  // acting or asking is sympathy from the sidelines.
  const bool responds =
      present(Dimension::Ownership) || present(Dimension::Action) || present(Dimension::Explore);
  const bool recognises =
      present(Dimension::Acknowledge) || present(Dimension::Cause) || present(Dimension::Validate);
  const Penalties penalties = add_problem_steps(problems, model, repaired, score);
  double raw = 0;
  for (const ScoreStep& step : score.steps) raw += step.points;
  score.value = static_cast<int>(std::lround(std::clamp(raw, 0.0, 100.0)));

  if (penalties.dismissive > 0 &&
      penalties.dismissive >= evidence_points * model.dismissive_ratio) {
    score.verdict = Verdict::Dismissive;
  } else if (dimensions >= model.empathetic_min_dimensions && responds &&
             score.value >= model.empathetic_min_score) {
    score.verdict = Verdict::Empathetic;
  } else if (penalties.softened > 0 || (recognises && !responds)) {
    score.verdict = Verdict::Sympathetic;
  } else {
    score.verdict = Verdict::Neutral;
  }
  return score;
}

}  // namespace replylint
