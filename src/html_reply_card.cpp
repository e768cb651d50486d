// SPDX-License-Identifier: MIT
#include "html_reply_card.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "html_escape.hpp"
#include "html_reply_text.hpp"

namespace replylint {
namespace {

std::string format_points(double points, bool sign) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, sign ? "%+.1f" : "%.1f", points);
  std::string text = buffer;
  if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
  // A real minus sign reads better than a hyphen.
  if (!text.empty() && text[0] == '-') text.replace(0, 1, "\u2212");
  return text;
}

std::string tag(const std::string& category, const std::string& text) {
  return "<span class=\"tag cat-" + css_token(category) + "\">" + html_escape(text) + "</span>";
}

std::string position(const Finding& finding) {
  return "<span class=\"pos\">line " + std::to_string(finding.start.line) + ", column " +
         std::to_string(finding.start.column) + "</span>";
}

std::string findings_html(const ReplyReport& reply, const std::string& id) {
  if (reply.findings.empty()) return "<p class=\"none\">No problems found.</p>\n";
  std::string out = "<ul class=\"findings\" aria-labelledby=\"" + id + "-findings\">\n";
  for (const Finding& finding : reply.findings) {
    const std::string severity(to_string(finding.severity()));
    out += "<li>" + tag(finding.rule->category, finding.rule->category) +
           " <span class=\"sev sev-" + severity + "\">" + severity + "</span> " +
           html_escape(finding.message) + " <code>" + html_escape(finding.rule->id) + "</code> " +
           position(finding) + "</li>\n";
  }
  return out + "</ul>\n";
}

std::string evidence_html(const ReplyReport& reply, const std::string& id) {
  if (reply.evidence.empty()) return "<p class=\"none\">No empathy evidence.</p>\n";
  std::string out = "<ul class=\"findings\" aria-labelledby=\"" + id + "-evidence\">\n";
  for (const Finding& finding : reply.evidence) {
    const Rule& rule = *finding.rule;
    const std::string label = rule.dimension
                                  ? rule.category + ": " + std::string(to_string(*rule.dimension))
                                  : rule.category;
    out += "<li>" + tag(rule.category, label) + " \u201C" + html_escape(finding.match) +
           "\u201D <code>" + html_escape(rule.id) + "</code> " + position(finding) + "</li>\n";
  }
  return out + "</ul>\n";
}

std::string suggestions_html(const ReplyReport& reply, const std::string& id) {
  std::vector<const Rule*> rules;
  for (const Finding& finding : reply.findings) {
    if (!finding.rule->suggest.empty() &&
        std::find(rules.begin(), rules.end(), finding.rule) == rules.end()) {
      rules.push_back(finding.rule);
    }
  }
  if (rules.empty()) return {};
  std::string out =
      "<h4 id=\"" + id + "-suggestions\">Suggestions</h4>\n<ul class=\"suggestions\">\n";
  for (const Rule* rule : rules) {
    for (const std::string& suggestion : rule->suggest) {
      out += "<li>" + html_escape(suggestion) + " <span class=\"for\">(for <code>" +
             html_escape(rule->id) + "</code>)</span></li>\n";
    }
  }
  return out + "</ul>\n";
}

std::string breakdown_html(const ReplyReport& reply) {
  const Score& score = reply.score;
  std::string out =
      "<details class=\"breakdown\">\n<summary>Score breakdown</summary>\n"
      "<table>\n<caption class=\"vh\">How the score " +
      std::to_string(score.value) +
      " was reached</caption>\n<thead><tr><th scope=\"col\">Step</th><th scope=\"col\">Detail"
      "</th><th scope=\"col\">Rule</th><th scope=\"col\" class=\"num\">Points</th></tr></thead>\n"
      "<tbody>\n";
  for (const ScoreStep& step : score.steps) {
    out += "<tr><td>" + html_escape(step.kind) + "</td><td>" + html_escape(step.detail) +
           "</td><td>" + (step.rule.empty() ? "" : "<code>" + html_escape(step.rule) + "</code>") +
           "</td><td class=\"num\">" + format_points(step.points, step.kind != "base") +
           "</td></tr>\n";
  }
  out +=
      "</tbody>\n<tfoot><tr><th scope=\"row\" colspan=\"3\">Score (kept within 0\u2013100, "
      "rounded)</th><td class=\"num\">" +
      std::to_string(score.value) + "</td></tr></tfoot>\n</table>\n";
  out += "<p class=\"dims-title\">Empathy dimensions shown:</p>\n<ul class=\"dims\">\n";
  for (std::size_t d = 0; d < kDimensionCount; ++d) {
    const DimensionEvidence& evidence = score.dimensions[d];
    const std::string name(to_string(static_cast<Dimension>(d)));
    out += evidence.present ? "<li class=\"dim-on\"><span aria-hidden=\"true\">\u2713 </span>" +
                                  name + "<span class=\"vh\">: shown</span></li>\n"
                            : "<li class=\"dim-off\"><span aria-hidden=\"true\">\u2013 </span>" +
                                  name + "<span class=\"vh\">: not shown</span></li>\n";
  }
  return out + "</ul>\n</details>\n";
}

// The ids of every rule that fired, each once, space-separated with a space at both ends so the
// script can look for " id ".
std::string rule_list(const ReplyReport& reply) {
  std::string rules = " ";
  for (const auto* list : {&reply.findings, &reply.evidence}) {
    for (const Finding& finding : *list) {
      if (rules.find(" " + finding.rule->id + " ") == std::string::npos) {
        rules += finding.rule->id + " ";
      }
    }
  }
  return rules;
}

// Title (with the location below it when the title is an id), score and verdict in words.
std::string head_html(const ReplyReport& reply, const Document& document, const std::string& id) {
  const std::string verdict(to_string(reply.score.verdict));
  std::string out =
      "<header class=\"card-head\">\n<div>\n<h3 id=\"" + id + "-title\"><a href=\"#" + id + "\">" +
      html_escape(reply_title(document.display_name, reply.start.line, reply.span.id)) +
      "</a></h3>\n";
  if (!reply.span.id.empty()) {
    out += "<p class=\"where\">" +
           html_escape(reply_location(document.display_name, reply.start.line)) + "</p>\n";
  }
  return out + "</div>\n<p class=\"score\"><span class=\"score-value\"><span class=\"vh\">Score " +
         "</span><strong>" + std::to_string(reply.score.value) +
         "</strong><span class=\"out-of\">/100</span></span> <span class=\"badge verdict-" +
         verdict + "\"><span class=\"vh\">verdict: </span>" + verdict + "</span></p>\n</header>\n";
}

}  // namespace

std::string reply_title(const std::string& display_name, int line, const std::string& id) {
  return id.empty() ? reply_location(display_name, line) : id;
}

std::string reply_location(const std::string& display_name, int line) {
  return display_name + ":" + std::to_string(line);
}

std::string reply_card_html(const ReplyReport& reply, const Document& document,
                            std::size_t number) {
  const std::string id = "reply-" + std::to_string(number);
  const std::string verdict(to_string(reply.score.verdict));
  std::string out = "<article class=\"card verdict-" + verdict + "\" id=\"" + id +
                    "\" aria-labelledby=\"" + id + "-title\" data-order=\"" +
                    std::to_string(number) + "\" data-score=\"" +
                    std::to_string(reply.score.value) + "\" data-verdict=\"" + verdict +
                    "\" data-rules=\"" + html_escape(rule_list(reply)) + "\">\n";
  out += head_html(reply, document, id);
  out += "<div class=\"reply-text\">" + highlight_html(reply_text(reply, document)) + "</div>\n";
  out += "<div class=\"card-body\">\n<div>\n<h4 id=\"" + id + "-findings\">Findings</h4>\n" +
         findings_html(reply, id) + "</div>\n<div>\n<h4 id=\"" + id +
         "-evidence\">Empathy evidence</h4>\n" + evidence_html(reply, id) + "</div>\n</div>\n";
  out += suggestions_html(reply, id);
  out += breakdown_html(reply);
  return out + "</article>\n";
}

}  // namespace replylint
