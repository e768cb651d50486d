// SPDX-License-Identifier: MIT
#include "lsp/hover.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "lsp/finding_diagnostics.hpp"
#include "lsp/protocol_json.hpp"

namespace replylint::lsp {

using nlohmann::json;

namespace {

std::string format_points(double points) {
  std::ostringstream out;
  const double rounded = std::round(points * 10) / 10;
  out << (rounded >= 0 ? "+" : "") << rounded;
  return out.str();
}

// How much one rule moved the reply's score: the sum of the scorer's steps that name it.
double contribution(const Score& score, const std::string& rule_id) {
  double total = 0;
  for (const ScoreStep& step : score.steps) {
    if (step.rule == rule_id) total += step.points;
  }
  return total;
}

std::string finding_text(const ReplyReport& reply, const Finding& finding) {
  const Rule& rule = *finding.rule;
  std::string text = "**" + rule.id + "** (" + rule.category;
  if (rule.dimension) text += ", " + std::string(to_string(*rule.dimension));
  text += rule.is_evidence() ? ", evidence" : ", " + std::string(to_string(finding.severity()));
  text += ")\n\n" + finding.message + "\n\n";
  for (const std::string& paragraph : rule.explain) text += paragraph + "\n\n";
  if (!rule.suggest.empty()) {
    text += "**Better:**\n";
    for (const std::string& suggestion : rule.suggest) text += "- " + suggestion + "\n";
    text += "\n";
  }
  const auto& same_rule = rule.is_evidence() ? reply.evidence : reply.findings;
  const auto hits = std::count_if(same_rule.begin(), same_rule.end(),
                                  [&](const Finding& f) { return f.rule == finding.rule; });
  text += "**Score:** weight " + format_points(rule.weight) + "; moves this reply by " +
          format_points(contribution(reply.score, rule.id));
  if (hits > 1) text += " (" + std::to_string(hits) + " hits)";
  if (rule.is_evidence() && contribution(reply.score, rule.id) == 0) {
    text += " (a stronger rule already shows this dimension)";
  }
  return text + " → " + score_summary(reply);
}

std::string score_text(const ReplyReport& reply) {
  std::string text = "**replylint " + score_summary(reply) + "**\n\n";
  for (const ScoreStep& step : reply.score.steps) {
    text += "- " + format_points(step.points) + " " + step.kind;
    if (!step.detail.empty()) text += " (" + step.detail + ")";
    if (!step.rule.empty()) text += " `" + step.rule + "`";
    text += "\n";
  }
  return text;
}

const Finding* finding_at(const std::vector<Finding>& findings, std::size_t offset) {
  for (const Finding& finding : findings) {
    if (finding.offset <= offset && offset < finding.offset + finding.length) return &finding;
  }
  return nullptr;
}

json make_hover(std::string text, const Range& range, bool markdown) {
  return {{"contents", {{"kind", markdown ? "markdown" : "plaintext"}, {"value", std::move(text)}}},
          {"range", range}};
}

}  // namespace

json hover_at(const BufferLint& lint, std::size_t offset, const PositionMapper& positions,
              bool markdown) {
  for (const ReplyReport& reply : lint.report.replies) {
    // Problems first: when a problem and evidence overlap, the problem is what needs attention.
    const Finding* finding = finding_at(reply.findings, offset);
    if (!finding) finding = finding_at(reply.evidence, offset);
    if (finding) {
      return make_hover(finding_text(reply, *finding),
                        positions.range(finding->offset, finding->offset + finding->length),
                        markdown);
    }
  }
  const std::string& text = lint.document.content;
  for (const ReplyReport& reply : lint.report.replies) {
    std::size_t line_end = text.find_first_of("\r\n", reply.span.begin);
    if (line_end == std::string::npos || line_end > reply.span.end) line_end = reply.span.end;
    if (reply.span.begin <= offset && offset <= line_end) {
      return make_hover(score_text(reply), positions.range(reply.span.begin, line_end), markdown);
    }
  }
  return nullptr;
}

}  // namespace replylint::lsp
