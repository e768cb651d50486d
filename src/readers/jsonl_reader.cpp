// SPDX-License-Identifier: MIT
// JSON Lines: one object per line. A record is a reply when its role names the agent or it has
// no role at all (a list of replies, such as a macro export); its text is decoded with every
// byte mapped back to its escape sequence, so findings point into the original line.
#include "json_record.hpp"
#include "json_scan.hpp"
#include "readers.hpp"
#include "record_fields.hpp"
#include "replylint/ascii.hpp"

namespace replylint::readers {
namespace {

bool blank_line(std::string_view line) {
  for (char c : line) {
    if (!is_ascii_space(c)) return false;
  }
  return true;
}

}  // namespace

std::vector<ReplySpan> read_jsonl(const ReaderInput& input, const InputOptions& options,
                                  Diagnostics& diagnostics) {
  const std::string_view text = input.text;
  std::vector<ReplySpan> out;
  SkippedTexts skipped;
  const std::size_t first_diagnostic = diagnostics.size();
  std::size_t line_index = 0;
  for (std::size_t line_begin = 0; line_begin < text.size(); ++line_index) {
    std::size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line = text.substr(line_begin, line_end - line_begin);
    const std::size_t next = line_end + 1;
    if (blank_line(line)) {
      line_begin = next;
      continue;
    }
    if (auto error = check_json(line)) {
      report_on_line(input, line_index, line_begin, line_begin + error->offset,
                     DiagnosticLevel::Error, "malformed JSON record: " + error->message,
                     diagnostics);
      line_begin = next;
      continue;
    }
    const std::size_t record = skip_json_space(text, line_begin);
    if (text[record] != '{') {
      report_on_line(input, line_index, line_begin, record, DiagnosticLevel::Error,
                     "a JSON Lines record must be an object", diagnostics);
    } else if (json_speaker(text, record, options) != Speaker::Other) {
      std::string field;
      const std::optional<std::size_t> value = find_json_text(text, record, options, &field);
      if (!value) {
        skipped.add(record, "record has no text field (looked for " +
                                join_names(text_field_candidates(options)) + ")");
      } else if (text[*value] != '"') {
        skipped.add(*value, "field \"" + field + "\" is not a string");
      } else if (auto reply =
                     json_string_reply(input, *value, json_record_id(text, record, options))) {
        out.push_back(std::move(*reply));
      }
    }
    line_begin = next;
  }
  skipped.report(input, diagnostics);
  diagnostics.sort_from(first_diagnostic);
  return out;
}

}  // namespace replylint::readers
