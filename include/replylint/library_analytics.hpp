// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "replylint/report.hpp"

namespace replylint {

/// One problem finding of a reply, reduced to what library analytics counts.
struct RuleHit {
  std::string rule;
  std::string category;
};

/// One reply copied out of its FileReport with just what library analytics needs, so a printer
/// can keep it after the document is gone (printers see one report at a time).
struct ReplyDigest {
  std::optional<std::string> path;  ///< as the report names it; nullopt for unnamed stdin
  std::string display_name;         ///< what human output shows ("<stdin>" for stdin)
  std::string id;                   ///< the reply's id from the input; may be empty
  int line = 1;                     ///< where the reply starts
  std::string text;                 ///< the text that was linted (reader rewrites applied)
  int score = 0;
  Verdict verdict = Verdict::Neutral;
  std::vector<std::string> empathy_lines;  ///< evidence match texts, in position order
  std::vector<RuleHit> problems;           ///< one per problem finding, in position order
};

/// The digests of every reply of `report`, in file order. `report.document` must be alive.
std::vector<ReplyDigest> digest_replies(const FileReport& report);

/// Thresholds of the analytics; the defaults are the documented ones (docs/html-report.md).
struct AnalyticsOptions {
  /// A phrase is scripted-sounding overuse when at least 2 replies share it and either this many
  /// replies use it …
  std::size_t reuse_min_count = 3;
  /// … or this fraction of all replies does.
  double reuse_min_share = 0.2;
  /// Openers shorter than this many words ("Thanks.") are not compared.
  std::size_t opener_min_words = 3;
  /// Two replies are near-duplicates at this Jaccard similarity of their word shingles or more.
  double near_duplicate_similarity = 0.8;
  std::size_t shingle_words = 3;  ///< words per shingle
  /// Pairwise comparison is O(n²): above this many replies near-duplicates are not searched
  /// (LibraryAnalytics::near_duplicates_checked is false).
  std::size_t near_duplicate_max_replies = 2000;
  std::size_t lowest_count = 10;    ///< how many lowest-scoring replies to list
  std::size_t top_rule_count = 10;  ///< how many of the most frequent problem rules to list
};

/// A normalised phrase and the replies that use it.
struct ReusedPhrase {
  std::string text;                  ///< the normalised phrase (normalize_phrase)
  std::string example;               ///< as first written, trimmed
  std::vector<std::size_t> replies;  ///< indices into the digests, ascending, each once
};

/// Replies linked by near-duplicate pairs (connected components of the "similar" relation).
struct NearDuplicateGroup {
  std::vector<std::size_t> replies;  ///< indices into the digests, ascending
  /// The lowest similarity among the pairs that link the group: every reply is at least this
  /// similar to another one in it.
  double similarity = 1;
};

/// How often one problem rule fired across the library.
struct RuleFrequency {
  std::string rule;
  std::string category;
  std::size_t findings = 0;  ///< hits
  std::size_t replies = 0;   ///< replies with at least one hit
};

/// Number of score histogram bins: 0–9, 10–19, …, 80–89 and 90–100.
inline constexpr std::size_t kHistogramBins = 10;

/// What a library of replies looks like as a whole.
struct LibraryAnalytics {
  std::size_t replies = 0;
  std::vector<ReusedPhrase> reused_openers;         ///< most replies first, then first use
  std::vector<ReusedPhrase> reused_empathy_lines;   ///< same order
  std::vector<NearDuplicateGroup> near_duplicates;  ///< largest group first, then first reply
  bool near_duplicates_checked = true;   ///< false when replies > near_duplicate_max_replies
  std::vector<std::size_t> lowest;       ///< indices, lowest score first (file order among equals)
  std::vector<RuleFrequency> top_rules;  ///< most findings first, then rule id
  std::array<std::size_t, kHistogramBins> score_histogram{};
};

/// Computes every analytic over `replies` (all the digests of a run, in order). Pure.
LibraryAnalytics analyze_library(const std::vector<ReplyDigest>& replies,
                                 const AnalyticsOptions& options = {});

/// The key two phrases are compared by: typography folded as the matcher folds it (curly quotes,
/// dashes, entities), ASCII lowercased, whitespace runs collapsed to one space, trimmed, and
/// trailing `.`, `!`, `?`, `,`, `;` and `:` dropped.
std::string normalize_phrase(std::string_view text);

/// The reply's first sentence, trimmed, after skipping a salutation: a first sentence of at most
/// four words that ends with `,` or `!` ("Hi Sam,", "Hello there!"). A sentence ends after
/// `.`, `!` or `?` followed by whitespace, at a line break, or at the end of the text. Empty for
/// a blank reply.
std::string opener_of(std::string_view reply);

/// Jaccard similarity (0–1) of the sets of `shingle_words`-word shingles of two texts, words
/// taken from normalize_phrase's form; a text shorter than one shingle is one shingle of all its
/// words. Two texts without words have similarity 0.
double shingle_similarity(std::string_view a, std::string_view b, std::size_t shingle_words = 3);

}  // namespace replylint
