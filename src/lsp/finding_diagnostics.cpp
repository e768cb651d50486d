// SPDX-License-Identifier: MIT
#include "lsp/finding_diagnostics.hpp"

#include "lsp/protocol_json.hpp"

namespace replylint::lsp {

using nlohmann::json;

namespace {

int lsp_severity(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return 1;
    case Severity::Warning:
      return 2;
    case Severity::Info:
      return 3;
  }
  return 2;
}

std::vector<std::string> present_dimensions(const Score& score) {
  std::vector<std::string> names;
  for (std::size_t d = 0; d < kDimensionCount; ++d) {
    if (score.dimensions[d].present) names.emplace_back(to_string(static_cast<Dimension>(d)));
  }
  return names;
}

bool is_web_address(const std::string& text) {
  return text.rfind("https://", 0) == 0 || text.rfind("http://", 0) == 0;
}

}  // namespace

std::string score_summary(const ReplyReport& reply) {
  std::string dimensions;
  for (const std::string& name : present_dimensions(reply.score)) {
    dimensions += (dimensions.empty() ? "" : ", ") + name;
  }
  std::string summary = "score " + std::to_string(reply.score.value) + "/100 " +
                        std::string(to_string(reply.score.verdict));
  if (!reply.span.id.empty()) summary += " [" + reply.span.id + "]";
  return summary + " (" + (dimensions.empty() ? "no empathy evidence" : dimensions) + ")";
}

json finding_diagnostic(const Finding& finding, const PositionMapper& positions) {
  const Rule& rule = *finding.rule;
  json diagnostic = {
      {"range", positions.range(finding.offset, finding.offset + finding.length)},
      {"severity", lsp_severity(finding.severity())},
      {"code", rule.id},
      {"source", "replylint"},
      {"message", finding.message},
      {"data", {{"rule", rule.id}, {"suggestions", rule.suggest}}},
  };
  if (is_web_address(rule.source)) diagnostic["codeDescription"] = {{"href", rule.source}};
  return diagnostic;
}

json score_diagnostic(const ReplyReport& reply, const std::string& text,
                      const PositionMapper& positions) {
  const std::size_t begin = reply.span.begin;
  std::size_t end = text.find_first_of("\r\n", begin);
  if (end == std::string::npos || end > reply.span.end) end = reply.span.end;
  return {
      {"range", positions.range(begin, end)},
      {"severity", 3},
      {"code", kScoreCode},
      {"source", "replylint"},
      {"message", score_summary(reply)},
      {"data",
       {{"score", reply.score.value},
        {"verdict", to_string(reply.score.verdict)},
        {"dimensions", present_dimensions(reply.score)}}},
  };
}

json lint_diagnostics(const BufferLint& lint, const PositionMapper& positions) {
  json diagnostics = json::array();
  for (const ReplyReport& reply : lint.report.replies) {
    diagnostics.push_back(score_diagnostic(reply, lint.document.content, positions));
    for (const Finding& finding : reply.findings) {
      diagnostics.push_back(finding_diagnostic(finding, positions));
    }
  }
  return diagnostics;
}

}  // namespace replylint::lsp
