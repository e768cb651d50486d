// SPDX-License-Identifier: MIT
// Helpers shared by the reader tests: read inline input in one format, look at the replies as
// the linter sees them, and lint them to check that findings land on the right file bytes.
#pragma once

#include <string>
#include <vector>

#include "replylint/linter.hpp"
#include "replylint/reader.hpp"
#include "test_rules.hpp"

namespace replylint::testing {

/// Reads `content` as `format`; diagnostics go to `diagnostics` when given, else must be none.
inline std::vector<ReplySpan> read_as(InputFormat format, const std::string& content,
                                      InputOptions options = {},
                                      Diagnostics* diagnostics = nullptr) {
  Diagnostics local;
  REQUIRE(prepare_input_options(&options, local));
  ReaderInput input;
  input.text = content;
  input.display_name = "input";
  std::vector<ReplySpan> replies =
      read_chunk(format, input, options, diagnostics ? *diagnostics : local);
  for (const Diagnostic& d : local.items()) FAIL(format_diagnostic(d));
  return replies;
}

/// The text the linter matches for `span` (after decoding and blanking).
inline std::string lint_text(const std::string& content, const ReplySpan& span) {
  return span.rewritten() ? span.text : content.substr(span.begin, span.end - span.begin);
}

/// The texts of all replies, in order.
inline std::vector<std::string> lint_texts(const std::string& content,
                                           const std::vector<ReplySpan>& replies) {
  std::vector<std::string> out;
  for (const ReplySpan& span : replies) out.push_back(lint_text(content, span));
  return out;
}

/// The ids of all replies, in order.
inline std::vector<std::string> ids_of(const std::vector<ReplySpan>& replies) {
  std::vector<std::string> out;
  for (const ReplySpan& span : replies) out.push_back(span.id);
  return out;
}

/// One finding as the user sees it: the file bytes it covers and where it starts.
struct Located {
  std::string bytes;
  int line = 0;
  int column = 0;
  bool operator==(const Located& other) const {
    return bytes == other.bytes && line == other.line && column == other.column;
  }
};

inline std::ostream& operator<<(std::ostream& out, const Located& located) {
  return out << '"' << located.bytes << "\" at " << located.line << ':' << located.column;
}

/// Lints `replies` of `content` with one rule made of `patterns` (a JSON array text) and
/// returns every finding's file bytes and position.
inline std::vector<Located> findings_in(const std::string& content,
                                        const std::vector<ReplySpan>& replies,
                                        const std::string& patterns) {
  const RuleSet rules = rules_from(pack_of(rule_json("test/phrase", "sympathy", -10, patterns)));
  Diagnostics diagnostics;
  const Matcher matcher(rules, diagnostics);
  Document document;
  document.path = "input";
  document.display_name = "input";
  document.content = content;
  const FileReport report = Linter(matcher).lint(document, replies);
  std::vector<Located> out;
  for (const ReplyReport& reply : report.replies) {
    for (const Finding& finding : reply.findings) {
      out.push_back({content.substr(finding.offset, finding.length), finding.start.line,
                     finding.start.column});
    }
  }
  return out;
}

}  // namespace replylint::testing
