// SPDX-License-Identifier: MIT
#include "replylint/linter.hpp"

#include <algorithm>
#include <array>

#include "replylint/normalizer.hpp"
#include "replylint/scorer.hpp"
#include "replylint/text_position.hpp"

namespace replylint {
namespace {

std::string fill_message(const std::string& message, std::string_view match) {
  std::string out;
  out.reserve(message.size() + match.size());
  std::size_t from = 0;
  for (std::size_t at; (at = message.find("{match}", from)) != std::string::npos;) {
    out.append(message, from, at - from);
    out.append(match);
    from = at + 7;
  }
  out.append(message, from, std::string::npos);
  return out;
}

// Reply-level conditions: a hit whose rule says `unless_reply_has` a dimension the reply shows
// is dropped. Evidence is counted from every hit, so the order of rules does not matter.
std::vector<Hit> apply_reply_conditions(const RuleSet& rules, std::vector<Hit> hits) {
  std::array<bool, kDimensionCount> present{};
  bool any_condition = false;
  for (const Hit& hit : hits) {
    const Rule& rule = rules.rules[hit.rule];
    if (rule.dimension) present[static_cast<std::size_t>(*rule.dimension)] = true;
    any_condition = any_condition || !rule.unless_reply_has.empty();
  }
  if (!any_condition) return hits;
  // Filtered in place: no second vector per reply.
  std::erase_if(hits, [&](const Hit& hit) {
    bool suppressed = false;
    for (Dimension dimension : rules.rules[hit.rule].unless_reply_has) {
      suppressed = suppressed || present[static_cast<std::size_t>(dimension)];
    }
    return suppressed;
  });
  return hits;
}

}  // namespace

FileReport Linter::lint(const Document& document, const std::vector<ReplySpan>& replies) const {
  FileReport report;
  report.document = &document;
  const LineIndex lines(document.content);
  report.replies.reserve(replies.size());  // a 100 MB file has ~300,000: no regrowth
  const std::string_view content(document.content);
  const auto reply_text = [&](const ReplySpan& span) {
    return span.rewritten() ? std::string_view(span.text)
                            : content.substr(span.begin, span.end - span.begin);
  };
  // Replies go to the matcher in groups (Matcher::match_each): enough text to keep its DFAs
  // warm from one reply to the next, little enough for the copies to stay in cache.
  std::vector<NormalizedText> normalized;
  std::vector<std::string_view> texts;
  for (std::size_t first = 0; first < replies.size();) {
    normalized.clear();
    std::size_t bytes = 0;
    std::size_t last = first;
    while (last < replies.size() && (last == first || bytes < kMatchGroupBytes)) {
      bytes += normalized.emplace_back(reply_text(replies[last++])).text().size();
    }
    texts.clear();  // views taken once the vector holding the strings has stopped growing
    for (const NormalizedText& text : normalized) texts.push_back(text.text());
    std::vector<std::vector<Hit>> hits = matcher_.match_each(texts);
    for (std::size_t k = 0; k < texts.size(); ++k) {
      report.replies.push_back(
          reply_report(replies[first + k], normalized[k], std::move(hits[k]), lines, content));
    }
    first = last;
  }
  return report;
}

ReplyReport Linter::reply_report(const ReplySpan& span, const NormalizedText& normalized,
                                 std::vector<Hit> hits, const LineIndex& lines,
                                 std::string_view content) const {
  const RuleSet& rules = matcher_.rules();
  ReplyReport reply;
  reply.span = span;
  reply.start = lines.position(span.begin);
  hits = apply_reply_conditions(rules, std::move(hits));
  const auto evidence = static_cast<std::size_t>(std::ranges::count_if(
      hits, [&](const Hit& hit) { return rules.rules[hit.rule].is_evidence(); }));
  reply.evidence.reserve(evidence);
  reply.findings.reserve(hits.size() - evidence);
  for (const Hit& hit : hits) {
    const Rule& rule = rules.rules[hit.rule];
    std::size_t begin = 0, end = 0;
    normalized.to_original(hit.begin, hit.end, &begin, &end);
    // Then from the reply's text to the file: through the reader's map when it has one.
    if (!span.origin.empty()) {
      begin = span.origin[begin];
      end = span.origin[end];
    } else {
      begin += span.begin;
      end += span.begin;
    }
    Finding finding;
    finding.rule = &rule;
    finding.offset = begin;
    finding.length = end - begin;
    finding.match.assign(content.substr(begin, end - begin));
    finding.start = lines.position(finding.offset);
    finding.end = lines.position(finding.offset + finding.length);
    finding.message = fill_message(rule.message, finding.match);
    (rule.is_evidence() ? reply.evidence : reply.findings).push_back(std::move(finding));
  }
  reply.score = score_reply(reply.findings, reply.evidence, rules.scoring);
  return reply;
}

}  // namespace replylint
