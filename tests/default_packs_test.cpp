// SPDX-License-Identifier: MIT
// The embedded default packs as shipped: they load cleanly, follow the authoring rules, agree
// with rules/schema.json, and behave as promised on the seed text and the development set.
#include <re2/re2.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>

#include "replylint/ascii.hpp"
#include "replylint/evaluation.hpp"
#include "replylint/linter.hpp"
#include "replylint/literal_prefilter.hpp"
#include "replylint/matcher.hpp"
#include "replylint/required_literals.hpp"
#include "replylint/rule_set.hpp"

using namespace replylint;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct Defaults {
  Diagnostics diagnostics;
  RuleSet rules = load_rule_set(RuleSources{}, diagnostics);
  Matcher matcher{rules, diagnostics};
  Linter linter{matcher};

  ReplyReport lint(const std::string& text) {
    Document document;
    document.content = text;
    return linter.lint(document, split_plain_text(text, ReplyUnit::File)).replies.at(0);
  }
};

Defaults& defaults() {
  static Defaults instance;
  return instance;
}

}  // namespace

TEST_CASE("default packs load without diagnostics and hold every family") {
  Defaults& d = defaults();
  for (const auto& diagnostic : d.diagnostics.items()) FAIL(format_diagnostic(diagnostic));
  CHECK(d.rules.rules.size() >= 60);
  std::set<std::string> categories;
  std::set<std::string> dimensions;
  for (const Rule& rule : d.rules.rules) {
    categories.insert(rule.category);
    if (rule.dimension) dimensions.insert(std::string(to_string(*rule.dimension)));
  }
  for (const char* family :
       {"sympathy", "non-apology", "hollow", "platitude", "dismissive", "minimizing", "blame",
        "passive-aggressive", "policy", "dead-end", "deflection", "empathy"}) {
    CHECK(categories.count(family) == 1);
  }
  CHECK(dimensions.size() == kDimensionCount);
}

// The Matcher compiles the embedded packs' RE2s only on a rule's first Set hit and cannot report
// an error then; this is where such an error would surface.
TEST_CASE("every default pattern compiles within the per-pattern budget") {
  for (const Rule& rule : defaults().rules.rules) {
    Diagnostics diagnostics;
    CHECK(check_rule_patterns(rule, diagnostics));
    for (const auto& diagnostic : diagnostics.items()) FAIL(format_diagnostic(diagnostic));
  }
}

TEST_CASE("every default rule carries enough examples, a message, advice and a source") {
  for (const Rule& rule : defaults().rules.rules) {
    INFO(rule.id);
    CHECK(rule.match_examples.size() >= 2);
    CHECK(rule.no_match_examples.size() >= 2);
    CHECK(!rule.message.empty());
    CHECK(rule.message.find('\n') == std::string::npos);
    CHECK(!rule.explain.empty());
    CHECK(!rule.source.empty());
    if (!rule.is_evidence()) CHECK(!rule.suggest.empty());
  }
}

TEST_CASE("the seed's sympathy lines are flagged and its empathy replies score high") {
  Defaults& d = defaults();
  for (const char* line :
       {"I'm sorry to hear about your trouble.", "That's a regrettable situation."}) {
    INFO(line);
    const ReplyReport reply = d.lint(line);
    REQUIRE(!reply.findings.empty());
    CHECK(reply.findings[0].rule->category == "sympathy");
    CHECK(reply.score.verdict == Verdict::Sympathetic);
    CHECK(reply.score.value < 60);
  }
  for (const char* line :
       {"I can see how frustrating this delay must be, especially since you need this device for "
        "a crucial project. Let's fix this immediately.",
        "It's certainly disappointing when a new product doesn't work as expected. I understand "
        "your letdown; let me take ownership of this for you."}) {
    INFO(line);
    const ReplyReport reply = d.lint(line);
    CHECK(reply.findings.empty());
    CHECK(reply.score.dimension_count() >= 3);
    CHECK(reply.score.verdict == Verdict::Empathetic);
    CHECK(reply.score.value >= 85);
  }
}

TEST_CASE("rules/schema.json lists exactly the keys and values the loader accepts") {
  const auto schema = nlohmann::json::parse(read_file(REPLYLINT_SOURCE_DIR "/rules/schema.json"));
  const auto& definitions = schema["definitions"];
  std::vector<std::string> categories = definitions["category"]["enum"];
  CHECK(categories == category_names());
  std::vector<std::string> dimensions = definitions["dimension"]["enum"];
  CHECK(dimensions == dimension_names());
  std::set<std::string> rule_keys;
  for (const auto& [key, value] : definitions["rule"]["properties"].items()) rule_keys.insert(key);
  CHECK(rule_keys == std::set<std::string>{
                         "id", "category", "dimension", "severity", "weight", "message", "patterns",
                         "unless", "unless_before", "unless_after", "window", "unless_reply_has",
                         "case_sensitive", "suggest", "explain", "source", "examples"});
  // Every default pack validates against the schema's required rule keys.
  std::vector<std::string> required = definitions["rule"]["required"];
  CHECK(required ==
        std::vector<std::string>{"id", "category", "weight", "message", "patterns", "examples"});
}

namespace {

// Lints a labelled set with the default packs and checks its macro-F1 floor and that the mean
// scores keep the order empathetic > neutral > sympathetic > dismissive.
void check_labelled_set(const std::string& name, std::size_t min_size, double min_macro_f1) {
  Diagnostics diagnostics;
  const auto replies = read_labelled_replies(
      read_file(std::string(REPLYLINT_SOURCE_DIR "/tests/data/") + name), name, diagnostics);
  REQUIRE(diagnostics.empty());
  REQUIRE(replies.size() >= min_size);
  const Evaluation evaluation = evaluate(defaults().linter, replies);
  const auto mean = [&](Verdict v) {
    return evaluation.scores[static_cast<std::size_t>(v)].mean();
  };
  INFO(name << ": macro-F1 " << evaluation.macro_f1() << ", means " << mean(Verdict::Empathetic)
            << " / " << mean(Verdict::Neutral) << " / " << mean(Verdict::Sympathetic) << " / "
            << mean(Verdict::Dismissive));
  CHECK(evaluation.macro_f1() >= min_macro_f1);
  CHECK(mean(Verdict::Empathetic) > mean(Verdict::Neutral));
  CHECK(mean(Verdict::Neutral) > mean(Verdict::Sympathetic));
  CHECK(mean(Verdict::Sympathetic) > mean(Verdict::Dismissive));
}

}  // namespace

TEST_CASE("the development set: macro-F1 of verdicts and the order of mean scores") {
  check_labelled_set("dev.jsonl", 250, 0.85);
}

// Held-out check: tests/data/holdout.jsonl (v1) was written independently of the rule patterns and
// first measured at macro-F1 0.686 (160 replies). After that measurement it was used as tuning
// data for the phrase-family rules (docs/scoring.md, "Held-out evaluation"), so it is now a second
// development set: the floor is the post-tuning macro-F1 (0.987) rounded down to 0.05 and guards
// against regressions, not generalisation.
TEST_CASE("the held-out set: macro-F1 floor and the order of mean scores", "[holdout]") {
  check_labelled_set("holdout.jsonl", 160, 0.95);
}

// The honest measure: tests/data/holdout2.jsonl (200 replies, 50 per label) was written by
// someone who had not read the rules, the dev set or holdout v1, and it was measured once, after
// the last tuning round; it must never be used for tuning (docs/scoring.md, "Held-out
// evaluation"). Measured macro-F1 0.695; the floor is that rounded down to 0.05, so the test
// catches regressions while the figure stays the one reported.
TEST_CASE("the fresh held-out set v2: macro-F1 floor and the order of mean scores", "[holdout]") {
  check_labelled_set("holdout2.jsonl", 200, 0.65);
}

TEST_CASE("the literal prefilter is sound for every default pattern and agrees with the Set") {
  Defaults& d = defaults();
  std::vector<std::string> texts;
  for (const Rule& rule : d.rules.rules) {
    for (const auto& example : rule.match_examples) texts.push_back(example.text);
    for (const auto& example : rule.no_match_examples) texts.push_back(example.text);
  }
  for (const char* name : {"dev.jsonl", "holdout.jsonl", "holdout2.jsonl"}) {
    Diagnostics diagnostics;
    for (const auto& reply :
         read_labelled_replies(read_file(std::string(REPLYLINT_SOURCE_DIR "/tests/data/") + name),
                               name, diagnostics)) {
      texts.push_back(reply.text);
    }
  }
  // Every match of every pattern contains a string of each of its literal sets.
  std::size_t checked = 0;
  for (const Rule& rule : d.rules.rules) {
    for (const Pattern& pattern : rule.patterns) {
      if (!case_insensitive_by_lowering(pattern.text)) continue;
      const auto literals = required_literals(pattern.text);
      if (!literals) continue;
      RE2::Options options;
      options.set_case_sensitive(false);
      const RE2 re(pattern.text, options);
      for (const std::string& text : texts) {
        re2::StringPiece match;
        std::size_t position = 0;
        while (position <= text.size() &&
               re.Match(text, position, text.size(), RE2::UNANCHORED, &match, 1)) {
          const std::size_t begin = static_cast<std::size_t>(match.data() - text.data());
          position = begin + std::max<std::size_t>(match.size(), 1);
          std::string buffer;
          const std::string_view lowered = squeeze_whitespace(ascii_lowered(match), buffer);
          for (const auto& set : literals->all_of) {
            const bool met = std::any_of(set.begin(), set.end(), [&](const std::string& s) {
              return lowered.find(s) != std::string::npos;
            });
            INFO(rule.id << ": " << pattern.text << " on \"" << lowered << "\"");
            CHECK(met);
          }
          ++checked;
        }
      }
    }
  }
  CHECK(checked > 1000);
  // And linting through either prefilter, with spans searched only where start strings occur,
  // finds exactly what the plain algorithm finds.
  Diagnostics diagnostics;
  const Matcher reference(d.rules, diagnostics, PrefilterChoice::Reference);
  const Matcher by_set(d.rules, diagnostics, PrefilterChoice::SetOnly);
  const Matcher by_literals(d.rules, diagnostics, PrefilterChoice::LiteralsOnly);
  REQUIRE(diagnostics.empty());
  std::size_t hits = 0;
  for (const std::string& text : texts) {
    const auto expected = reference.match(text);
    hits += expected.size();
    for (const Matcher* matcher : {&by_set, &by_literals}) {
      const auto found = matcher->match(text);
      INFO(text);
      REQUIRE(found.size() == expected.size());
      for (std::size_t i = 0; i < found.size(); ++i) {
        CHECK(found[i].rule == expected[i].rule);
        CHECK(found[i].begin == expected[i].begin);
        CHECK(found[i].end == expected[i].end);
      }
    }
  }
  CHECK(hits > 1000);
}
