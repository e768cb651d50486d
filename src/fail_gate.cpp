// SPDX-License-Identifier: MIT
#include "fail_gate.hpp"

namespace replylint {

FailGate::FailGate(const Thresholds& thresholds) : thresholds_(thresholds) {
  if (thresholds.fail_on) threshold_ = static_cast<int>(*thresholds.fail_on);
  // With --max-warnings, warnings fail by count rather than one by one.
  if (thresholds.max_warnings && threshold_ == static_cast<int>(Severity::Warning)) {
    threshold_ = static_cast<int>(Severity::Error);
  }
}

void FailGate::add(const FileReport& report) {
  for (const ReplyReport& reply : report.replies) {
    const bool accepted_by_baseline = reply.baselined > 0 && reply.findings.empty();
    if (thresholds_.min_score && reply.score.value < *thresholds_.min_score &&
        !accepted_by_baseline) {
      failed_ = true;
    }
    for (const Finding& finding : reply.findings) {
      const Severity severity = finding.severity();
      if (threshold_ >= 0 && static_cast<int>(severity) >= threshold_) failed_ = true;
      if (severity == Severity::Warning) ++warnings_;
    }
  }
}

bool FailGate::failed() const {
  return failed_ || (thresholds_.max_warnings &&
                     warnings_ > static_cast<std::size_t>(*thresholds_.max_warnings));
}

}  // namespace replylint
