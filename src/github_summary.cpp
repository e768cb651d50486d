// SPDX-License-Identifier: MIT
#include "github_summary.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace replylint {
namespace {

// Backslash-escapes the ASCII punctuation that GitHub Markdown could read as markup or as a
// table cell boundary, and keeps the text on one line.
std::string markdown_escape(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\n' || c == '\r') {
      out += ' ';  // a line break would end the table row
      continue;
    }
    if (std::string_view("\\`*_[]<>|~&#!").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string one_decimal(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

}  // namespace

void LowestReplies::add(SummaryReply reply) {
  const auto at =
      std::upper_bound(replies_.begin(), replies_.end(), reply.score,
                       [](int score, const SummaryReply& kept) { return score < kept.score; });
  if (at == replies_.end() && replies_.size() >= kSummaryLowest) return;
  replies_.insert(at, std::move(reply));
  if (replies_.size() > kSummaryLowest) replies_.pop_back();
}

std::string github_step_summary(const Summary& summary, const std::vector<SummaryReply>& lowest) {
  std::ostringstream md;
  md << "### replylint\n\n";
  md << "| files | replies | mean score | lowest score | unreadable |\n"
     << "|---:|---:|---:|---:|---:|\n"
     << "| " << summary.files << " | " << summary.replies << " | "
     << (summary.replies ? one_decimal(summary.mean_score) : "–") << " | "
     << (summary.min_score ? std::to_string(*summary.min_score) : "–") << " | " << summary.errors
     << " |\n\n";

  md << "| verdict | replies |\n|---|---:|\n";
  for (std::size_t v = 0; v < summary.by_verdict.size(); ++v) {
    md << "| " << verdict_names()[v] << " | " << summary.by_verdict[v] << " |\n";
  }
  md << "\n| severity | findings |\n|---|---:|\n";
  for (std::size_t s = summary.by_severity.size(); s-- > 0;) {  // error first
    md << "| " << severity_names()[s] << " | " << summary.by_severity[s] << " |\n";
  }

  if (!lowest.empty()) {
    md << "\n#### Lowest scores\n\n| reply | score | verdict | findings |\n|---|---:|---|---:|\n";
    for (const SummaryReply& reply : lowest) {
      md << "| " << markdown_escape(reply.location) << " | " << reply.score << " | "
         << to_string(reply.verdict) << " | " << reply.findings << " |\n";
    }
  }
  return md.str();
}

}  // namespace replylint
