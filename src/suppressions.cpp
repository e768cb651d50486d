// SPDX-License-Identifier: MIT
// Applying suppression comments to a linted file (suppressions.hpp); finding them is in
// suppression_scanner.cpp.
#include "replylint/suppressions.hpp"

#include <algorithm>

#include "replylint/ascii.hpp"
#include "replylint/builtin_rules.hpp"
#include "replylint/placeholders.hpp"
#include "replylint/rule_selector.hpp"
#include "replylint/text_position.hpp"

namespace replylint {

void blank_suppression_comments(const std::string& content, const Suppressions& suppressions,
                                std::vector<ReplySpan>& replies) {
  if (suppressions.empty()) return;
  std::vector<ReplySpan> kept;
  kept.reserve(replies.size());
  // Directives come in file order and never overlap, so the ones inside a span are a run found
  // by binary search: a million one-line replies stay linear.
  const std::vector<SuppressionDirective>& directives = suppressions.directives;
  for (ReplySpan& span : replies) {
    bool touched = false;
    auto directive = std::partition_point(
        directives.begin(), directives.end(),
        [&](const SuppressionDirective& d) { return d.comment_end <= span.begin; });
    for (; directive != directives.end() && directive->comment_begin < span.end; ++directive) {
      const std::size_t begin = std::max(directive->comment_begin, span.begin);
      const std::size_t end = std::min(directive->comment_end, span.end);
      if (begin >= end) continue;
      if (!span.rewritten()) span.text = content.substr(span.begin, span.end - span.begin);
      touched = true;
      if (span.origin.empty()) {
        blank_range(span.text, begin - span.begin, end - span.begin);
        continue;
      }
      for (std::size_t i = 0; i < span.text.size(); ++i) {
        if (span.origin[i] >= begin && span.origin[i] < end) blank_range(span.text, i, i + 1);
      }
    }
    if (!touched) {
      kept.push_back(std::move(span));
      continue;
    }
    // Trim what the blanking left at the ends, so the reply starts where its words do.
    std::size_t first = 0, last = span.text.size();
    while (first < last && is_ascii_space(span.text[first])) ++first;
    while (last > first && is_ascii_space(span.text[last - 1])) --last;
    if (first == last) continue;
    if (span.origin.empty()) {
      span.begin += first;
      span.end = span.begin + (last - first);
    } else {
      span.origin.erase(span.origin.begin() + static_cast<std::ptrdiff_t>(last + 1),
                        span.origin.end());
      span.origin.erase(span.origin.begin(),
                        span.origin.begin() + static_cast<std::ptrdiff_t>(first));
      span.begin = span.origin.front();
      span.end = span.origin.back();
    }
    span.text = span.text.substr(first, last - first);
    kept.push_back(std::move(span));
  }
  replies = std::move(kept);
}

namespace {

// What one directive covers: a line for the line forms, offset ranges for a block (one per
// rule, since `replylint-enable RULE` may close some of a directive's rules and not others).
struct Coverage {
  const SuppressionDirective* directive;
  int line = 0;                      // next-line / line forms; 0 = no line
  std::size_t begin = 0;             // block form: [begin, ends[r]) for rule r
  std::vector<std::size_t> ends;     // block form
  std::vector<bool> closed;          // block form: an enable named the rule
  std::vector<bool> used;            // per rule of the directive
  std::vector<std::string> unknown;  // per rule: why it names no rule, or ""
};

bool only_directives(std::string_view content, std::size_t begin, std::size_t end,
                     const Suppressions& suppressions) {
  for (std::size_t i = begin; i < end; ++i) {
    if (is_ascii_space(content[i])) continue;
    const bool inside = std::any_of(
        suppressions.directives.begin(), suppressions.directives.end(),
        [&](const SuppressionDirective& d) { return i >= d.comment_begin && i < d.comment_end; });
    if (!inside) return false;
  }
  return true;
}

// The line a next-line directive covers: the first line after the comment that holds anything
// but whitespace and other suppression comments (so directives can be stacked); 0 when none.
int next_line_target(std::string_view content, const LineIndex& lines,
                     const SuppressionDirective& directive, const Suppressions& suppressions) {
  const int last_line = lines.position(directive.comment_end - 1).line;
  for (int line = last_line + 1; line <= lines.line_count(); ++line) {
    const std::size_t begin = lines.line_start(line);
    const std::size_t end = lines.line_start(line + 1);
    if (!only_directives(content, begin, end, suppressions)) return line;
  }
  return 0;
}

Finding make_finding(const char* rule_id, std::string_view content, const LineIndex& lines,
                     std::size_t offset, std::size_t length, std::string message) {
  Finding finding;
  finding.rule = find_builtin_rule(rule_id);
  finding.offset = offset;
  finding.length = length;
  finding.match = std::string(content.substr(offset, length));
  finding.start = lines.position(offset);
  finding.end = lines.position(offset + length);
  finding.message = std::move(message);
  return finding;
}

// `shift` turns the chunk's line numbers into the file's (Document::base_line): positions are
// moved later with the rest of the report, text is not.
std::string unused_message(const Coverage& coverage, std::size_t rule, const LineIndex& lines,
                           int shift) {
  const std::string head = "\"" + coverage.directive->rules[rule].text + "\" suppresses nothing: ";
  const DirectiveKind kind = coverage.directive->kind;
  if (kind != DirectiveKind::Disable) {
    if (coverage.line == 0) return head + "no line follows the comment";
    return head + "no finding of it on line " + std::to_string(coverage.line + shift);
  }
  const std::size_t end = coverage.ends[rule];
  const int first = lines.position(coverage.begin).line + shift;
  const int last = lines.position(end > 0 ? end - 1 : 0).line + shift;
  return head + "no finding of it between lines " + std::to_string(first) + " and " +
         std::to_string(last);
}

// `replylint-enable [RULE…]`: ends the open blocks of the rules it names (all open ones when it
// names none) at the comment; a rule it names that no block has open is reported.
void close_blocks(std::string_view content, const LineIndex& lines,
                  const SuppressionDirective& enable, std::vector<Coverage>& coverages,
                  std::vector<Finding>& out) {
  const auto close = [&](const std::string* text) {
    bool closed = false;
    for (auto open = coverages.rbegin(); open != coverages.rend(); ++open) {
      if (open->directive->kind != DirectiveKind::Disable) continue;
      for (std::size_t r = 0; r < open->directive->rules.size(); ++r) {
        if (open->closed[r] || (text && open->directive->rules[r].text != *text)) continue;
        open->ends[r] = enable.comment_begin;
        open->closed[r] = true;
        closed = true;
        if (text) return true;  // the innermost block of that rule only
      }
    }
    return closed;
  };
  if (enable.rules.empty()) {
    if (!close(nullptr)) {
      out.push_back(make_finding(builtin::kUnusedSuppression, content, lines, enable.offset,
                                 enable.length, "replylint-enable closes no replylint-disable"));
    }
    return;
  }
  for (const DirectiveRule& rule : enable.rules) {
    if (close(&rule.text)) continue;
    out.push_back(make_finding(
        builtin::kUnusedSuppression, content, lines, rule.offset, rule.text.size(),
        "replylint-enable \"" + rule.text + "\" closes no replylint-disable of that rule"));
  }
}

std::vector<Coverage> coverages_of(std::string_view content, const LineIndex& lines,
                                   const Suppressions& suppressions,
                                   const std::vector<std::string>& rule_ids,
                                   std::vector<Finding>& out) {
  std::vector<Coverage> coverages;
  coverages.reserve(suppressions.directives.size());
  for (const SuppressionDirective& directive : suppressions.directives) {
    if (!directive.problem.empty()) {
      out.push_back(make_finding(builtin::kInvalidSuppression, content, lines, directive.offset,
                                 directive.length, directive.problem));
      continue;
    }
    if (directive.kind == DirectiveKind::Enable) {
      close_blocks(content, lines, directive, coverages, out);
      continue;
    }
    if (directive.reason.empty()) {
      out.push_back(make_finding(builtin::kSuppressionWithoutReason, content, lines,
                                 directive.offset, directive.length,
                                 std::string(directive_keyword(directive.kind)) +
                                     " gives no reason; add \" -- \" and why the text is fine "
                                     "here"));
    }
    Coverage coverage;
    coverage.directive = &directive;
    if (directive.kind == DirectiveKind::DisableNextLine) {
      coverage.line = next_line_target(content, lines, directive, suppressions);
    } else if (directive.kind == DirectiveKind::DisableLine) {
      coverage.line = lines.position(directive.comment_begin).line;
    } else {
      coverage.begin = directive.comment_end;
      coverage.ends.assign(directive.rules.size(), content.size());
      coverage.closed.assign(directive.rules.size(), false);
    }
    coverage.used.assign(directive.rules.size(), false);
    for (const DirectiveRule& rule : directive.rules) {
      std::string problem;
      if (rule.text.compare(0, 10, "replylint/") == 0) {
        problem = "findings about suppressions cannot be suppressed; disable \"" + rule.text +
                  "\" in the config instead";
      } else {
        problem = selector_problem(rule.text, rule_ids);
      }
      coverage.unknown.push_back(std::move(problem));
    }
    coverages.push_back(std::move(coverage));
  }
  return coverages;
}

bool covers(const Coverage& coverage, std::size_t rule, const Finding& finding) {
  if (coverage.directive->kind == DirectiveKind::Disable) {
    return finding.offset >= coverage.begin && finding.offset < coverage.ends[rule];
  }
  return coverage.line != 0 && finding.start.line == coverage.line;
}

}  // namespace

std::vector<Finding> apply_suppressions(const Suppressions& suppressions, FileReport& report,
                                        const std::vector<std::string>& rule_ids) {
  std::vector<Finding> out;
  if (suppressions.empty()) return out;
  const std::string_view content = report.document->content;
  const LineIndex lines(content);
  std::vector<Coverage> coverages = coverages_of(content, lines, suppressions, rule_ids, out);
  for (ReplyReport& reply : report.replies) {
    std::vector<Finding> kept;
    for (Finding& finding : reply.findings) {
      bool suppressed = false;
      for (Coverage& coverage : coverages) {
        const auto& rules = coverage.directive->rules;
        for (std::size_t r = 0; r < rules.size(); ++r) {
          if (!coverage.unknown[r].empty() || !covers(coverage, r, finding) ||
              !selector_matches(rules[r].text, finding.rule->id)) {
            continue;
          }
          // Every directive that covers a finding counts as used: overlapping suppressions are
          // redundant, not wrong.
          coverage.used[r] = true;
          suppressed = true;
        }
      }
      if (!suppressed) kept.push_back(std::move(finding));
    }
    reply.findings = std::move(kept);
  }
  for (const Coverage& coverage : coverages) {
    const auto& rules = coverage.directive->rules;
    for (std::size_t r = 0; r < rules.size(); ++r) {
      if (coverage.used[r]) continue;
      const std::string message =
          coverage.unknown[r].empty()
              ? unused_message(coverage, r, lines, report.document->base_line - 1)
              : "\"" + rules[r].text + "\" suppresses nothing: " + coverage.unknown[r];
      out.push_back(make_finding(builtin::kUnusedSuppression, content, lines, rules[r].offset,
                                 rules[r].text.size(), message));
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Finding& a, const Finding& b) { return a.offset < b.offset; });
  return out;
}

void place_file_findings(FileReport& report, std::vector<Finding> findings,
                         const ScoringModel& model) {
  for (Finding& finding : findings) {
    if (report.replies.empty()) {
      ReplyReport reply;
      reply.span.begin = finding.offset;
      reply.span.end = finding.offset + finding.length;
      reply.start = finding.start;
      reply.score = score_reply({}, {}, model);
      report.replies.push_back(std::move(reply));
    }
    // The reply holding the offset, else the first one after it, else the last one.
    auto host = std::find_if(report.replies.begin(), report.replies.end(),
                             [&](const ReplyReport& r) { return finding.offset < r.span.end; });
    if (host == report.replies.end()) --host;
    auto& list = host->findings;
    const auto at = std::upper_bound(
        list.begin(), list.end(), finding.offset,
        [](std::size_t offset, const Finding& other) { return offset < other.offset; });
    list.insert(at, std::move(finding));
  }
}

}  // namespace replylint
