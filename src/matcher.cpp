// SPDX-License-Identifier: MIT
#include "replylint/matcher.hpp"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>

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

namespace {

// One context list (`unless`, `unless_before` or `unless_after`): "any of these matches". Usually
// compiled as a single alternation, so a hit costs one search instead of one per pattern.
struct ContextPatterns {
  std::unique_ptr<RE2> combined;           // every pattern as (?:a)|(?:b)|…
  std::vector<std::unique_ptr<RE2>> each;  // or one by one, when the alternation would not do

  bool empty() const { return !combined && each.empty(); }
  bool any_match(std::string_view span) const {
    if (combined) return RE2::PartialMatch(span, *combined);
    for (const auto& re : each) {
      if (RE2::PartialMatch(span, *re)) return true;
    }
    return false;
  }
};

}  // namespace

struct Matcher::CompiledRule {
  std::vector<std::unique_ptr<RE2>> patterns;
  ContextPatterns unless;
  ContextPatterns unless_before;
  ContextPatterns unless_after;
  bool ok = true;
};

namespace {

// RE2 says "pattern too large"; name the budget so the author knows what to shrink.
std::string budget_note(const RE2& re) {
  return re.error_code() == RE2::ErrorPatternTooLarge
             ? " (exceeds the " + std::to_string(kPatternMemoryBudget >> 20) +
                   " MiB memory budget per pattern)"
             : "";
}

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
                                     re->error() + budget_note(*re),
                                 pattern.location.line_text});
      continue;
    }
    out.push_back(std::move(re));
  }
  return out;
}

// Compiles a context list. Each pattern is first parsed alone (cheap, no compilation) so a syntax
// error is still reported against that pattern; a list that parses is compiled as one
// alternation, which matches exactly when one of its patterns does. If the alternation fails
// (memory budget), the patterns are compiled one by one, reporting whatever fails.
ContextPatterns compile_context(const Rule& rule, const std::vector<Pattern>& list, const char* key,
                                bool* ok, Diagnostics& diagnostics) {
  ContextPatterns out;
  if (list.size() > 1) {
    RE2::Options parse_options = pattern_options(rule);
    parse_options.set_case_sensitive(true);  // same syntax, and no case folding: parses faster
    RE2::Set parse_check(parse_options, RE2::UNANCHORED);
    bool parses = true;
    std::string joined;
    for (const auto& pattern : list) {
      parses = parses && parse_check.Add(pattern.text, nullptr) >= 0;
      joined += joined.empty() ? "(?:" : "|(?:";
      joined += pattern.text;
      joined += ')';
    }
    if (parses) {
      auto re = std::make_unique<RE2>(joined, pattern_options(rule));
      if (re->ok()) {
        out.combined = std::move(re);
        return out;
      }
    }
  }
  out.each = compile_all(rule, list, key, ok, diagnostics);
  return out;
}

// Sentence bounds exactly as replylint::Sentences defines them (sentence.hpp): a sentence starts
// after a line break, or after `.`, `!` or `?` followed by whitespace. Found by scanning out from
// the hit rather than indexing the whole reply, since a reply has only a few hits.
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool starts_sentence_after(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '\n' || c == '\r') return true;
  return (c == '.' || c == '!' || c == '?') && i + 1 < text.size() && is_space(text[i + 1]);
}

void sentence_bounds(std::string_view text, std::size_t offset, std::size_t* begin,
                     std::size_t* end) {
  std::size_t b = offset;
  while (b > 0 && !starts_sentence_after(text, b - 1)) --b;
  std::size_t e = offset;
  while (e < text.size() && !starts_sentence_after(text, e)) ++e;
  *begin = b;
  *end = e < text.size() ? e + 1 : text.size();
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
    compiled.unless = compile_context(rule, rule.unless, "unless", &compiled.ok, diagnostics);
    compiled.unless_before =
        compile_context(rule, rule.unless_before, "unless_before", &compiled.ok, diagnostics);
    compiled.unless_after =
        compile_context(rule, rule.unless_after, "unless_after", &compiled.ok, diagnostics);
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
  if (!rule.unless.empty() &&
      rule.unless.any_match(text.substr(sentence_begin, sentence_end - sentence_begin))) {
    return false;
  }
  const std::size_t window =
      static_cast<std::size_t>(rules_.rules[&rule - compiled_.data()].window);
  if (!rule.unless_before.empty()) {
    const std::size_t from = std::max(sentence_begin, begin > window ? begin - window : 0);
    if (rule.unless_before.any_match(text.substr(from, begin - from))) return false;
  }
  if (!rule.unless_after.empty()) {
    const std::size_t to = std::min(sentence_end, end + window);
    if (rule.unless_after.any_match(text.substr(end, to > end ? to - end : 0))) return false;
  }
  return true;
}

std::vector<Hit> Matcher::match(std::string_view text) const {
  std::vector<Hit> hits;
  // Reused across calls (per thread): the Set's answer is needed only inside this call.
  thread_local std::vector<int> set_hits;
  RE2::Set::ErrorInfo error;
  if (!prefilter_->set.Match(text, &set_hits, &error)) {
    if (error.kind != RE2::Set::kOutOfMemory) return hits;
    // The Set's DFA ran out of its budget on this text: try every pattern (slow, still right)
    // rather than silently reporting nothing.
    set_hits.resize(set_patterns_.size());
    for (std::size_t i = 0; i < set_hits.size(); ++i) set_hits[i] = static_cast<int>(i);
  }
  std::sort(set_hits.begin(), set_hits.end());
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
      std::size_t sentence_begin, sentence_end;
      sentence_bounds(text, begin, &sentence_begin, &sentence_end);
      sentence_end = std::max(sentence_end, end);
      if (passes_sentence_context(rule, text, begin, end, sentence_begin, sentence_end)) {
        hits.push_back({ref.rule, begin, end});
      }
    }
  }
  if (hits.size() < 2) return hits;
  // One hit per rule per place: several patterns of a rule may find overlapping spans.
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    if (a.rule != b.rule) return a.rule < b.rule;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  std::size_t kept = 0;
  for (const Hit& hit : hits) {
    if (kept > 0 && hits[kept - 1].rule == hit.rule && hit.begin < hits[kept - 1].end) continue;
    hits[kept++] = hit;
  }
  hits.resize(kept);
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.rule < b.rule;
  });
  return hits;
}

}  // namespace replylint
