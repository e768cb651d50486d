// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "replylint/diagnostic.hpp"
#include "replylint/literal_prefilter.hpp"
#include "replylint/rule_set.hpp"

namespace re2 {
class RE2;
}

namespace replylint {

/// Compiles every pattern of `rule` only to report RE2 errors (for rules the loader rejects for
/// other reasons, so one run still reports every problem). Returns false on any error.
bool check_rule_patterns(const Rule& rule, Diagnostics& diagnostics);

/// The pattern as the prefilter Set sees it: every bounded repeat `{m,n}` with n above `max_kept`
/// becomes `{m,}` (`*` when m is 0), so `[^.!?\n]{0,80}?` turns into `[^.!?\n]*?`. It matches a
/// superset of what `pattern` matches (the Set only has to say "maybe"; each hit is confirmed by
/// the exact RE2), but compiles to a far smaller program whose DFA needs no state per count.
/// Escapes, character classes (with `[:alpha:]` inside them) and `\Q…\E` are left untouched.
std::string relax_bounded_repeats(std::string_view pattern, int max_kept = 8);

/// True when `pattern` matched case-sensitively against a text with only A-Z lowered finds
/// whatever it finds case-insensitively in the original, for any text without U+017F or U+212A
/// (the only non-ASCII characters whose case folds to ASCII). Conservative: patterns with no
/// uppercase letter, inline flag, POSIX class, range spanning A-Z or escape that could name a
/// letter (\p, \x, \Q, octal …), and no non-ASCII character outside caseless_code_point().
bool case_insensitive_by_lowering(std::string_view pattern);

/// True for code points in blocks without cased characters (Latin-1 signs, punctuation,
/// currency, arrows, symbols, emoji): case folding maps each to itself alone.
bool caseless_code_point(char32_t c);

/// A rule hit in normalised text, before positions are mapped back.
struct Hit {
  std::size_t rule;   ///< index into RuleSet::rules
  std::size_t begin;  ///< normalised byte offsets, [begin, end)
  std::size_t end;
};

/// Which prefilter tells the Matcher what patterns may occur in a text. Every choice gives the
/// same hits (each candidate is confirmed by its own RE2); they differ only in cost.
enum class PrefilterChoice {
  Automatic,     ///< literals for the first texts of a run of embedded rules, then the Set
  SetOnly,       ///< RE2::Set, compiled up front
  LiteralsOnly,  ///< literals for every text (tests: proves the two agree)
  /// RE2::Set, and every candidate searched across the whole text instead of anchored where its
  /// start strings occur: the plain algorithm the others must agree with (tests).
  Reference,
};

/// Compiled form of a RuleSet. A prefilter tells which patterns may occur in a reply at all; only
/// those run as individual RE2s to find spans; then each hit passes its rule's sentence-level
/// context (`unless`, `unless_before`, `unless_after`) and reply-level conditions
/// (`unless_reply_has`). The prefilter is one RE2::Set over every pattern, or, until a run has
/// linted enough text to pay for compiling that Set, the literals each pattern needs
/// (LiteralPrefilter). Safe to share by threads. The embedded packs' own RE2s (and then the Set)
/// are compiled on first need (the build compiled and checked them, and a short run needs few of
/// them); rules from files are compiled up front so every error is reported before linting.
class Matcher {
 public:
  /// Compiles every pattern; failures are reported naming the rule and RE2's message.
  Matcher(const RuleSet& rules, Diagnostics& diagnostics,
          PrefilterChoice choice = PrefilterChoice::Automatic);
  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  /// All hits in `text` (normalised), sorted by position then rule index; at most one hit per
  /// rule per span (overlapping hits of one rule keep the earliest, longest).
  std::vector<Hit> match(std::string_view text) const;
  /// match() for each text, as one batch: the prefilter reads every text, then each candidate
  /// pattern's RE2 reads the texts it may occur in, one after the other, so their DFA states stay
  /// in the processor's cache (the Linter passes a few hundred replies at a time).
  std::vector<std::vector<Hit>> match_each(std::span<const std::string_view> texts) const;

  const RuleSet& rules() const { return rules_; }

  /// Tells the matcher about how much text the coming run will read through it (an estimate;
  /// call it before linting starts, not while threads lint). Below a threshold the literal
  /// prefilter carries the whole run, since the Set would cost more to compile than it saves;
  /// from it, the Set pays off from the first text: true, and the caller builds it before
  /// linting (build_prefilter, on the thread that will lint first). Without an estimate (standard
  /// input) the literals carry the first 256 KiB and the Set the rest.
  bool expect_text(std::size_t bytes);

  /// Compiles the prefilter Set now, on the calling thread, unless a linting thread has already
  /// claimed it. This thread then reads its texts through the Set, building its DFA states; the
  /// other linting threads keep to the literal prefilter (instead of waiting) until this one
  /// has read 256 KiB through it, or they have read as much since it was compiled. A worker that
  /// calls this before it takes its first task holds back no output while it compiles.
  void build_prefilter() const;

 private:
  struct CompiledRule;
  struct Regexes;
  struct Prefilter;  // wraps RE2::Set, which cannot be forward-declared
  struct PatternRef {
    std::size_t rule;
    std::size_t pattern;
  };
  // How a rule's RE2s read a text: the text itself with the rule's case option, or the text
  // with A-Z lowered, case-sensitively (for rules where that is exact: CompiledRule::lowerable).
  enum class Variant { Folded = 0, Lowered = 1 };

  // A match pattern's RE2 (nullptr if it failed), compiled on first use; errors go to
  // `diagnostics` when given.
  const re2::RE2* pattern(PatternRef ref, Variant variant, Diagnostics* diagnostics) const;
  // The rule's context lists, compiled on first use.
  const Regexes& contexts(std::size_t rule, Variant variant, Diagnostics* diagnostics) const;
  // Whether the rule's RE2s may read lowered text (CompiledRule::lowerable).
  bool is_lowerable(std::size_t rule) const;
  // The strings every match of the pattern starts with (empty: unknown or too many).
  const std::vector<std::string>& starts(PatternRef ref) const;

  // Appends the hits of one candidate pattern in `text` (`lowered`: its lowered copy, when
  // `lowering_exact`).
  void find_spans(PatternRef ref, std::string_view text, std::string_view lowered,
                  bool lowering_exact, std::vector<Hit>* hits) const;
  bool passes_sentence_context(std::size_t rule, const Regexes& contexts, std::string_view text,
                               std::size_t begin, std::size_t end, std::size_t sentence_begin,
                               std::size_t sentence_end) const;
  bool candidates(std::string_view text, const std::string_view* lowered,
                  std::vector<int>* out) const;
  bool use_literals(std::string_view text) const;
  const Prefilter* set_prefilter() const;       // builds it on first call, then uses it
  const Prefilter* compiled_prefilter() const;  // builds it on first call

  const RuleSet& rules_;
  const PrefilterChoice choice_;
  std::unique_ptr<CompiledRule[]> compiled_;  // one per rule; holds a once_flag, so no vector
  std::vector<PatternRef> set_patterns_;
  std::unique_ptr<LiteralPrefilter> literals_;
  mutable std::once_flag set_once_;
  mutable std::unique_ptr<Prefilter> prefilter_;  // nullptr until built, or if it failed
  mutable std::atomic<bool> set_built_{false};
  mutable std::atomic<bool> set_claimed_{false};       // a thread is building the Set
  mutable std::atomic<std::size_t> literal_bytes_{0};  // text read through the literals so far
  std::size_t literal_budget_;  // how much text the literals read before the Set is built
  // The thread that built the Set (build_prefilter) uses it at once; the others keep to the
  // literals until it has read kWarmUpBytes through it (or they have read as much since it was
  // compiled), so that one thread builds the DFA states such text needs: shared, RE2 builds
  // each state under a lock that linting threads took turns on (800 of 1,400 context switches
  // of a two-thread run).
  mutable std::atomic<std::thread::id> set_builder_{};
  mutable std::atomic<bool> set_compiled_{false};
  mutable std::atomic<std::size_t> warmed_bytes_{0};  // read through the Set by its builder
  mutable std::atomic<std::size_t> waited_bytes_{0};  // read by the others since it compiled
};

}  // namespace replylint
