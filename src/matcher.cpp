// SPDX-License-Identifier: MIT
#include "replylint/matcher.hpp"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <utility>

#include "replylint/ascii.hpp"
#include "replylint/embedded_rules.hpp"
#include "replylint/required_literals.hpp"
#include "replylint/substring_search.hpp"
#include "replylint/text_position.hpp"

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

RE2::Options set_options(bool case_sensitive) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(case_sensitive);
  options.set_max_mem(kSetMemoryBudget);
  return options;
}

// Appends `text` lowered (ascii_lower): the text the case-sensitive Set, the literals and the
// lowered RE2s read.
void append_lowered(std::string_view text, std::string& out) {
  const std::size_t at = out.size();
  out.resize(at + text.size());
  for (std::size_t i = 0; i < text.size(); ++i) out[at + i] = ascii_lower(text[i]);
}

// A run of embedded rules reads its first texts through the literal prefilter and compiles the
// Set once it has read this much: compiling the Set costs about as much as the literal pass
// over this many bytes (bench/instructions.sh), so a short run never pays for it.
constexpr std::size_t kLiteralBudget = std::size_t{256} << 10;
// A run expected to read this much text is cheaper with the Set from its first text; one
// expected to read less, with the literals throughout (Matcher::expect_text). Switching midway
// pays for both: the literals' candidates that the Set would have ruled out each compile their
// pattern's RE2, and then the Set is compiled too. Measured on one thread with the bench corpus
// (docs/performance.md, "Fifth round"): literals only against the Set first, 120 KB 46 / 66 ms,
// 400 KB 78 / 88 ms, 800 KB 119 / 111 ms, 4 MB 450 / 272 ms.
constexpr std::size_t kSetPaysOff = std::size_t{512} << 10;
// How much text the thread that built the Set reads through it before the other linting threads
// use it too (Matcher::build_prefilter).
constexpr std::size_t kWarmUpBytes = std::size_t{256} << 10;
// A single text this long goes to the Set at once.
constexpr std::size_t kLiteralTextLimit = std::size_t{64} << 10;

// Searching for a handful of start strings is far cheaper than RE2's unanchored scan; for many
// strings it is not.
std::vector<std::string> useful_starts(const std::optional<RequiredLiterals>& literals) {
  if (!literals || literals->starts_with.size() > 8) return {};
  return literals->starts_with;
}

// U+017F (long s) and U+212A (Kelvin sign): the only non-ASCII characters whose case folds to an
// ASCII letter (s and k), so the only ones lowering ASCII alone cannot stand in for.
bool has_non_ascii_fold(std::string_view text) {
  return text.find("\xC5\xBF") != std::string_view::npos ||
         text.find("\xE2\x84\xAA") != std::string_view::npos;
}

// Runs one Set; appends its hits, mapped through `ids` (Set index -> pattern index) when given.
// False when its DFA ran out of memory on this text.
bool run_set(const RE2::Set& set, std::string_view text, const std::vector<int>* ids,
             std::vector<int>* out) {
  thread_local std::vector<int> found;
  RE2::Set::ErrorInfo error;
  if (!set.Match(text, &found, &error)) return error.kind != RE2::Set::kOutOfMemory;
  for (int i : found) out->push_back(ids ? (*ids)[static_cast<std::size_t>(i)] : i);
  return true;
}

// Sorts hits by position then rule, keeping one hit per rule per place.
void keep_one_per_place(std::vector<Hit>* hits) {
  if (hits->size() < 2) return;
  // One hit per rule per place: several patterns of a rule may find overlapping spans.
  std::sort(hits->begin(), hits->end(), [](const Hit& a, const Hit& b) {
    if (a.rule != b.rule) return a.rule < b.rule;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  std::size_t kept = 0;
  for (const Hit& hit : *hits) {
    if (kept > 0 && (*hits)[kept - 1].rule == hit.rule && hit.begin < (*hits)[kept - 1].end) {
      continue;
    }
    (*hits)[kept++] = hit;
  }
  hits->resize(kept);
  std::sort(hits->begin(), hits->end(), [](const Hit& a, const Hit& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.rule < b.rule;
  });
}

}  // namespace

// Which patterns may occur in a text. Case-insensitive parsing was half of the Set's start-up
// cost (RE2 builds a folded class for every letter), so patterns for which it is exact
// (case_insensitive_by_lowering) go into a case-sensitive Set that reads the text with A-Z
// lowered; the others into a case-insensitive Set over the text itself. A text holding U+017F or
// U+212A (never seen in practice), or too large to copy, is read by a case-insensitive Set of
// every pattern, built on first need.
struct Matcher::Prefilter {
  RE2::Set lowered{set_options(true), RE2::UNANCHORED};
  RE2::Set folded{set_options(false), RE2::UNANCHORED};
  std::vector<int> lowered_ids;  // Set index -> pattern index
  std::vector<int> folded_ids;
  std::vector<std::string> texts;  // every pattern as added, for `all`
  mutable std::once_flag all_once;
  mutable std::unique_ptr<RE2::Set> all;

  // Adds the pattern (its relaxed form if that parses) as the next index; false if neither
  // form parses.
  bool add(const std::string& relaxed, const std::string& original) {
    const bool lower = case_insensitive_by_lowering(original);
    RE2::Set& set = lower ? lowered : folded;
    const std::string* used = &relaxed;
    if (set.Add(relaxed, nullptr) < 0) {
      if (relaxed == original || set.Add(original, nullptr) < 0) return false;
      used = &original;
    }
    (lower ? lowered_ids : folded_ids).push_back(static_cast<int>(texts.size()));
    texts.push_back(*used);
    return true;
  }

  bool compile() { return lowered.Compile() && folded.Compile(); }

  // The candidate pattern indices for `text`, in no particular order; false when a Set ran out
  // of memory (the caller then tries every pattern). `lowered_text`: the text with A-Z lowered, or
  // nullptr when lowering cannot stand in for case folding or the text is too large to copy.
  bool candidates(std::string_view text, const std::string_view* lowered_text,
                  std::vector<int>* out) const {
    out->clear();
    if (!lowered_text) {
      std::call_once(all_once, [&] {
        auto set = std::make_unique<RE2::Set>(set_options(false), RE2::UNANCHORED);
        bool added = true;  // every index must line up with `texts`
        for (const std::string& pattern : texts) added = added && set->Add(pattern, nullptr) >= 0;
        if (added && set->Compile()) all = std::move(set);
      });
      return all && run_set(*all, text, nullptr, out);
    }
    if (!lowered_ids.empty() && !run_set(lowered, *lowered_text, &lowered_ids, out)) return false;
    return folded_ids.empty() || run_set(folded, text, &folded_ids, out);
  }
};

namespace {

// One context list (`unless`, `unless_before` or `unless_after`): "any of these matches". Usually
// compiled as a single alternation, so a hit costs one search instead of one per pattern.
struct ContextPatterns {
  std::unique_ptr<RE2> combined;           // every pattern as (?:a)|(?:b)|…
  std::vector<std::unique_ptr<RE2>> each;  // or one by one (nullptr: failed), when it would not do

  bool empty() const { return !combined && each.empty(); }
  bool any_match(std::string_view span) const {
    if (combined) return RE2::PartialMatch(span, *combined);
    for (const auto& re : each) {
      if (re && RE2::PartialMatch(span, *re)) return true;
    }
    return false;
  }
};

}  // namespace

// A rule's RE2s for one way of reading the text (Matcher::Variant), each compiled on first use
// (or by the constructor, for rules from files, so their errors are reported before linting).
struct Matcher::Regexes {
  std::vector<std::unique_ptr<RE2>> patterns;  // one per match pattern; nullptr if it failed
  std::unique_ptr<std::once_flag[]> pattern_once;
  ContextPatterns unless;
  ContextPatterns unless_before;
  ContextPatterns unless_after;
  std::once_flag context_once;
};

struct Matcher::CompiledRule {
  std::array<Regexes, 2> variants;  // by Variant
  // Not case-sensitive, and lowering is exact for every pattern (case_insensitive_by_lowering):
  // then its RE2s are compiled case-sensitively and read the lowered text, which compiles ~40%
  // faster than case folding and finds the same spans at the same offsets.
  bool lowerable = false;
  std::once_flag lowerable_once;  // worked out on the rule's first candidate text
  // False once a pattern failed to compile in the constructor (rules from files); lazy compiles
  // report to nobody and leave it alone.
  bool ok = true;
  // What each match of a pattern starts with (required_literals), when a few strings say it;
  // worked out on the pattern's first candidate text.
  std::vector<std::vector<std::string>> starts;
  std::unique_ptr<std::once_flag[]> starts_once;
};

namespace {

// RE2 says "pattern too large"; name the budget so the author knows what to shrink.
std::string budget_note(const RE2& re) {
  return re.error_code() == RE2::ErrorPatternTooLarge
             ? " (exceeds the " + std::to_string(kPatternMemoryBudget >> 20) +
                   " MiB memory budget per pattern)"
             : "";
}

// One pattern's RE2; nullptr (and a diagnostic naming the rule) if it fails.
std::unique_ptr<RE2> compile_one(const Rule& rule, const Pattern& pattern, const char* key,
                                 const RE2::Options& options, bool* ok, Diagnostics& diagnostics) {
  auto re = std::make_unique<RE2>(pattern.text, options);
  if (re->ok()) return re;
  *ok = false;
  diagnostics.add(Diagnostic{
      DiagnosticLevel::Error, pattern.location.path, pattern.location.line, pattern.location.column,
      pattern.location.pointer,
      "rule \"" + rule.id + "\": invalid " + key + " pattern: " + re->error() + budget_note(*re),
      pattern.location.line_text});
  return nullptr;
}

// One RE2 per pattern, in list order; a pattern that fails is reported and left as nullptr.
std::vector<std::unique_ptr<RE2>> compile_all(const Rule& rule, const std::vector<Pattern>& list,
                                              const char* key, const RE2::Options& options,
                                              bool* ok, Diagnostics& diagnostics) {
  std::vector<std::unique_ptr<RE2>> out;
  out.reserve(list.size());
  for (const auto& pattern : list) {
    out.push_back(compile_one(rule, pattern, key, options, ok, diagnostics));
  }
  return out;
}

// Compiles a context list. Each pattern is first parsed alone (cheap, no compilation) so a syntax
// error is still reported against that pattern; a list that parses is compiled as one
// alternation, which matches exactly when one of its patterns does. If the alternation fails
// (memory budget), the patterns are compiled one by one, reporting whatever fails.
ContextPatterns compile_context(const Rule& rule, const std::vector<Pattern>& list, const char* key,
                                const RE2::Options& options, bool* ok, Diagnostics& diagnostics) {
  ContextPatterns out;
  if (list.size() > 1) {
    RE2::Options parse_options = options;
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
      auto re = std::make_unique<RE2>(joined, options);
      if (re->ok()) {
        out.combined = std::move(re);
        return out;
      }
    }
  }
  out.each = compile_all(rule, list, key, options, ok, diagnostics);
  return out;
}

// Sentence bounds exactly as replylint::Sentences defines them (sentence.hpp): a sentence starts
// after a line break, or after `.`, `!` or `?` followed by whitespace. Found by scanning out from
// the hit rather than indexing the whole reply, since a reply has only a few hits.
bool starts_sentence_after(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '\n' || c == '\r') return true;
  return (c == '.' || c == '!' || c == '?') && i + 1 < text.size() && is_ascii_space(text[i + 1]);
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

bool is_embedded(const Rule& rule) {
  return rule.location.path.starts_with(kEmbeddedPackPrefix);
}

}  // namespace

bool check_rule_patterns(const Rule& rule, Diagnostics& diagnostics) {
  bool ok = true;
  const RE2::Options options = pattern_options(rule);
  compile_all(rule, rule.patterns, "match", options, &ok, diagnostics);
  compile_all(rule, rule.unless, "unless", options, &ok, diagnostics);
  compile_all(rule, rule.unless_before, "unless_before", options, &ok, diagnostics);
  compile_all(rule, rule.unless_after, "unless_after", options, &ok, diagnostics);
  return ok;
}

namespace {

bool lowerable(const Rule& rule) {
  if (rule.case_sensitive) return false;
  for (const auto* list : {&rule.patterns, &rule.unless, &rule.unless_before, &rule.unless_after}) {
    for (const Pattern& pattern : *list) {
      if (!case_insensitive_by_lowering(pattern.text)) return false;
    }
  }
  return true;
}

// The lowered variant reads text without uppercase ASCII letters, so it matches case-sensitively.
RE2::Options variant_options(const Rule& rule, bool lowered) {
  RE2::Options options = pattern_options(rule);
  if (lowered) options.set_case_sensitive(true);
  return options;
}

}  // namespace

const RE2* Matcher::pattern(PatternRef ref, Variant variant, Diagnostics* diagnostics) const {
  CompiledRule& compiled = compiled_[ref.rule];
  Regexes& regexes = compiled.variants[static_cast<std::size_t>(variant)];
  std::call_once(regexes.pattern_once[ref.pattern], [&] {
    // An embedded pattern cannot fail here: the build compiled every one (rule_snapshot).
    Diagnostics ignored;
    bool unreported = true;
    const Rule& rule = rules_.rules[ref.rule];
    regexes.patterns[ref.pattern] =
        compile_one(rule, rule.patterns[ref.pattern], "match",
                    variant_options(rule, variant == Variant::Lowered),
                    diagnostics ? &compiled.ok : &unreported, diagnostics ? *diagnostics : ignored);
  });
  return regexes.patterns[ref.pattern].get();
}

const Matcher::Regexes& Matcher::contexts(std::size_t r, Variant variant,
                                          Diagnostics* diagnostics) const {
  CompiledRule& compiled = compiled_[r];
  Regexes& regexes = compiled.variants[static_cast<std::size_t>(variant)];
  std::call_once(regexes.context_once, [&] {
    Diagnostics ignored;
    bool unreported = true;
    Diagnostics& report = diagnostics ? *diagnostics : ignored;
    bool* ok = diagnostics ? &compiled.ok : &unreported;
    const Rule& rule = rules_.rules[r];
    const RE2::Options options = variant_options(rule, variant == Variant::Lowered);
    regexes.unless = compile_context(rule, rule.unless, "unless", options, ok, report);
    regexes.unless_before =
        compile_context(rule, rule.unless_before, "unless_before", options, ok, report);
    regexes.unless_after =
        compile_context(rule, rule.unless_after, "unless_after", options, ok, report);
  });
  return regexes;
}

bool Matcher::is_lowerable(std::size_t r) const {
  CompiledRule& compiled = compiled_[r];
  std::call_once(compiled.lowerable_once, [&] { compiled.lowerable = lowerable(rules_.rules[r]); });
  return compiled.lowerable;
}

const std::vector<std::string>& Matcher::starts(PatternRef ref) const {
  CompiledRule& compiled = compiled_[ref.rule];
  std::call_once(compiled.starts_once[ref.pattern], [&] {
    const Pattern& pattern = rules_.rules[ref.rule].patterns[ref.pattern];
    // The embedded packs carry their literals, worked out at build time.
    compiled.starts[ref.pattern] =
        useful_starts(pattern.literals_known ? pattern.literals : required_literals(pattern.text));
  });
  return compiled.starts[ref.pattern];
}

Matcher::Matcher(const RuleSet& rules, Diagnostics& diagnostics, PrefilterChoice choice)
    : rules_(rules), choice_(choice), literal_budget_(kLiteralBudget) {
  compiled_ = std::make_unique<CompiledRule[]>(rules.rules.size());
  bool all_lazy = true;
  for (std::size_t r = 0; r < rules.rules.size(); ++r) {
    const Rule& rule = rules.rules[r];
    CompiledRule& compiled = compiled_[r];
    compiled.starts.resize(rule.patterns.size());
    compiled.starts_once = std::make_unique<std::once_flag[]>(rule.patterns.size());
    for (Regexes& regexes : compiled.variants) {
      regexes.patterns.resize(rule.patterns.size());
      regexes.pattern_once = std::make_unique<std::once_flag[]>(rule.patterns.size());
    }
    // Compiling every RE2 up front was 54% of a short run's instructions; the embedded packs'
    // patterns are known to compile (the build compiled them), so theirs wait for their first
    // candidate text. Rules from files are compiled now, reporting every error before linting.
    const bool lazy = is_embedded(rule);
    all_lazy = all_lazy && lazy;
    if (!lazy) {
      const Variant usual = is_lowerable(r) ? Variant::Lowered : Variant::Folded;
      for (std::size_t p = 0; p < rule.patterns.size(); ++p) pattern({r, p}, usual, &diagnostics);
      contexts(r, usual, &diagnostics);
    }
    if (!compiled.ok) continue;
    for (std::size_t p = 0; p < rule.patterns.size(); ++p) set_patterns_.push_back({r, p});
  }
  const bool literals_wanted = choice_ == PrefilterChoice::LiteralsOnly ||
                               (choice_ == PrefilterChoice::Automatic && all_lazy);
  if (literals_wanted) {
    std::vector<const RequiredLiterals*> literals;
    std::vector<std::optional<RequiredLiterals>> worked_out;  // for patterns not carrying theirs
    literals.reserve(set_patterns_.size());
    worked_out.reserve(set_patterns_.size());
    for (const PatternRef& ref : set_patterns_) {
      const Pattern& pattern = rules.rules[ref.rule].patterns[ref.pattern];
      // The embedded packs carry theirs, worked out at build time.
      const std::optional<RequiredLiterals>* required = &pattern.literals;
      if (!pattern.literals_known) {
        required = &worked_out.emplace_back(required_literals(pattern.text));
      }
      literals.push_back(*required ? &**required : nullptr);
    }
    literals_ = std::make_unique<LiteralPrefilter>(literals);
  }
  // Rules from files get their Set now, so a budget error stops the run before linting.
  if (choice_ == PrefilterChoice::SetOnly || choice_ == PrefilterChoice::Reference ||
      !literals_wanted) {
    if (!set_prefilter()) {
      diagnostics.add(Diagnostic{DiagnosticLevel::Error, "", 0, 0, "",
                                 "the rules together exceed RE2's memory budget for the prefilter "
                                 "set; remove rules or simplify patterns",
                                 ""});
    }
  }
}

const Matcher::Prefilter* Matcher::compiled_prefilter() const {
  std::call_once(set_once_, [&] {
    auto prefilter = std::make_unique<Prefilter>();
    bool added = true;
    for (const PatternRef& ref : set_patterns_) {
      // The prefilter ignores case for everyone; a case-sensitive rule is filtered exactly by
      // its own RE2 afterwards, so the prefilter only has to find a superset. Hence, too, the
      // relaxed repeats (about half of Set::Compile and Set::Match); if the relaxed form does
      // not parse, the pattern itself decides.
      const std::string& text = rules_.rules[ref.rule].patterns[ref.pattern].text;
      added = added && prefilter->add(relax_bounded_repeats(text), text);
    }
    if (added && prefilter->compile()) prefilter_ = std::move(prefilter);
  });
  return prefilter_.get();
}

const Matcher::Prefilter* Matcher::set_prefilter() const {
  const Prefilter* prefilter = compiled_prefilter();
  // Stored once: this runs for every text the Set reads, and a store on each would move the
  // flag's cache line between the linting threads' cores every time.
  if (!set_built_.load(std::memory_order_relaxed) &&
      set_builder_.load(std::memory_order_relaxed) != std::this_thread::get_id()) {
    set_built_.store(true, std::memory_order_release);
  }
  return prefilter;
}

bool Matcher::expect_text(std::size_t bytes) {
  if (!literals_ || choice_ != PrefilterChoice::Automatic) return false;  // no choice to make
  if (bytes >= kSetPaysOff) return true;
  literal_budget_ = kSetPaysOff;  // an estimate: a run larger than expected still gets the Set
  return false;
}

void Matcher::build_prefilter() const {
  if (!literals_ || choice_ != PrefilterChoice::Automatic) return;  // built up front, or never
  bool claimed = false;
  if (!set_claimed_.compare_exchange_strong(claimed, true, std::memory_order_acq_rel)) return;
  set_builder_.store(std::this_thread::get_id(), std::memory_order_relaxed);
  if (compiled_prefilter()) {
    set_compiled_.store(true, std::memory_order_release);
  } else {
    set_built_.store(true, std::memory_order_release);  // everyone to the fallback at once
  }
}

bool Matcher::use_literals(std::string_view text) const {
  if (!literals_) return false;
  if (choice_ == PrefilterChoice::LiteralsOnly) return true;
  if (set_built_.load(std::memory_order_acquire) || text.size() > kLiteralTextLimit) return false;
  if (set_compiled_.load(std::memory_order_acquire)) {
    // Built by build_prefilter(): its builder reads through it from the start, warming it up;
    // the others once it has warmed up, or once they have read as much since it was compiled
    // (the builder may have no more of this matcher's texts to read).
    const bool builder = set_builder_.load(std::memory_order_relaxed) == std::this_thread::get_id();
    std::atomic<std::size_t>& read = builder ? warmed_bytes_ : waited_bytes_;
    if (read.fetch_add(text.size(), std::memory_order_relaxed) + text.size() >= kWarmUpBytes) {
      set_built_.store(true, std::memory_order_release);
    }
    return !builder;
  }
  if (literal_bytes_.fetch_add(text.size(), std::memory_order_relaxed) + text.size() <=
      literal_budget_) {
    return true;
  }
  // Budget spent: the first thread to see it builds the Set; the others keep to the literals
  // until it is ready instead of waiting for it.
  bool claimed = false;
  return !set_claimed_.compare_exchange_strong(claimed, true, std::memory_order_acq_rel);
}

bool Matcher::candidates(std::string_view text, const std::string_view* lowered,
                         std::vector<int>* out) const {
  if (use_literals(text)) {
    if (lowered) {
      literals_->candidates(*lowered, out);
      return true;
    }
    // Literals are looked for in lowered text, which cannot stand in for this one.
    if (choice_ == PrefilterChoice::LiteralsOnly) return false;
  }
  const Prefilter* set = set_prefilter();
  return set && set->candidates(text, lowered, out);
}

Matcher::~Matcher() = default;

bool Matcher::passes_sentence_context(std::size_t r, const Regexes& rule, std::string_view text,
                                      std::size_t begin, std::size_t end,
                                      std::size_t sentence_begin, std::size_t sentence_end) const {
  if (!rule.unless.empty() &&
      rule.unless.any_match(text.substr(sentence_begin, sentence_end - sentence_begin))) {
    return false;
  }
  const std::size_t window = static_cast<std::size_t>(rules_.rules[r].window);
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
  std::vector<std::vector<Hit>> hits = match_each(std::span(&text, 1));
  return std::move(hits.front());
}

std::vector<std::vector<Hit>> Matcher::match_each(std::span<const std::string_view> texts) const {
  std::vector<std::vector<Hit>> hits(texts.size());
  // Per thread, reused: every text's lowered copy (one buffer, so one allocation) and the
  // (pattern, text) pairs the prefilter found.
  thread_local std::string lowered_buffer;
  thread_local std::vector<std::size_t> lowered_at;  // npos: lowering is not exact for the text
  thread_local std::vector<int> set_hits;
  thread_local std::vector<std::uint64_t> candidates_by_pattern;
  lowered_buffer.clear();
  lowered_at.clear();
  candidates_by_pattern.clear();
  for (const std::string_view text : texts) {
    // Lowering ASCII letters stands in for case folding unless the text holds U+017F or U+212A;
    // above 1 MiB the copy would cost more memory than it saves time.
    const bool exact = text.size() <= (std::size_t{1} << 20) && !has_non_ascii_fold(text);
    lowered_at.push_back(exact ? lowered_buffer.size() : std::string_view::npos);
    if (exact) append_lowered(text, lowered_buffer);
  }
  const auto lowered_text = [&](std::size_t i) {
    return lowered_at[i] == std::string_view::npos
               ? std::string_view()
               : std::string_view(lowered_buffer).substr(lowered_at[i], texts[i].size());
  };
  // Phase 1, the prefilter over every text: the Set's DFA stays in cache from one text to the
  // next (interleaved with the other work, it ran 3x slower: docs/performance.md).
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const bool exact = lowered_at[i] != std::string_view::npos;
    const std::string_view lowered = lowered_text(i);
    if (!candidates(texts[i], exact ? &lowered : nullptr, &set_hits)) {
      // A Set's DFA ran out of its budget on this text (or it could not be built): try every
      // pattern (slow, still right) rather than silently reporting nothing.
      set_hits.resize(set_patterns_.size());
      for (std::size_t p = 0; p < set_hits.size(); ++p) set_hits[p] = static_cast<int>(p);
    }
    for (const int pattern : set_hits) {
      candidates_by_pattern.push_back(std::uint64_t(static_cast<std::uint32_t>(pattern)) << 32 | i);
    }
  }
  // Phase 2, spans, pattern by pattern: each RE2 reads all its candidate texts in a row.
  std::sort(candidates_by_pattern.begin(), candidates_by_pattern.end());
  for (const std::uint64_t candidate : candidates_by_pattern) {
    const std::size_t i = static_cast<std::uint32_t>(candidate);
    const PatternRef ref = set_patterns_[static_cast<std::size_t>(candidate >> 32)];
    const bool exact = lowered_at[i] != std::string_view::npos;
    find_spans(ref, texts[i], exact ? lowered_text(i) : std::string_view(), exact, &hits[i]);
  }
  for (std::vector<Hit>& text_hits : hits) keep_one_per_place(&text_hits);
  return hits;
}

void Matcher::find_spans(PatternRef ref, std::string_view text, std::string_view lowered,
                         bool lowering_exact, std::vector<Hit>* hits) const {
  // A lowerable rule reads the lowered text when there is one: same offsets, cheaper RE2s.
  const bool on_lowered = lowering_exact && is_lowerable(ref.rule);
  const Variant variant = on_lowered ? Variant::Lowered : Variant::Folded;
  const std::string_view subject = on_lowered ? lowered : text;
  const RE2* found_by = pattern(ref, variant, nullptr);
  if (!found_by) return;
  const RE2& re = *found_by;
  auto keep = [&](re2::StringPiece found) {
    const std::size_t begin = static_cast<std::size_t>(found.data() - subject.data());
    const std::size_t end = begin + found.size();
    std::size_t sentence_begin, sentence_end;
    sentence_bounds(subject, begin, &sentence_begin, &sentence_end);
    sentence_end = std::max(sentence_end, end);
    if (passes_sentence_context(ref.rule, contexts(ref.rule, variant, nullptr), subject, begin, end,
                                sentence_begin, sentence_end)) {
      hits->push_back({ref.rule, begin, end});
    }
    return end > begin ? end : end + 1;  // where the next match may start
  };
  re2::StringPiece found;
  std::size_t position = 0;
  const std::vector<std::string>& start_strings = starts(ref);
  if (lowering_exact && !start_strings.empty() && choice_ != PrefilterChoice::Reference) {
    // Every match starts where one of the pattern's start strings occurs: trying it anchored
    // there, in order, finds exactly the matches the unanchored search below finds.
    thread_local std::vector<std::size_t> positions;
    positions.clear();
    for (const std::string& start : start_strings) {
      for (std::size_t at = find_string(lowered, start, 0); at != std::string_view::npos;
           at = find_string(lowered, start, at + 1)) {
        positions.push_back(at);
      }
    }
    if (start_strings.size() > 1) {
      std::sort(positions.begin(), positions.end());
      positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    }
    for (const std::size_t start : positions) {
      if (start >= position &&
          re.Match(subject, start, subject.size(), RE2::ANCHOR_START, &found, 1)) {
        position = keep(found);
      }
    }
    return;
  }
  while (position <= subject.size() &&
         re.Match(subject, position, subject.size(), RE2::UNANCHORED, &found, 1)) {
    position = keep(found);
  }
}

namespace {

bool is_digit_char(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// Length of a `{m,n}` repeat at pattern[i] == '{', or 0 when it is not one (RE2 then reads `{`
// as a literal, or it is `{n}` / `{m,}`, which are left alone).
std::size_t bounded_repeat(std::string_view pattern, std::size_t i, std::string_view* min,
                           long* max) {
  std::size_t j = i + 1;
  const std::size_t min_begin = j;
  while (j < pattern.size() && is_digit_char(pattern[j])) ++j;
  if (j == min_begin || j >= pattern.size() || pattern[j] != ',') return 0;
  const std::size_t max_begin = ++j;
  while (j < pattern.size() && is_digit_char(pattern[j]) && j - max_begin < 6) ++j;
  if (j == max_begin || j >= pattern.size() || pattern[j] != '}') return 0;
  *min = pattern.substr(min_begin, max_begin - 1 - min_begin);
  *max = std::stol(std::string(pattern.substr(max_begin, j - max_begin)));
  return j + 1 - i;
}

}  // namespace

std::string relax_bounded_repeats(std::string_view pattern, int max_kept) {
  // \Q…\E quotes everything up to \E; rare enough in rules not to be worth scanning.
  if (pattern.find("\\Q") != std::string_view::npos) return std::string(pattern);
  std::string out;
  out.reserve(pattern.size());
  bool in_class = false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {  // an escape, in or out of a class: copy it and the escaped character
      out += c;
      if (i + 1 < pattern.size()) out += pattern[++i];
      continue;
    }
    if (in_class) {
      if (c == '[' && i + 1 < pattern.size() && pattern[i + 1] == ':') {
        const std::size_t close = pattern.find(":]", i + 2);  // [:alpha:] inside a class
        if (close != std::string_view::npos) {
          out.append(pattern.substr(i, close + 2 - i));
          i = close + 1;
          continue;
        }
      }
      if (c == ']') in_class = false;
      out += c;
      continue;
    }
    if (c == '[') {  // `]` right after `[` or `[^` is a member, not the end
      in_class = true;
      out += c;
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') out += pattern[++i];
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') out += pattern[++i];
      continue;
    }
    std::string_view min;
    long max = 0;
    if (c == '{') {
      if (const std::size_t length = bounded_repeat(pattern, i, &min, &max);
          length > 0 && max > max_kept) {
        if (min.find_first_not_of('0') == std::string_view::npos) {
          out += '*';
        } else {
          out += '{';
          out.append(min);
          out += ",}";
        }
        i += length - 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}

bool caseless_code_point(char32_t c) {
  // Blocks of symbols and punctuation without a cased character (Unicode case folding, whose
  // tables RE2 folds with); tests/matcher_test.cpp checks every one of them against RE2.
  static constexpr std::pair<char32_t, char32_t> kRanges[] = {
      {0x00A0, 0x00B4},   {0x00B6, 0x00BF},  // Latin-1 signs, not U+00B5 (micro, folds to mu)
      {0x00D7, 0x00D7},   {0x00F7, 0x00F7},  // multiplication and division signs
      {0x2000, 0x206F},                      // General Punctuation: dashes, curly quotes …
      {0x20A0, 0x20CF},                      // Currency Symbols
      {0x2190, 0x23FF},                      // Arrows, Mathematical Operators, Technical
      {0x2500, 0x27BF},                      // Box Drawing to Dingbats
      {0x3000, 0x303F},                      // CJK Symbols and Punctuation
      {0x1F300, 0x1FAFF},                    // pictographs and emoji
  };
  for (const auto& [first, last] : kRanges) {
    if (c >= first && c <= last) return true;
  }
  return false;
}

bool case_insensitive_by_lowering(std::string_view pattern) {
  bool in_class = false;
  bool after_escape = false;  // the previous class member was an escape (\n, \d …)
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      // A character that case folding leaves alone (£, €, curly quotes) matches only itself
      // either way; any other (é, µ, invalid UTF-8) needs RE2's folding.
      std::size_t length = 0;
      if (!caseless_code_point(decode_utf8(pattern, i, &length))) return false;
      i += length - 1;
      after_escape = false;
      continue;
    }
    if (c >= 'A' && c <= 'Z') return false;
    if (c == '\\') {
      if (i + 1 >= pattern.size()) return false;
      const char e = pattern[++i];
      // Letters name classes, anchors or code points: only these are known not to add case.
      if (std::isalnum(static_cast<unsigned char>(e)) &&
          std::string_view("bBdDsSwWAzntrfv").find(e) == std::string_view::npos) {
        return false;
      }
      after_escape = true;
      continue;
    }
    if (in_class) {
      if (c == ']') {
        in_class = false;
      } else if (c == '[' && i + 1 < pattern.size() && pattern[i + 1] == ':') {
        return false;  // [:upper:] and friends
      } else if (c == '-' && pattern[i - 1] != '[' && i + 1 < pattern.size() &&
                 pattern[i + 1] != ']') {
        // A range: an uppercase letter inside it (`!-~`) would need its lowercase too; one
        // between non-ASCII characters is not worth working out.
        if (after_escape || pattern[i + 1] == '\\') return false;
        const char lo = pattern[i - 1];
        const char hi = pattern[i + 1];
        if (static_cast<unsigned char>(lo) >= 0x80 || static_cast<unsigned char>(hi) >= 0x80) {
          return false;
        }
        if (lo <= 'Z' && hi >= 'A') return false;
      }
      after_escape = false;
      continue;
    }
    if (c == '[') {
      in_class = true;
      after_escape = false;
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') ++i;
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') ++i;
      continue;
    }
    // (?: only: inline flags such as (?-i) change case rules ((?P<Name> fails the A-Z test).
    if (c == '(' && i + 1 < pattern.size() && pattern[i + 1] == '?' &&
        (i + 2 >= pattern.size() || pattern[i + 2] != ':')) {
      return false;
    }
  }
  return true;
}

}  // namespace replylint
