// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "replylint/required_literals.hpp"

namespace replylint {

/// How serious a problem finding is; `--fail-on` compares against it.
enum class Severity { Info = 0, Warning = 1, Error = 2 };

/// The empathy dimensions a reply can show (docs/scoring.md).
enum class Dimension { Acknowledge = 0, Cause, Validate, Ownership, Action, Explore };
inline constexpr std::size_t kDimensionCount = 6;
/// Their names, in Dimension order: the one list dimension_names() and the JSON writers use.
inline constexpr std::array<const char*, kDimensionCount> kDimensionNames = {
    "acknowledge", "cause", "validate", "ownership", "action", "explore"};

std::string_view to_string(Severity severity);
std::string_view to_string(Dimension dimension);
std::optional<Severity> parse_severity(std::string_view text);
std::optional<Dimension> parse_dimension(std::string_view text);
const std::vector<std::string>& severity_names();
const std::vector<std::string>& dimension_names();
/// Every category a rule may carry; `empathy` is the only evidence category.
const std::vector<std::string>& category_names();

/// Where something was written in a rule file.
struct SourceLocation {
  std::string path;
  int line = 0;
  int column = 0;
  std::string pointer;    ///< JSON pointer of the value
  std::string line_text;  ///< the source line, for carets in diagnostics

  bool operator==(const SourceLocation&) const = default;
};

/// An RE2 pattern as written, remembered with its place so compile errors can point at it.
struct Pattern {
  Pattern() = default;
  Pattern(std::string text, SourceLocation location)
      : text(std::move(text)), location(std::move(location)) {}

  std::string text;
  SourceLocation location;
  /// required_literals(text) when it was worked out ahead (the embedded packs' match patterns,
  /// at build time: rule_snapshot.hpp); otherwise the Matcher works it out.
  bool literals_known = false;
  std::optional<RequiredLiterals> literals;

  bool operator==(const Pattern&) const = default;
};

/// One example text attached to a rule, with the place it was written.
struct RuleExample {
  std::string text;
  SourceLocation location;

  bool operator==(const RuleExample&) const = default;
};

/// A rule as loaded from a pack: pure data, no compiled regexes (the Matcher owns those).
struct Rule {
  std::string id;
  std::string pack;
  std::string category;
  std::optional<Dimension> dimension;  ///< set for evidence rules only
  Severity severity = Severity::Warning;
  int weight = 0;  ///< < 0 problem, > 0 evidence
  std::string message;
  std::vector<Pattern> patterns;
  std::vector<Pattern> unless;
  std::vector<Pattern> unless_before;
  std::vector<Pattern> unless_after;
  int window = 30;
  std::vector<Dimension> unless_reply_has;
  bool case_sensitive = false;
  std::vector<std::string> suggest;
  std::vector<std::string> explain;
  std::string source;
  std::vector<RuleExample> match_examples;
  std::vector<RuleExample> no_match_examples;
  SourceLocation location;  ///< where the rule's id is written

  bool is_evidence() const { return weight > 0; }
  bool operator==(const Rule&) const = default;
};

}  // namespace replylint
