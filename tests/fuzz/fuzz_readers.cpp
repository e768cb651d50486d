// SPDX-License-Identifier: MIT
// libFuzzer target: every input reader, then the linter. Byte 0 picks the format (text with each
// --unit, transcript, jsonl, json, csv, markdown, email), byte 1 a few InputOptions; the rest is
// the file. Spans must lie inside the file and their text maps must be consistent; every finding
// must lie inside its reply's span and every diagnostic inside the file.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "replylint/linter.hpp"
#include "replylint/matcher.hpp"
#include "replylint/reader.hpp"
#include "replylint/rule_loader.hpp"

namespace {

// Small, fixed: a problem with negation context, evidence, an apostrophe the normaliser folds,
// and non-ASCII runs, which land on decoded escapes, quoted-printable and U+FFFD replacements.
constexpr const char* kPack = R"({"format": 1, "pack": "fz", "rules": [
 {"id": "fz/sorry", "category": "sympathy", "weight": -5, "message": "{match}",
  "patterns": ["sorry to hear", "i'm sorry"], "unless_before": ["\\bnot\\b"],
  "examples": {"match": [], "no_match": []}},
 {"id": "fz/feel", "category": "empathy", "dimension": "acknowledge", "weight": 10,
  "message": "{match}", "patterns": ["\\bfrustrat\\w*"], "examples": {"match": [], "no_match": []}},
 {"id": "fz/wide", "category": "hollow", "severity": "info", "weight": -1, "message": "{match}",
  "patterns": ["[^ -~]+"], "unless_reply_has": ["acknowledge"],
  "examples": {"match": [], "no_match": []}}]})";

struct Engine {
  replylint::RuleSet rules;
  replylint::Diagnostics diagnostics;
  std::unique_ptr<replylint::Matcher> matcher;
  Engine() {
    rules.rules = replylint::load_rule_pack(kPack, "fz.json", {}, diagnostics).rules;
    matcher = std::make_unique<replylint::Matcher>(rules, diagnostics);
    if (diagnostics.has_errors() || rules.rules.size() != 3) std::abort();
  }
};

void check(bool ok) {
  if (!ok) std::abort();
}

// Options worth varying: the field names the record readers look up, the agent's roles and
// the transcript's agent pattern. Chosen so that the seeds' shapes stay reachable.
replylint::InputOptions options_from(std::uint8_t bits) {
  replylint::InputOptions options;
  static const char* const text_fields[] = {"", "text", "reply.body", "message"};
  options.text_field = text_fields[bits & 3];
  if (bits & 4) options.role_field = "speaker";
  if (bits & 8) options.agent_roles.push_back("assistant");
  static const char* const agents[] = {"", "^a", "customer|bot", "\\w+"};
  options.agent_pattern = agents[(bits >> 4) & 3];
  if (bits & 64) {
    options.turns_field = "conversation.turns";
    options.reply_fields = {"agentURL.url_utterance", "reply"};
  }
  return options;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Engine engine;
  if (size < 2) return 0;
  const std::uint8_t selector = data[0] % 9;
  const std::uint8_t bits = data[1];
  replylint::Document document;
  document.path = "fuzz";
  document.display_name = "fuzz";
  document.content.assign(reinterpret_cast<const char*>(data) + 2, size - 2);
  const std::string& content = document.content;

  replylint::InputOptions options = options_from(bits);
  static const replylint::ReplyUnit units[] = {
      replylint::ReplyUnit::File, replylint::ReplyUnit::Paragraph, replylint::ReplyUnit::Line};
  options.format = replylint::InputFormat::Text;
  if (selector < 3) {
    options.unit = units[selector];
  } else {
    options.format = static_cast<replylint::InputFormat>(selector - 2);
  }
  replylint::Diagnostics diagnostics;
  check(replylint::prepare_input_options(&options, diagnostics));

  // Bit 7: read as a streaming caller would, one chunk starting after the first line.
  std::size_t chunk_begin = 0;
  std::vector<replylint::ReplySpan> spans;
  if (bits & 128) {
    const std::size_t newline = content.find('\n');
    chunk_begin = newline == std::string::npos ? 0 : newline + 1;
    replylint::ReaderInput input;
    input.text = std::string_view(content).substr(chunk_begin);
    input.base_offset = chunk_begin;
    input.base_line = chunk_begin == 0 ? 1 : 2;
    input.display_name = "fuzz";
    spans = replylint::read_chunk(*options.format, input, options, diagnostics);
  } else {
    spans = replylint::read_replies(document, options, diagnostics);
  }

  const int lines = 1 + static_cast<int>(std::count(content.begin(), content.end(), '\n') +
                                         std::count(content.begin(), content.end(), '\r'));
  for (const auto& d : diagnostics.items()) {
    check(d.line >= 0 && d.line <= lines && d.column >= 0);
    (void)replylint::format_diagnostic(d);
  }
  for (const auto& span : spans) {
    check(chunk_begin <= span.begin && span.begin <= span.end && span.end <= content.size());
    if (!span.origin.empty()) {
      // The map covers every byte of the text plus one past the end, in order, inside the span.
      check(span.origin.size() == span.text.size() + 1);
      check(std::is_sorted(span.origin.begin(), span.origin.end()));
      check(span.origin.front() >= span.begin && span.origin.back() <= span.end);
    } else if (!span.text.empty()) {
      check(span.text.size() == span.end - span.begin);  // blanked in place
    }
  }

  const replylint::Linter linter(*engine.matcher);
  const replylint::FileReport report = linter.lint(document, spans);
  check(report.replies.size() == spans.size());
  for (const auto& reply : report.replies) {
    check(reply.score.value >= 0 && reply.score.value <= 100);
    for (const auto* list : {&reply.findings, &reply.evidence}) {
      for (const auto& f : *list) {
        check(f.offset >= reply.span.begin && f.offset + f.length <= reply.span.end);
        check(f.start.line >= 1 && f.start.column >= 1);
        check(f.start.line < f.end.line ||
              (f.start.line == f.end.line && f.start.column <= f.end.column));
      }
    }
  }
  return 0;
}
