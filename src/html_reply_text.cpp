// SPDX-License-Identifier: MIT
#include "html_reply_text.hpp"

#include <algorithm>

#include "html_escape.hpp"
#include "replylint/ascii.hpp"

namespace replylint {
namespace {

void add_highlights(const std::vector<Finding>& findings, bool evidence, const ReplySpan& span,
                    std::size_t size, std::vector<Highlight>& out) {
  for (const Finding& finding : findings) {
    std::size_t begin = 0;
    std::size_t end = 0;
    const std::size_t file_end = finding.offset + finding.length;
    if (!span.origin.empty()) {
      // origin[i] is the file offset text byte i came from (non-decreasing): the first text byte
      // at or past each end of the finding.
      begin = std::lower_bound(span.origin.begin(), span.origin.end(), finding.offset) -
              span.origin.begin();
      end =
          std::lower_bound(span.origin.begin(), span.origin.end(), file_end) - span.origin.begin();
    } else {
      begin = finding.offset >= span.begin ? finding.offset - span.begin : 0;
      end = file_end >= span.begin ? file_end - span.begin : 0;
    }
    begin = std::min(begin, size);
    end = std::min(end, size);
    if (begin >= end) continue;
    const Rule& rule = *finding.rule;
    std::string label = rule.category;
    if (rule.dimension) label += ": " + std::string(to_string(*rule.dimension));
    out.push_back({begin, end, rule.category, evidence, rule.id, std::move(label)});
  }
}

}  // namespace

ReplyText reply_text(const ReplyReport& reply, const Document& document) {
  const ReplySpan& span = reply.span;
  ReplyText out;
  if (!span.origin.empty()) {
    out.text = span.text;
  } else {
    // Same-length rewrites only blank placeholders or quoted lines: show them as written.
    out.text = document.bytes(span.begin, span.end);
  }
  add_highlights(reply.findings, false, span, out.text.size(), out.highlights);
  add_highlights(reply.evidence, true, span, out.text.size(), out.highlights);
  std::stable_sort(out.highlights.begin(), out.highlights.end(),
                   [](const Highlight& a, const Highlight& b) { return a.begin < b.begin; });
  return out;
}

std::string highlight_html(const ReplyText& text) {
  const std::string_view all(text.text);
  std::string out;
  std::size_t at = 0;
  for (std::size_t i = 0; i < text.highlights.size();) {
    // A cluster of overlapping highlights becomes one mark.
    const Highlight& first = text.highlights[i];
    const std::size_t begin = std::max(first.begin, at);
    std::size_t end = first.end;
    std::vector<std::string> labels;
    std::vector<std::string> rules;
    for (; i < text.highlights.size() && text.highlights[i].begin < end; ++i) {
      const Highlight& h = text.highlights[i];
      end = std::max(end, h.end);
      if (std::find(labels.begin(), labels.end(), h.label) == labels.end()) {
        labels.push_back(h.label);
      }
      if (std::find(rules.begin(), rules.end(), h.rule) == rules.end()) rules.push_back(h.rule);
    }
    if (begin >= end) continue;
    std::string label;
    std::string titles;
    for (const std::string& text : labels) label += (label.empty() ? "" : ", ") + text;
    for (const std::string& rule : rules) titles += (titles.empty() ? "" : ", ") + rule;
    out += html_escape(all.substr(at, begin - at));
    out += "<mark class=\"hl cat-" + css_token(first.category) +
           (first.evidence ? " hl-evidence" : " hl-problem") + "\" title=\"" + html_escape(titles) +
           "\">" + html_escape(all.substr(begin, end - begin)) +
           "<span class=\"hl-tag\"><span class=\"vh\"> (</span>" + html_escape(label) +
           "<span class=\"vh\">)</span></span></mark>";
    at = end;
  }
  out += html_escape(all.substr(at));
  return out;
}

std::string css_token(std::string_view category) {
  std::string out;
  for (char c : category) {
    c = ascii_lower(c);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') out += c;
  }
  return out.empty() ? "other" : out;
}

}  // namespace replylint
