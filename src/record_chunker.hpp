// SPDX-License-Identifier: MIT
// Cuts a large input into chunks of whole records for streaming (docs/input-formats.md,
// "Large files"), so memory stays bounded however big the file is.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "replylint/reader.hpp"

namespace replylint {

/// Where a chunk may end: before any line (JSON Lines, --unit line), after a blank line
/// (--unit paragraph), before a line that starts a transcript turn, or before an element of a
/// top-level JSON array (a .json export; see RecordChunker).
enum class RecordKind { Line, Paragraph, Turn, JsonArray };

/// Whole records of one file and where they sit in it.
struct Chunk {
  std::string text;
  std::size_t base_offset = 0;  ///< file offset of text[0]
  int base_line = 1;            ///< line of text[0] as LineIndex counts ("\n", "\r\n", "\r")
  int base_newline_line = 1;    ///< 1 + the '\n' bytes before text[0] (record line numbers)
  TranscriptState transcript;   ///< transcript state at text[0]
  /// JsonArray: when the input is a top-level array, the index of the first element that starts
  /// in text (ReaderInput::json_first_element); nullopt when it is not an array (one chunk).
  std::optional<std::size_t> json_first_element;
};

/// Reads up to `size` bytes into `buffer`; returns how many, 0 at the end, -1 on an error.
using ReadBytes = std::function<long(char* buffer, std::size_t size)>;

/// Cuts what `read` gives into chunks of about `block_size` bytes that end at a record boundary.
/// A record longer than a block makes its chunk longer. A chunk never starts with a UTF-8 byte
/// order mark (only the file's first bytes may take no column), and never ends inside a
/// `replylint-disable` region or right after a `replylint-disable-next-line` comment, so
/// suppression comments act exactly as in the whole file (an unclosed region keeps the rest of
/// the file in one chunk).
///
/// JsonArray cuts only right before an element (not the first) of the top-level array, found by a
/// byte scanner that tracks strings, escapes and nesting depth: so the first chunk holds the BOM,
/// whitespace and `[`, the separators (`,` and whitespace) after an element stay with it, and the
/// last chunk holds the closing `]` and whatever follows. An input that does not start with `[`
/// (a single conversation object, or not JSON) is never cut. Malformed JSON may make the scanner
/// cut in odd places; each chunk is validated by the reader, so that only costs precision.
class RecordChunker {
 public:
  RecordChunker(ReadBytes read, RecordKind kind, std::size_t block_size);

  /// The next chunk; false at the end or on a read error (see failed()).
  bool next(Chunk* chunk);

  /// The input's first `size` bytes (fewer when it is shorter), read ahead of next().
  std::string_view peek(std::size_t size);

  bool failed() const { return failed_; }
  /// Bytes handed out so far.
  std::size_t offset() const { return offset_; }

 private:
  /// Reads until the buffer holds `want` bytes or the input ends.
  void fill(std::size_t want);
  /// Looks at complete lines not yet scanned, remembering the last place a chunk may end.
  void scan();
  void scan_json();
  bool cut_allowed(std::size_t cut) const;
  void emit(std::size_t cut, const TranscriptState& state, Chunk* chunk);

  ReadBytes read_;
  RecordKind kind_;
  std::size_t block_size_;
  std::string buffer_;  ///< read, not yet handed out
  bool eof_ = false;
  bool failed_ = false;
  // Position of buffer_[0] in the file.
  std::size_t offset_ = 0;
  int line_ = 1;
  int newline_line_ = 1;
  TranscriptState start_state_;  ///< at buffer_[0]
  // Forward scan over buffer_'s lines.
  std::size_t scan_pos_ = 0;     ///< start of the first line not scanned
  bool previous_blank_ = false;  ///< the line before scan_pos_ was blank
  TranscriptState scan_state_;   ///< at scan_pos_
  std::size_t cut_ = 0;          ///< last allowed cut found (0: none)
  TranscriptState cut_state_;    ///< transcript state at cut_
  // JsonArray scanner state, at scan_pos_.
  enum class JsonPhase { BeforeArray, InArray, Done } json_phase_ = JsonPhase::BeforeArray;
  bool json_array_ = false;  ///< the input is a top-level array
  bool json_in_string_ = false;
  bool json_escape_ = false;
  std::size_t json_depth_ = 0;         ///< 1 directly inside the top-level array
  bool json_expect_element_ = false;   ///< at depth 1, the next value starts an element
  std::size_t json_elements_ = 0;      ///< elements started before scan_pos_
  std::size_t json_cut_elements_ = 0;  ///< elements started before cut_
  std::size_t json_handed_ = 0;        ///< elements started before buffer_[0]
  std::size_t json_next_check_ = 0;    ///< scan_json() stops at an allowed cut from here on
};

/// True when `text` ends inside a `replylint-disable` region or with a
/// `replylint-disable-next-line` comment that no line follows (suppressions.hpp).
bool suppression_open_at_end(std::string_view text);

}  // namespace replylint
