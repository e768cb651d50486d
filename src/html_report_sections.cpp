// SPDX-License-Identifier: MIT
#include "html_report_sections.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "html_escape.hpp"
#include "html_reply_card.hpp"
#include "html_reply_text.hpp"

namespace replylint {
namespace {

// How many replies a table cell links before it says "and N more".
constexpr std::size_t kMaxRefs = 12;

std::string fixed(double value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string reply_link(const std::vector<ReplyDigest>& replies, std::size_t i) {
  const ReplyDigest& reply = replies[i];
  std::string out = "<a href=\"#reply-" + std::to_string(i + 1) + "\">" +
                    html_escape(reply_title(reply.display_name, reply.line, reply.id)) + "</a>";
  if (!reply.id.empty()) {
    out += " <span class=\"where\">" + html_escape(reply_location(reply.display_name, reply.line)) +
           "</span>";
  }
  return out;
}

std::string reply_links(const std::vector<ReplyDigest>& replies,
                        const std::vector<std::size_t>& indices) {
  std::string out = "<ul class=\"refs\">";
  for (std::size_t k = 0; k < indices.size() && k < kMaxRefs; ++k) {
    out += "<li>" + reply_link(replies, indices[k]) + "</li>";
  }
  if (indices.size() > kMaxRefs) {
    out += "<li>and " + std::to_string(indices.size() - kMaxRefs) + " more</li>";
  }
  return out + "</ul>";
}

std::string verdict_badge(Verdict verdict) {
  const std::string name(to_string(verdict));
  return "<span class=\"badge verdict-" + name + "\">" + name + "</span>";
}

std::string stat(const std::string& label, const std::string& value) {
  return "<div><dt>" + label + "</dt><dd>" + value + "</dd></div>\n";
}

std::string verdicts_html(const Summary& summary) {
  std::string out =
      "<section aria-labelledby=\"verdicts-title\">\n<h3 id=\"verdicts-title\">"
      "Verdicts</h3>\n<ul class=\"verdicts\">\n";
  const std::size_t most = std::max<std::size_t>(
      1, *std::max_element(summary.by_verdict.begin(), summary.by_verdict.end()));
  for (std::size_t v = 0; v < summary.by_verdict.size(); ++v) {
    const std::size_t count = summary.by_verdict[v];
    const std::string name = verdict_names()[v];
    out += "<li>" + verdict_badge(static_cast<Verdict>(v)) + "<span class=\"count\">" +
           std::to_string(count) + "</span><span class=\"bar verdict-" + name +
           "\" aria-hidden=\"true\" style=\"width: " +
           fixed(100.0 * static_cast<double>(count) / static_cast<double>(most), 1) +
           "%\"></span></li>\n";
  }
  return out + "</ul>\n</section>\n";
}

std::string top_rules_html(const LibraryAnalytics& analytics) {
  std::string out =
      "<section aria-labelledby=\"rules-title\">\n<h3 id=\"rules-title\">Rules that "
      "fire most</h3>\n";
  if (analytics.top_rules.empty())
    return out + "<p class=\"none\">No rule found a problem.</p>\n</section>\n";
  out +=
      "<table>\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Category</th>"
      "<th scope=\"col\" class=\"num\">Findings</th><th scope=\"col\" class=\"num\">Replies"
      "</th></tr></thead>\n<tbody>\n";
  for (const RuleFrequency& rule : analytics.top_rules) {
    out += "<tr><td><a href=\"#replies\" data-filter-rule=\"" + html_escape(rule.rule) +
           "\"><code>" + html_escape(rule.rule) + "</code></a></td><td><span class=\"tag cat-" +
           css_token(rule.category) + "\">" + html_escape(rule.category) +
           "</span></td><td class=\"num\">" + std::to_string(rule.findings) +
           "</td><td class=\"num\">" + std::to_string(rule.replies) + "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n</section>\n";
}

std::string lowest_html(const LibraryAnalytics& analytics, const std::vector<ReplyDigest>& replies,
                        const AnalyticsOptions& options) {
  std::string out =
      "<section aria-labelledby=\"lowest-title\">\n<h3 id=\"lowest-title\">"
      "Lowest-scoring replies</h3>\n<p class=\"note\">The coldest replies (up to " +
      std::to_string(options.lowest_count) + "), lowest score first.</p>\n";
  if (analytics.lowest.empty()) return out + "<p class=\"none\">No replies.</p>\n</section>\n";
  out +=
      "<table>\n<thead><tr><th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">"
      "Verdict</th><th scope=\"col\">Reply</th><th scope=\"col\" class=\"num\">Findings</th>"
      "</tr></thead>\n<tbody>\n";
  for (std::size_t i : analytics.lowest) {
    out += "<tr><td class=\"num\">" + std::to_string(replies[i].score) + "</td><td>" +
           verdict_badge(replies[i].verdict) + "</td><td>" + reply_link(replies, i) +
           "</td><td class=\"num\">" + std::to_string(replies[i].problems.size()) + "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n</section>\n";
}

std::string phrases_html(const std::string& id, const std::string& title, const std::string& note,
                         const std::string& column, const std::vector<ReusedPhrase>& phrases,
                         const std::vector<ReplyDigest>& replies) {
  std::string out = "<section aria-labelledby=\"" + id + "\">\n<h3 id=\"" + id + "\">" + title +
                    "</h3>\n<p class=\"note\">" + note + "</p>\n";
  if (phrases.empty()) return out + "<p class=\"none\">None found.</p>\n</section>\n";
  out += "<table>\n<thead><tr><th scope=\"col\">" + column +
         "</th><th scope=\"col\" class=\"num\">Replies</th><th scope=\"col\" class=\"num\">Share"
         "</th><th scope=\"col\">Where</th></tr></thead>\n<tbody>\n";
  for (const ReusedPhrase& phrase : phrases) {
    const double share = static_cast<double>(phrase.replies.size()) /
                         static_cast<double>(std::max<std::size_t>(1, replies.size()));
    out += "<tr><td class=\"phrase\">\u201C" + html_escape(phrase.example) +
           "\u201D</td><td class=\"num\">" + std::to_string(phrase.replies.size()) +
           "</td><td class=\"num\">" + fixed(share * 100, 0) + "%</td><td>" +
           reply_links(replies, phrase.replies) + "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n</section>\n";
}

std::string near_duplicates_html(const LibraryAnalytics& analytics,
                                 const std::vector<ReplyDigest>& replies,
                                 const AnalyticsOptions& options) {
  std::string out =
      "<section aria-labelledby=\"duplicates-title\">\n<h3 id=\"duplicates-title\">Near-duplicate "
      "replies</h3>\n<p class=\"note\">Replies whose " +
      std::to_string(options.shingle_words) + "-word shingles overlap by a Jaccard similarity of " +
      fixed(options.near_duplicate_similarity, 2) + " or more, grouped when they chain.</p>\n";
  if (!analytics.near_duplicates_checked) {
    return out + "<p class=\"none\">Not checked: the library has more than " +
           std::to_string(options.near_duplicate_max_replies) + " replies.</p>\n</section>\n";
  }
  if (analytics.near_duplicates.empty()) {
    return out + "<p class=\"none\">None found.</p>\n</section>\n";
  }
  out += "<ul class=\"groups\">\n";
  for (const NearDuplicateGroup& group : analytics.near_duplicates) {
    out += "<li>" + plural(group.replies.size(), "reply", "replies") + ", similarity " +
           (group.similarity >= 1 ? std::string("1 (identical wording)")
                                  : "at least " + fixed(group.similarity, 2)) +
           ": " + reply_links(replies, group.replies) + "</li>\n";
  }
  return out + "</ul>\n</section>\n";
}

}  // namespace

std::string histogram_svg(const std::array<std::size_t, kHistogramBins>& bins) {
  constexpr double kLeft = 10, kSlot = 54, kBar = 38, kBase = 160, kTall = 128;
  const std::size_t most = std::max<std::size_t>(1, *std::max_element(bins.begin(), bins.end()));
  std::string description = "Replies per score band: ";
  std::string bars;
  for (std::size_t i = 0; i < bins.size(); ++i) {
    const int low = static_cast<int>(i) * 10;
    const std::string range =
        std::to_string(low) + "\u2013" + std::to_string(i + 1 == bins.size() ? 100 : low + 9);
    description += range + ": " + std::to_string(bins[i]) + (i + 1 == bins.size() ? "." : ", ");
    const double height = kTall * static_cast<double>(bins[i]) / static_cast<double>(most);
    const double x = kLeft + kSlot * static_cast<double>(i) + (kSlot - kBar) / 2;
    const double center = kLeft + kSlot * static_cast<double>(i) + kSlot / 2;
    const char* band = low < 40 ? "band-low" : low < 70 ? "band-mid" : "band-high";
    bars += "<rect class=\"" + std::string(band) + "\" x=\"" + fixed(x, 1) + "\" y=\"" +
            fixed(kBase - height, 1) + "\" width=\"" + fixed(kBar, 1) + "\" height=\"" +
            fixed(height, 1) + "\" rx=\"3\"/>\n";
    bars += "<text x=\"" + fixed(center, 1) + "\" y=\"" + fixed(kBase - height - 6, 1) +
            "\" text-anchor=\"middle\">" + std::to_string(bins[i]) + "</text>\n";
    bars += "<text class=\"label\" x=\"" + fixed(center, 1) +
            "\" y=\"178\" text-anchor=\"middle\">" + range + "</text>\n";
  }
  return "<svg class=\"histogram\" viewBox=\"0 0 560 200\" role=\"img\" "
         "aria-labelledby=\"histogram-title histogram-desc\" "
         "xmlns=\"http://www.w3.org/2000/svg\">\n"
         "<title id=\"histogram-title\">Score distribution</title>\n<desc id=\"histogram-desc\">" +
         description + "</desc>\n<line class=\"axis\" x1=\"" + fixed(kLeft, 1) + "\" y1=\"" +
         fixed(kBase + 0.5, 1) + "\" x2=\"" + fixed(kLeft + kSlot * 10, 1) + "\" y2=\"" +
         fixed(kBase + 0.5, 1) + "\"/>\n" + bars +
         "<text class=\"label\" x=\"280\" y=\"196\" text-anchor=\"middle\">score</text>\n</svg>\n";
}

std::string summary_section_html(const Summary& summary, const LibraryAnalytics& analytics) {
  std::string out =
      "<section class=\"panel\" id=\"summary\" aria-labelledby=\"summary-title\">\n"
      "<h2 id=\"summary-title\">Summary</h2>\n<dl class=\"stats\">\n";
  out += stat("Files", std::to_string(summary.files));
  out += stat("Replies", std::to_string(summary.replies));
  out += stat("Findings", std::to_string(summary.findings));
  out += stat("Mean score", summary.min_score ? fixed(summary.mean_score, 1) : "\u2013");
  out += stat("Lowest score", summary.min_score ? std::to_string(*summary.min_score) : "\u2013");
  if (summary.errors) out += stat("Unreadable inputs", std::to_string(summary.errors));
  out += "</dl>\n<div class=\"grid2\">\n" + verdicts_html(summary);
  out +=
      "<section aria-labelledby=\"histogram-heading\">\n<h3 id=\"histogram-heading\">Score "
      "distribution</h3>\n<figure>\n" +
      histogram_svg(analytics.score_histogram) +
      "<figcaption>Replies per score band (0\u2013100); bands below 40, 40\u201369 and 70 and "
      "up are coloured like the dismissive, sympathetic and empathetic verdicts."
      "</figcaption>\n</figure>\n</section>\n</div>\n";
  out += top_rules_html(analytics);
  return out + "</section>\n";
}

std::string analytics_section_html(const LibraryAnalytics& analytics,
                                   const std::vector<ReplyDigest>& replies,
                                   const AnalyticsOptions& options) {
  const std::string reuse = "used by at least " + std::to_string(options.reuse_min_count) +
                            " replies, or by " + fixed(options.reuse_min_share * 100, 0) +
                            "% of the library (and at least 2 replies)";
  std::string out =
      "<section class=\"panel\" id=\"analytics\" aria-labelledby=\"analytics-title\">"
      "\n<h2 id=\"analytics-title\">Library analytics</h2>\n";
  out += lowest_html(analytics, replies, options);
  out += phrases_html("openers-title", "Reused openers",
                      "First sentences (after a greeting such as \u201CHi Sam,\u201D) " + reuse +
                          ": the same opening everywhere sounds scripted.",
                      "Opener", analytics.reused_openers, replies);
  out += phrases_html("empathy-lines-title", "Reused empathy lines",
                      "Empathy evidence with the same wording " + reuse +
                          ": a stock empathy line stops sounding sincere.",
                      "Empathy line", analytics.reused_empathy_lines, replies);
  out += near_duplicates_html(analytics, replies, options);
  return out + "</section>\n";
}

}  // namespace replylint
