// SPDX-License-Identifier: MIT
#include "replylint/reader.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "readers/readers.hpp"

namespace replylint {
namespace {

using ReaderFunction = std::vector<ReplySpan> (*)(const ReaderInput&, const InputOptions&,
                                                  Diagnostics&);

struct ReaderRow {
  InputFormat format;
  const char* name;                     // --input value
  std::vector<std::string> extensions;  // lowercase, with the dot
  ReaderFunction read;
};

// One row per input format, in InputFormat order; each reader lives in src/readers/.
const std::vector<ReaderRow>& reader_table() {
  static const std::vector<ReaderRow> table = {
      {InputFormat::Text, "text", {}, readers::read_text},
      {InputFormat::Transcript, "transcript", {".transcript"}, readers::read_transcript},
      {InputFormat::Jsonl, "jsonl", {".jsonl", ".ndjson"}, readers::read_jsonl},
      {InputFormat::Json, "json", {".json"}, readers::read_json},
      {InputFormat::Csv, "csv", {".csv"}, readers::read_csv},
      {InputFormat::Markdown, "markdown", {".md", ".markdown"}, readers::read_markdown},
      {InputFormat::Email, "email", {".eml"}, readers::read_email},
  };
  return table;
}

const ReaderRow& row_of(InputFormat format) {
  return reader_table()[static_cast<std::size_t>(format)];
}

std::shared_ptr<const re2::RE2> compile_agent_pattern(std::string_view pattern) {
  re2::RE2::Options options(re2::RE2::Quiet);
  options.set_case_sensitive(false);
  options.set_max_mem(8 << 20);
  return std::make_shared<const re2::RE2>(re2::StringPiece(pattern.data(), pattern.size()),
                                          options);
}

}  // namespace

bool prepare_input_options(InputOptions* options, Diagnostics& diagnostics) {
  const std::string_view pattern =
      options->agent_pattern.empty() ? kDefaultAgentPattern : options->agent_pattern;
  options->agent_speaker = compile_agent_pattern(pattern);
  if (!options->agent_speaker->ok()) {
    diagnostics.error("", "--agent: invalid pattern \"" + std::string(pattern) +
                              "\": " + options->agent_speaker->error());
    options->agent_speaker.reset();
    return false;
  }
  return true;
}

const std::vector<std::string>& input_format_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const ReaderRow& row : reader_table()) out.push_back(row.name);
    return out;
  }();
  return names;
}

std::optional<InputFormat> parse_input_format(std::string_view name) {
  for (const ReaderRow& row : reader_table()) {
    if (name == row.name) return row.format;
  }
  return std::nullopt;
}

InputFormat format_for_path(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  const std::size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
    return InputFormat::Text;
  }
  std::string extension(path.substr(dot));
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const ReaderRow& row : reader_table()) {
    if (std::find(row.extensions.begin(), row.extensions.end(), extension) !=
        row.extensions.end()) {
      return row.format;
    }
  }
  return InputFormat::Text;
}

std::vector<ReplySpan> read_chunk(InputFormat format, const ReaderInput& input,
                                  const InputOptions& options, Diagnostics& diagnostics) {
  return row_of(format).read(input, options, diagnostics);
}

std::vector<ReplySpan> read_replies(const Document& document, const InputOptions& options,
                                    Diagnostics& diagnostics) {
  const InputFormat format =
      options.format.value_or(document.path ? format_for_path(*document.path) : InputFormat::Text);
  ReaderInput input;
  input.text = document.content;
  input.display_name = document.display_name;
  // A UTF-8 byte order mark is not part of the first line, record or header.
  if (input.text.substr(0, 3) == "\xEF\xBB\xBF") {
    input.text.remove_prefix(3);
    input.base_offset = 3;
  }
  return read_chunk(format, input, options, diagnostics);
}

}  // namespace replylint
