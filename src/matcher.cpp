// SPDX-License-Identifier: MIT
#include "replylint/matcher.hpp"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <optional>

#include "replylint/sentence.hpp"

namespace replylint {

namespace {
// Per-pattern budget: generous for real phrases, small enough that one pathological rule is
// reported instead of exhausting memory.
constexpr int64_t kPatternMemoryBudget = 8 << 20;
constexpr int64_t kSetMemoryBudget = 256 << 20;

RE2::Options pattern_options(const Rule& rule) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(rule.case_sensitive);
  options.set_max_mem(kPatternMemoryBudget);
  return options;
}
}  // namespace

struct Matcher::Prefilter {
  explicit Prefilter(const RE2::Options& options) : set(options, RE2::UNANCHORED) {}
  RE2::Set set;
};

struct Matcher::CompiledRule {
  std::vector<std::unique_ptr<RE2>> patterns;
  std::vector<std::unique_ptr<RE2>> unless;
  std::vector<std::unique_ptr<RE2>> unless_before;
  std::vector<std::unique_ptr<RE2>> unless_after;
  bool ok = true;
};

namespace {

std::vector<std::unique_ptr<RE2>> compile_all(const Rule& rule, const std::vector<Pattern>& list,
                                              const char* key, bool* ok,
                                              Diagnostics& diagnostics) {
  std::vector<std::unique_ptr<RE2>> out;
  for (const auto& pattern : list) {
    auto re = std::make_unique<RE2>(pattern.text, pattern_options(rule));
    if (!re->ok()) {
      *ok = false;
      diagnostics.add(Diagnostic{DiagnosticLevel::Error, pattern.location.path,
                                 pattern.location.line, pattern.location.column,
                                 pattern.location.pointer,
                                 "rule \"" + rule.id + "\": invalid " + key + " pattern: " +
                                     re->error(),
                                 pattern.location.line_text});
      continue;
    }
    out.push_back(std::move(re));
  }
  return out;
}

}  // namespace

bool check_rule_patterns(const Rule& rule, Diagnostics& diagnostics) {
  bool ok = true;
  compile_all(rule, rule.patterns, "match", &ok, diagnostics);
  compile_all(rule, rule.unless, "unless", &ok, diagnostics);
  compile_all(rule, rule.unless_before, "unless_before", &ok, diagnostics);
  compile_all(rule, rule.unless_after, "unless_after", &ok, diagnostics);
  return ok;
}

Matcher::Matcher(const RuleSet& rules, Diagnostics& diagnostics) : rules_(rules) {
  RE2::Options set_options;
  set_options.set_log_errors(false);
  set_options.set_case_sensitive(false);
  set_options.set_max_mem(kSetMemoryBudget);
  prefilter_ = std::make_unique<Prefilter>(set_options);
  RE2::Set& set = prefilter_->set;
  compiled_.resize(rules.rules.size());
  for (std::size_t r = 0; r < rules.rules.size(); ++r) {
    const Rule& rule = rules.rules[r];
    CompiledRule& compiled = compiled_[r];
    compiled.patterns = compile_all(rule, rule.patterns, "match", &compiled.ok, diagnostics);
    compiled.unless = compile_all(rule, rule.unless, "unless", &compiled.ok, diagnostics);
    compiled.unless_before =
        compile_all(rule, rule.unless_before, "unless_before", &compiled.ok, diagnostics);
    compiled.unless_after =
        compile_all(rule, rule.unless_after, "unless_after", &compiled.ok, diagnostics);
    if (!compiled.ok) continue;
    for (std::size_t p = 0; p < rule.patterns.size(); ++p) {
      // The Set is case-insensitive for everyone; a case-sensitive rule is filtered exactly by
      // its own RE2 afterwards, so the Set only has to be a superset.
      std::string error;
      if (set.Add(rule.patterns[p].text, &error) < 0) {
        compiled.ok = false;
        break;
      }
      set_patterns_.push_back({r, p});
    }
  }
  if (!set.Compile()) {
    diagnostics.add(Diagnostic{DiagnosticLevel::Error, "", 0, 0, "",
                               "the rules together exceed RE2's memory budget for the prefilter "
                               "set; remove rules or simplify patterns",
                               ""});
  }
}

Matcher::~Matcher() = default;

bool Matcher::passes_sentence_context(const CompiledRule& rule, std::string_view text,
                                      std::size_t begin, std::size_t end,
                                      std::size_t sentence_begin, std::size_t sentence_end) const {
  const auto any_match = [](const std::vector<std::unique_ptr<RE2>>& list, std::string_view span) {
    for (const auto& re : list) {
      if (RE2::PartialMatch(span, *re)) return true;
    }
    return false;
  };
  if (!rule.unless.empty() &&
      any_match(rule.unless, text.substr(sentence_begin, sentence_end - sentence_begin))) {
    return false;
  }
  const std::size_t window = static_cast<std::size_t>(rules_.rules[&rule - compiled_.data()].window);
  if (!rule.unless_before.empty()) {
    const std::size_t from = std::max(sentence_begin, begin > window ? begin - window : 0);
    if (any_match(rule.unless_before, text.substr(from, begin - from))) return false;
  }
  if (!rule.unless_after.empty()) {
    const std::size_t to = std::min(sentence_end, end + window);
    if (any_match(rule.unless_after, text.substr(end, to > end ? to - end : 0))) return false;
  }
  return true;
}

std::vector<Hit> Matcher::match(std::string_view text) const {
  std::vector<Hit> hits;
  std::vector<int> set_hits;
  if (!prefilter_->set.Match(text, &set_hits)) return hits;
  std::sort(set_hits.begin(), set_hits.end());
  std::optional<Sentences> sentences;
  for (int index : set_hits) {
    const PatternRef ref = set_patterns_[static_cast<std::size_t>(index)];
    const CompiledRule& rule = compiled_[ref.rule];
    const RE2& re = *rule.patterns[ref.pattern];
    std::size_t position = 0;
    re2::StringPiece found;
    while (position <= text.size() &&
           re.Match(text, position, text.size(), RE2::UNANCHORED, &found, 1)) {
      const std::size_t begin = static_cast<std::size_t>(found.data() - text.data());
      const std::size_t end = begin + found.size();
      position = end > begin ? end : end + 1;
      if (!sentences) sentences.emplace(text);
      std::size_t sentence_begin, sentence_end;
      sentences->bounds(begin, &sentence_begin, &sentence_end);
      sentence_end = std::max(sentence_end, end);
      if (passes_sentence_context(rule, text, begin, end, sentence_begin, sentence_end)) {
        hits.push_back({ref.rule, begin, end});
      }
    }
  }
  // One hit per rule per place: several patterns of a rule may find overlapping spans.
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    if (a.rule != b.rule) return a.rule < b.rule;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  std::vector<Hit> kept;
  kept.reserve(hits.size());
  for (const Hit& hit : hits) {
    if (!kept.empty() && kept.back().rule == hit.rule && hit.begin < kept.back().end) continue;
    kept.push_back(hit);
  }
  std::sort(kept.begin(), kept.end(), [](const Hit& a, const Hit& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.rule < b.rule;
  });
  return kept;
}

}  // namespace replylint
