// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "replylint/document.hpp"
#include "replylint/report.hpp"
#include "replylint/scoring_model.hpp"

namespace replylint {

/// Inline suppression comments (docs/configuration.md, "Inline suppressions"):
///
///     replylint-disable-next-line RULE[, RULE…] -- reason
///     replylint-disable-line RULE[, RULE…] -- reason
///     replylint-disable RULE[, RULE…] -- reason      …      replylint-enable [RULE…]
///
/// RULE is a rule id, `pack/*` or `all` (rule_selector.hpp). They are recognised inside:
/// - a line of their own in any text, optionally after `#` or `//` (plain text has no comments);
/// - `<!-- … -->` (Markdown, HTML);
/// - `{% comment %} … {% endcomment %}` and `{% # … %}` (Liquid), `{# … #}` (Jinja);
/// and only when the comment's text starts with `replylint-`. Other comments are left alone.
enum class DirectiveKind { DisableNextLine, DisableLine, Disable, Enable };

/// One rule selector as written in a directive, with its file offset.
struct DirectiveRule {
  std::string text;
  std::size_t offset = 0;
};

/// One suppression comment. Offsets are bytes into the scanned content.
struct SuppressionDirective {
  DirectiveKind kind = DirectiveKind::DisableNextLine;
  std::vector<DirectiveRule> rules;  ///< empty only for a bare `replylint-enable` (or malformed)
  std::string reason;                ///< after " -- ", whitespace collapsed; empty when missing
  std::size_t offset = 0;            ///< where "replylint-" starts
  std::size_t length = 0;            ///< through the end of the directive's text
  std::size_t comment_begin = 0;     ///< the whole comment, delimiters included: [begin, end)
  std::size_t comment_end = 0;
  /// Set when the directive cannot be read (unknown keyword, no rule named): it then suppresses
  /// nothing and is reported as `replylint/invalid-suppression` with this message.
  std::string problem;
};

/// Every suppression comment of one document, in file order.
struct Suppressions {
  std::vector<SuppressionDirective> directives;
  bool empty() const { return directives.empty(); }
};

/// "replylint-disable-next-line" and so on: the keyword of a directive kind.
std::string_view directive_keyword(DirectiveKind kind);

/// Finds the suppression comments in `content`. Pure; never fails (what cannot be read becomes
/// a directive with a `problem`).
Suppressions scan_suppressions(std::string_view content);

/// Blanks the suppression comments inside the replies' texts (same length, line breaks kept;
/// ReplySpan::text or the bytes its `origin` maps to) so the comment's words are never linted
/// as the agent's, and trims the whitespace this leaves at a reply's ends. A reply with nothing
/// else left is removed. `content` is the document the spans index.
void blank_suppression_comments(const std::string& content, const Suppressions& suppressions,
                                std::vector<ReplySpan>& replies);

/// Removes from `report` the problem findings the directives suppress (evidence is never
/// suppressed) and returns the findings about the directives themselves, in file order, not
/// yet placed in a reply: unused selectors and unknown rule ids (`replylint/unused-suppression`),
/// missing reasons (`replylint/suppression-without-reason`) and malformed directives
/// (`replylint/invalid-suppression`). `rule_ids` are the loaded rules, for "did you mean".
/// A directive without a reason still suppresses. Scores are not recomputed here.
std::vector<Finding> apply_suppressions(const Suppressions& suppressions, FileReport& report,
                                        const std::vector<std::string>& rule_ids);

/// Adds findings that belong to no rule match (the suppression findings) to the reply that
/// holds each one's offset, else the next reply, else the last; a file without replies gets one
/// reply spanning the first such finding, scored as empty. Scores are left as they are: these
/// findings never weigh in a score.
void place_file_findings(FileReport& report, std::vector<Finding> findings,
                         const ScoringModel& model);

}  // namespace replylint
