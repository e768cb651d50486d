// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "replylint/config.hpp"
#include "replylint/document.hpp"
#include "replylint/linter.hpp"
#include "replylint/matcher.hpp"
#include "replylint/report.hpp"

namespace replylint {

/// Lints documents the way a config and the document's own comments ask (docs/configuration.md):
///
/// 1. suppression comments are found in the document and blanked in the replies' texts, so their
///    words are never linted as the agent's;
/// 2. the Linter runs;
/// 3. findings the comments suppress are removed, then the config's RulePolicy for the file drops
///    disabled rules' findings and sets severity overrides;
/// 4. replies that lost findings or evidence are scored again (a suppressed or disabled rule no
///    longer weighs in the score);
/// 5. findings about the suppression comments (unused, without reason, malformed) are added,
///    under the same policy, without weighing in any score.
///
/// Immutable after construction and safe to share by threads. `matcher` and `config` must
/// outlive it.
class ConfiguredLinter {
 public:
  ConfiguredLinter(const Matcher& matcher, const Config& config);

  /// The report for `document` whose replies a reader found as `replies`. The report points to
  /// `document`, which must outlive it.
  FileReport lint(const Document& document, std::vector<ReplySpan> replies) const;

  const Config& config() const { return config_; }

 private:
  const Matcher& matcher_;
  const Config& config_;
  Linter linter_;
  std::vector<std::string> rule_ids_;
};

}  // namespace replylint
