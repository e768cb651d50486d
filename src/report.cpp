// SPDX-License-Identifier: MIT
#include "replylint/report.hpp"

namespace replylint {

void Summary::add(const FileReport& report) {
  if (!report.continued) ++files;
  double total = mean_score * static_cast<double>(replies);
  for (const ReplyReport& reply : report.replies) {
    ++replies;
    findings += reply.findings.size();
    evidence += reply.evidence.size();
    for (const Finding& finding : reply.findings) {
      ++by_severity[static_cast<std::size_t>(finding.severity())];
    }
    ++by_verdict[static_cast<std::size_t>(reply.score.verdict)];
    total += reply.score.value;
    if (!min_score || reply.score.value < *min_score) min_score = reply.score.value;
  }
  mean_score = replies ? total / static_cast<double>(replies) : 0;
}

}  // namespace replylint
