// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "replylint/diagnostic.hpp"
#include "replylint/rule_set.hpp"

namespace replylint {

/// Compiles every pattern of `rule` only to report RE2 errors (for rules the loader rejects for
/// other reasons, so one run still reports every problem). Returns false on any error.
bool check_rule_patterns(const Rule& rule, Diagnostics& diagnostics);

/// A rule hit in normalised text, before positions are mapped back.
struct Hit {
  std::size_t rule;   ///< index into RuleSet::rules
  std::size_t begin;  ///< normalised byte offsets, [begin, end)
  std::size_t end;
};

/// Compiled form of a RuleSet. One RE2::Set over every pattern tells which patterns occur in a
/// reply at all; only those run as individual RE2s to find spans; then each hit passes its
/// rule's sentence-level context (`unless`, `unless_before`, `unless_after`) and reply-level
/// conditions (`unless_reply_has`). Immutable after construction and safe to share by threads.
class Matcher {
 public:
  /// Compiles every pattern; failures are reported naming the rule and RE2's message.
  Matcher(const RuleSet& rules, Diagnostics& diagnostics);
  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  /// All hits in `text` (normalised), sorted by position then rule index; at most one hit per
  /// rule per span (overlapping hits of one rule keep the earliest, longest).
  std::vector<Hit> match(std::string_view text) const;

  const RuleSet& rules() const { return rules_; }

 private:
  struct CompiledRule;
  struct Prefilter;  // wraps RE2::Set, which cannot be forward-declared
  struct PatternRef {
    std::size_t rule;
    std::size_t pattern;
  };

  bool passes_sentence_context(const CompiledRule& rule, std::string_view text, std::size_t begin,
                               std::size_t end, std::size_t sentence_begin,
                               std::size_t sentence_end) const;

  const RuleSet& rules_;
  std::vector<CompiledRule> compiled_;
  std::vector<PatternRef> set_patterns_;
  std::unique_ptr<Prefilter> prefilter_;
};

}  // namespace replylint
