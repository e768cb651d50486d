// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "replylint/diagnostic.hpp"
#include "replylint/document.hpp"

namespace re2 {
class RE2;
}

namespace replylint {

/// The shapes replies live in (docs/input-formats.md describes each one).
enum class InputFormat { Text, Transcript, Jsonl, Json, Csv, Markdown, Email };

/// How inputs are cut into replies. Plain data, shared read-only by every reader and thread.
struct InputOptions {
  std::optional<InputFormat> format;  ///< nullopt: chosen by file extension (format_for_path)
  ReplyUnit unit = ReplyUnit::File;   ///< text only: whole file, paragraph or line

  /// transcript: speakers whose label matches are the agent. Set by prepare_input_options() from
  /// `agent_pattern`; when null the default pattern is used.
  std::shared_ptr<const re2::RE2> agent_speaker;
  std::string agent_pattern;  ///< RE2, case-insensitive; empty for kDefaultAgentPattern

  /// jsonl, json, csv: field (dotted path; CSV: header name) holding the reply text. Empty: the
  /// first present of kDefaultTextFields.
  std::string text_field;
  std::string role_field = "role";                   ///< jsonl, json, csv: who wrote the record
  std::vector<std::string> agent_roles = {"agent"};  ///< role values (or turn keys) of the agent
  std::string id_field = "id";                       ///< jsonl, json, csv: carried to ReplySpan::id
  /// json: path of the turns array inside a conversation. Empty: the first present of
  /// kDefaultTurnsFields.
  std::string turns_field;
  std::vector<std::string> reply_fields;  ///< json: conversation paths holding agent replies
};

/// Speaker labels counted as the agent when --agent is not given.
inline constexpr std::string_view kDefaultAgentPattern =
    R"(\b(agent|support|rep|representative|advisor|staff)\b)";
/// Field names tried, in order, when --text-field is not given.
inline const std::vector<std::string> kDefaultTextFields = {"text", "body", "content", "message",
                                                            "reply"};
/// Turn-array names tried, in order, when --turns-field is not given.
inline const std::vector<std::string> kDefaultTurnsFields = {"turns", "messages", "dialogContent"};

/// Compiles the agent pattern. Reports an invalid pattern as an error and returns false.
bool prepare_input_options(InputOptions* options, Diagnostics& diagnostics);

/// Names accepted by --input, in InputFormat order ("text", "transcript", …).
const std::vector<std::string>& input_format_names();

/// The format called `name`, or nullopt.
std::optional<InputFormat> parse_input_format(std::string_view name);

/// The format a file's extension implies (case-insensitive); Text when nothing else fits.
/// `.transcript` transcript, `.jsonl`/`.ndjson` jsonl, `.json` json, `.csv` csv, `.md`/`.markdown`
/// markdown, `.eml` email.
InputFormat format_for_path(std::string_view path);

/// transcript: what a chunk inherits from the chunks before it in the same file.
struct TranscriptState {
  int turns = 0;                    ///< turns before the chunk; numbering continues from here
  std::optional<bool> timestamped;  ///< set by the file's first speaker line (timestamped log?)
};

/// Bytes a reader works on: a whole file or a chunk of whole records from one, so that a
/// streaming caller can feed a large file piece by piece.
struct ReaderInput {
  std::string_view text;
  std::size_t base_offset = 0;  ///< file offset of text[0]; spans and origins include it
  int base_line = 1;            ///< line number of text[0], for diagnostics
  std::string display_name;     ///< path shown in diagnostics
  TranscriptState transcript;   ///< transcript chunks after the first: the state they start in
  /// json: set when `text` is a run of whole elements of a top-level array streamed in chunks
  /// (RecordKind::JsonArray): the index of its first element in the array. The text is then
  /// `[`-opened only when this is 0, may end after a `,`, and holds the closing `]` only in the
  /// last chunk. Unset: `text` is one whole JSON value.
  std::optional<std::size_t> json_first_element;
};

/// transcript: true when `line` (without its line terminator) starts a new turn in a file in
/// `state`, which then counts it. A streaming caller cuts transcripts before such lines and
/// hands the state on (ReaderInput::transcript).
bool transcript_turn_starts(std::string_view line, TranscriptState* state);

/// Reads one chunk in `format`. Pure: depends only on its arguments. Problems in the input
/// (a malformed record, a missing column) are appended to `diagnostics` with path:line:col and the
/// rest is still read. Every returned span has its placeholders blanked (placeholders.hpp), and
/// its offsets (begin/end/origin) are file offsets.
std::vector<ReplySpan> read_chunk(InputFormat format, const ReaderInput& input,
                                  const InputOptions& options, Diagnostics& diagnostics);

/// The single entry point: the replies of a whole document, in the format `options.format` or
/// the one its path implies (stdin without a name reads as text).
std::vector<ReplySpan> read_replies(const Document& document, const InputOptions& options,
                                    Diagnostics& diagnostics);

}  // namespace replylint
