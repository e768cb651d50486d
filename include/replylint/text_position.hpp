// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace replylint {

/// A position in a text in every unit a consumer may want.
struct TextPosition {
  int line = 1;          ///< 1-based
  int column = 1;        ///< 1-based, Unicode code points (an invalid byte counts as one)
  int column_utf16 = 1;  ///< 1-based, UTF-16 code units (LSP, SARIF utf16CodeUnits)
  int column_byte = 1;   ///< 1-based, UTF-8 bytes (reviewdog rdjson)
};

/// Maps byte offsets of one text to lines and columns. Built once per text in O(n); each lookup
/// is a binary search plus a scan of the line prefix. The text must outlive the index.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  /// The same for a piece of a file (Document::base_offset, base_line): offsets passed in and
  /// returned are file offsets, lines are file lines. `text` must start at a line start.
  LineIndex(std::string_view text, std::size_t base_offset, int base_line);

  /// Position of byte `offset` (clamped to the text size). A leading UTF-8 byte order mark takes
  /// no column.
  TextPosition position(std::size_t offset) const;

  /// The line holding `offset`, without its line terminator.
  std::string_view line_text(std::size_t offset) const;

  /// Byte offset where 1-based `line` starts (the text size past the last line).
  std::size_t line_start(int line) const;

  int line_count() const { return static_cast<int>(line_starts_.size()); }

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  std::size_t base_offset_ = 0;
  int base_line_ = 1;
};

/// Byte length of the UTF-8 sequence starting at `text[i]`, 1 for an invalid or truncated one.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

/// Decodes the code point at `text[i]`; returns U+FFFD for invalid input. `length` gets the bytes
/// consumed (at least 1).
char32_t decode_utf8(std::string_view text, std::size_t i, std::size_t* length);

/// Appends the UTF-8 encoding of `c` (at most U+10FFFF) to `out`.
void append_utf8(char32_t c, std::string& out);

/// Offset of the first invalid UTF-8 sequence, or npos when the text is valid.
std::size_t find_invalid_utf8(std::string_view text);

}  // namespace replylint
