// SPDX-License-Identifier: MIT
#include "replylint/scorer.hpp"

#include <catch2/catch.hpp>
#include <numeric>

using namespace replylint;

namespace {

Rule make_rule(const std::string& id, const std::string& category, int weight,
               std::optional<Dimension> dimension = std::nullopt) {
  Rule rule;
  rule.id = id;
  rule.category = category;
  rule.weight = weight;
  rule.dimension = dimension;
  return rule;
}

std::vector<Finding> hits(std::initializer_list<const Rule*> rules) {
  std::vector<Finding> out;
  for (const Rule* rule : rules) {
    Finding finding;
    finding.rule = rule;
    out.push_back(finding);
  }
  return out;
}

double step_sum(const Score& score) {
  return std::accumulate(score.steps.begin(), score.steps.end(), 0.0,
                         [](double sum, const ScoreStep& step) { return sum + step.points; });
}

const Rule kSorry = make_rule("sympathy/sorry", "sympathy", -10);
const Rule kPolicy = make_rule("policy/wall", "policy", -25);
const Rule kFeel = make_rule("empathy/feel", "empathy", 12, Dimension::Acknowledge);
const Rule kFeel2 = make_rule("empathy/feel2", "empathy", 8, Dimension::Acknowledge);
const Rule kCause = make_rule("empathy/cause", "empathy", 10, Dimension::Cause);
const Rule kOwn = make_rule("empathy/own", "empathy", 12, Dimension::Ownership);
const Rule kFix = make_rule("empathy/fix", "empathy", 14, Dimension::Action);

}  // namespace

TEST_CASE("a reply with nothing matched is neutral at the base score") {
  const Score score = score_reply({}, {}, ScoringModel{});
  CHECK(score.value == 60);
  CHECK(score.verdict == Verdict::Neutral);
  CHECK(score.dimension_count() == 0);
}

TEST_CASE("sympathy with no follow-through is sympathetic and scores below neutral") {
  const Score score = score_reply(hits({&kSorry}), {}, ScoringModel{});
  CHECK(score.value == 50);
  CHECK(score.verdict == Verdict::Sympathetic);
}

TEST_CASE("coverage of distinct dimensions counts, repetition does not") {
  const Score two = score_reply({}, hits({&kFeel, &kFix}), ScoringModel{});
  CHECK(two.value == 60 + 12 + 14 + 6);
  CHECK(two.verdict == Verdict::Empathetic);
  CHECK(two.dimension_count() == 2);
  // Five acknowledgements are still one dimension at the strongest weight.
  const Score repeated =
      score_reply({}, hits({&kFeel, &kFeel2, &kFeel, &kFeel2, &kFeel}), ScoringModel{});
  CHECK(repeated.value == 72);
  CHECK(repeated.dimensions[0].rules == std::vector<std::string>{"empathy/feel", "empathy/feel2"});
}

TEST_CASE("empathy needs a response: recognition alone is sympathetic, a response alone neutral") {
  // Feeling and cause, but no ownership, action or question: sympathy from the sidelines.
  const Score recognised = score_reply({}, hits({&kFeel, &kCause}), ScoringModel{});
  CHECK(recognised.value == 60 + 12 + 10 + 6);
  CHECK(recognised.verdict == Verdict::Sympathetic);
  const Score feeling = score_reply({}, hits({&kFeel, &kFeel2}), ScoringModel{});
  CHECK(feeling.verdict == Verdict::Sympathetic);
  // An action on its own is good service, not yet empathy.
  const Score acted = score_reply({}, hits({&kFix}), ScoringModel{});
  CHECK(acted.verdict == Verdict::Neutral);
  const Score owned = score_reply({}, hits({&kOwn, &kFix}), ScoringModel{});
  CHECK(owned.verdict == Verdict::Empathetic);
  const Score all = score_reply({}, hits({&kFeel, &kCause, &kFix}), ScoringModel{});
  CHECK(all.verdict == Verdict::Empathetic);
}

TEST_CASE("an apology with ownership and repair is softened, not punished") {
  const Score score = score_reply(hits({&kSorry}), hits({&kOwn, &kFix}), ScoringModel{});
  // 60 + 12 + 14 + 6 coverage - 10 + 7.5 given back = 89.5
  CHECK(score.value == 90);
  CHECK(score.verdict == Verdict::Empathetic);
  CHECK(step_sum(score) == Approx(89.5));
  CHECK(std::any_of(score.steps.begin(), score.steps.end(),
                    [](const ScoreStep& s) { return s.kind == "repair"; }));
}

TEST_CASE("dismissal outweighs thin evidence and weighs more than sympathy") {
  const Score dismissive = score_reply(hits({&kPolicy}), hits({&kFix}), ScoringModel{});
  CHECK(dismissive.verdict == Verdict::Dismissive);
  const Score sympathetic = score_reply(hits({&kSorry}), {}, ScoringModel{});
  const Score walled = score_reply(hits({&kPolicy}), {}, ScoringModel{});
  CHECK(walled.value < sympathetic.value);
  CHECK(walled.verdict == Verdict::Dismissive);
}

TEST_CASE("repeated problems count a fraction and the score stays within 0-100") {
  const Score score = score_reply(hits({&kPolicy, &kPolicy, &kPolicy, &kPolicy, &kPolicy, &kPolicy,
                                        &kPolicy, &kPolicy, &kPolicy, &kPolicy}),
                                  {}, ScoringModel{});
  // 60 - 25 - 9 * 25 * 0.25 = -21.25, clamped.
  CHECK(score.value == 0);
  CHECK(step_sum(score) == Approx(-21.25));
  const Score high = score_reply({}, hits({&kFeel, &kCause, &kOwn, &kFix}), ScoringModel{});
  CHECK(high.value == 100);
}

TEST_CASE("parameters come from the model") {
  ScoringModel model;
  model.base = 40;
  model.empathetic_min_dimensions = 3;
  const Score score = score_reply({}, hits({&kFeel, &kFix}), model);
  CHECK(score.value == 40 + 12 + 14 + 6);
  CHECK(score.verdict == Verdict::Neutral);
}
