// SPDX-License-Identifier: MIT
#include "replylint/configured_linter.hpp"

#include "replylint/rule_policy.hpp"
#include "replylint/scorer.hpp"
#include "replylint/suppressions.hpp"

namespace replylint {

ConfiguredLinter::ConfiguredLinter(const Matcher& matcher, const Config& config)
    : matcher_(matcher), config_(config), linter_(matcher), rule_ids_(matcher.rules().ids()) {}

FileReport ConfiguredLinter::lint(const Document& document, std::vector<ReplySpan> replies) const {
  const Suppressions suppressions = scan_suppressions(document.content);
  blank_suppression_comments(document.content, suppressions, replies);
  FileReport report = linter_.lint(document, replies);
  const RulePolicy policy = RulePolicy::for_file(config_, document.path);
  if (suppressions.empty() && policy.empty()) return report;

  std::vector<std::size_t> sizes;
  for (const ReplyReport& reply : report.replies) {
    sizes.push_back(reply.findings.size() + reply.evidence.size());
  }
  std::vector<Finding> about_comments = apply_suppressions(suppressions, report, rule_ids_);
  const ScoringModel& model = matcher_.rules().scoring;
  for (std::size_t i = 0; i < report.replies.size(); ++i) {
    ReplyReport& reply = report.replies[i];
    policy.apply(reply.findings);
    policy.apply(reply.evidence);
    if (reply.findings.size() + reply.evidence.size() != sizes[i]) {
      reply.score = score_reply(reply.findings, reply.evidence, model);
    }
  }
  policy.apply(about_comments);
  place_file_findings(report, std::move(about_comments), model);
  return report;
}

}  // namespace replylint
