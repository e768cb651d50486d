// SPDX-License-Identifier: MIT
#include "replylint/library_analytics.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "replylint/ascii.hpp"
#include "replylint/normalizer.hpp"

namespace replylint {
namespace {

// Comparisons of shares and similarities allow for the rounding of 0.2 * n and friends.
constexpr double kEpsilon = 1e-9;

// The first sentence at or after `from` (Sentences' rule: `.!?` then whitespace, a line break,
// or the end), untrimmed at its end; `*next` gets where the following one may start.
std::string_view sentence_at(std::string_view text, std::size_t from, std::size_t* next) {
  while (from < text.size() && is_ascii_space(text[from])) ++from;
  std::size_t i = from;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '\r') break;
    if ((c == '.' || c == '!' || c == '?') &&
        (i + 1 == text.size() || is_ascii_space(text[i + 1]))) {
      ++i;
      break;
    }
  }
  *next = i;
  return text.substr(from, i - from);
}

std::size_t word_count(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    if (is_ascii_space(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

// Words as shingles see them: runs of ASCII letters, digits and apostrophes, or of non-ASCII
// bytes (so "café" and "naïve" stay whole), in normalize_phrase's lowercase form.
std::vector<std::string> words_of(std::string_view text) {
  const std::string folded = normalize_phrase(text);
  std::vector<std::string> words;
  std::string word;
  for (char c : folded) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'') {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Sorted, distinct hashes of the `size`-word shingles of `text`.
std::vector<std::uint64_t> shingles_of(std::string_view text, std::size_t size) {
  const std::vector<std::string> words = words_of(text);
  std::vector<std::uint64_t> out;
  if (words.empty()) return out;
  size = std::max<std::size_t>(1, std::min(size, words.size()));
  for (std::size_t i = 0; i + size <= words.size(); ++i) {
    std::string shingle = words[i];
    for (std::size_t k = 1; k < size; ++k) shingle += ' ' + words[i + k];
    out.push_back(std::hash<std::string>{}(shingle));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) {
      ++common;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

bool is_overused(std::size_t count, std::size_t replies, const AnalyticsOptions& options) {
  return count >= 2 && (count >= options.reuse_min_count ||
                        static_cast<double>(count) + kEpsilon >=
                            options.reuse_min_share * static_cast<double>(replies));
}

// Collects phrases (already normalised as keys) per reply and keeps the overused ones.
class PhraseCounter {
 public:
  void add(std::size_t reply, std::string_view written) {
    std::string key = normalize_phrase(written);
    if (key.empty()) return;
    auto [it, inserted] = index_.try_emplace(key, phrases_.size());
    if (inserted) phrases_.push_back({std::move(key), std::string(trim_ascii_space(written)), {}});
    std::vector<std::size_t>& replies = phrases_[it->second].replies;
    if (replies.empty() || replies.back() != reply) replies.push_back(reply);
  }

  std::vector<ReusedPhrase> overused(std::size_t replies, const AnalyticsOptions& options) && {
    std::vector<ReusedPhrase> out;
    for (ReusedPhrase& phrase : phrases_) {
      if (is_overused(phrase.replies.size(), replies, options)) out.push_back(std::move(phrase));
    }
    // Stable: among equal counts the phrase used first stays first.
    std::stable_sort(out.begin(), out.end(), [](const ReusedPhrase& a, const ReusedPhrase& b) {
      return a.replies.size() > b.replies.size();
    });
    return out;
  }

 private:
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<ReusedPhrase> phrases_;  // in order of first use
};

// Union-find over replies that also remembers the lowest similarity joined into each set.
class Groups {
 public:
  explicit Groups(std::size_t n) : parent_(n), lowest_(n, 1.0) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }

  std::size_t find(std::size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }

  void link(std::size_t a, std::size_t b, double similarity) {
    a = find(a);
    b = find(b);
    if (a != b) parent_[b] = a;
    lowest_[a] = std::min({lowest_[a], lowest_[b], similarity});
    linked_ = true;
  }

  std::vector<NearDuplicateGroup> groups() {
    if (!linked_) return {};
    std::map<std::size_t, NearDuplicateGroup> by_root;
    for (std::size_t i = 0; i < parent_.size(); ++i) by_root[find(i)].replies.push_back(i);
    std::vector<NearDuplicateGroup> out;
    for (auto& [root, group] : by_root) {
      if (group.replies.size() < 2) continue;
      group.similarity = lowest_[root];
      out.push_back(std::move(group));
    }
    std::sort(out.begin(), out.end(), [](const NearDuplicateGroup& a, const NearDuplicateGroup& b) {
      if (a.replies.size() != b.replies.size()) return a.replies.size() > b.replies.size();
      return a.replies.front() < b.replies.front();
    });
    return out;
  }

 private:
  std::vector<std::size_t> parent_;
  std::vector<double> lowest_;
  bool linked_ = false;
};

std::vector<NearDuplicateGroup> near_duplicates(const std::vector<ReplyDigest>& replies,
                                                const AnalyticsOptions& options) {
  std::vector<std::vector<std::uint64_t>> shingles;
  shingles.reserve(replies.size());
  for (const ReplyDigest& reply : replies) {
    shingles.push_back(shingles_of(reply.text, options.shingle_words));
  }
  // Length filter: Jaccard(A, B) <= |A| / |B| for |A| <= |B|, so in order of size each reply
  // only meets the slightly larger ones.
  std::vector<std::size_t> order(replies.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return shingles[a].size() < shingles[b].size();
  });
  const double threshold = options.near_duplicate_similarity;
  Groups groups(replies.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    const auto& small = shingles[order[i]];
    if (small.empty()) continue;
    for (std::size_t j = i + 1; j < order.size(); ++j) {
      const auto& large = shingles[order[j]];
      if (static_cast<double>(small.size()) + kEpsilon <
          threshold * static_cast<double>(large.size())) {
        break;
      }
      const double similarity = jaccard(small, large);
      if (similarity + kEpsilon >= threshold) groups.link(order[i], order[j], similarity);
    }
  }
  return groups.groups();
}

std::vector<RuleFrequency> top_rules(const std::vector<ReplyDigest>& replies, std::size_t count) {
  std::map<std::string, RuleFrequency> by_rule;
  for (const ReplyDigest& reply : replies) {
    std::set<std::string> seen;
    for (const RuleHit& hit : reply.problems) {
      RuleFrequency& row = by_rule[hit.rule];
      row.rule = hit.rule;
      row.category = hit.category;
      ++row.findings;
      if (seen.insert(hit.rule).second) ++row.replies;
    }
  }
  std::vector<RuleFrequency> out;
  for (auto& [id, row] : by_rule) out.push_back(std::move(row));
  // by_rule is ordered by id, so a stable sort leaves ties in id order.
  std::stable_sort(out.begin(), out.end(), [](const RuleFrequency& a, const RuleFrequency& b) {
    if (a.findings != b.findings) return a.findings > b.findings;
    return a.replies > b.replies;
  });
  if (out.size() > count) out.resize(count);
  return out;
}

}  // namespace

std::vector<ReplyDigest> digest_replies(const FileReport& report) {
  const Document& document = *report.document;
  std::vector<ReplyDigest> out;
  out.reserve(report.replies.size());
  for (const ReplyReport& reply : report.replies) {
    ReplyDigest digest;
    digest.path = document.path;
    digest.display_name = document.display_name;
    digest.id = reply.span.id;
    digest.line = reply.start.line;
    digest.text = reply.span.rewritten()
                      ? reply.span.text
                      : std::string(document.bytes(reply.span.begin, reply.span.end));
    digest.score = reply.score.value;
    digest.verdict = reply.score.verdict;
    for (const Finding& evidence : reply.evidence) digest.empathy_lines.push_back(evidence.match);
    for (const Finding& finding : reply.findings) {
      digest.problems.push_back({finding.rule->id, finding.rule->category});
    }
    out.push_back(std::move(digest));
  }
  return out;
}

LibraryAnalytics analyze_library(const std::vector<ReplyDigest>& replies,
                                 const AnalyticsOptions& options) {
  LibraryAnalytics out;
  out.replies = replies.size();
  PhraseCounter openers;
  PhraseCounter empathy_lines;
  for (std::size_t i = 0; i < replies.size(); ++i) {
    const std::string opener = opener_of(replies[i].text);
    if (word_count(opener) >= options.opener_min_words) openers.add(i, opener);
    for (const std::string& line : replies[i].empathy_lines) empathy_lines.add(i, line);
    const int score = std::clamp(replies[i].score, 0, 100);
    ++out.score_histogram[std::min<std::size_t>(score / 10, kHistogramBins - 1)];
  }
  out.reused_openers = std::move(openers).overused(replies.size(), options);
  out.reused_empathy_lines = std::move(empathy_lines).overused(replies.size(), options);

  out.near_duplicates_checked = replies.size() <= options.near_duplicate_max_replies;
  if (out.near_duplicates_checked) out.near_duplicates = near_duplicates(replies, options);

  out.lowest.resize(replies.size());
  std::iota(out.lowest.begin(), out.lowest.end(), 0);
  std::stable_sort(out.lowest.begin(), out.lowest.end(), [&](std::size_t a, std::size_t b) {
    return replies[a].score < replies[b].score;
  });
  if (out.lowest.size() > options.lowest_count) out.lowest.resize(options.lowest_count);

  out.top_rules = top_rules(replies, options.top_rule_count);
  return out;
}

std::string normalize_phrase(std::string_view text) {
  const NormalizedText normalized(text);
  std::string out;
  out.reserve(normalized.text().size());
  bool pending_space = false;
  for (char c : normalized.text()) {
    if (is_ascii_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += ascii_lower(c);
  }
  while (!out.empty() && std::string_view(".!?,;: ").find(out.back()) != std::string_view::npos) {
    out.pop_back();
  }
  return out;
}

std::string opener_of(std::string_view reply) {
  std::size_t next = 0;
  std::string_view sentence = trim_ascii_space(sentence_at(reply, 0, &next));
  const bool salutation = !sentence.empty() && (sentence.back() == ',' || sentence.back() == '!') &&
                          word_count(sentence) <= 4;
  if (salutation) sentence = trim_ascii_space(sentence_at(reply, next, &next));
  return std::string(sentence);
}

double shingle_similarity(std::string_view a, std::string_view b, std::size_t shingle_words) {
  return jaccard(shingles_of(a, shingle_words), shingles_of(b, shingle_words));
}

}  // namespace replylint
