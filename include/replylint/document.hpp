// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace replylint {

/// One input as read: a file or stdin. The content is kept byte for byte (never modified on
/// disk; a BOM or invalid UTF-8 is handled when matching, not by rewriting).
///
/// A streamed file is linted chunk by chunk: `content` then holds only the file's bytes from
/// `base_offset` on, which start at line `base_line` (always a line start). Offsets in reports
/// stay file offsets, so code that indexes `content` goes through bytes() or a LineIndex built
/// with the same base.
struct Document {
  std::optional<std::string> path;  ///< nullopt for stdin without --stdin-filename
  std::string display_name;         ///< what human output shows ("<stdin>" for stdin)
  std::string content;
  std::size_t base_offset = 0;  ///< file offset of content[0]
  int base_line = 1;            ///< line number of content[0]

  /// The file's bytes [begin, end), clamped to what `content` holds.
  std::string_view bytes(std::size_t begin, std::size_t end) const;
};

/// A span of a document that gets its own score: the text the agent wrote.
///
/// Usually the reply is literally `content[begin, end)`. Readers that must change the text
/// before matching set `text`:
/// - same length as the span and `origin` empty: byte i of `text` is byte begin+i of the file
///   (quoted lines or template placeholders blanked out in place);
/// - otherwise `origin` holds, for each byte of `text` plus one past the end, the file offset
///   it came from (JSON or CSV string escapes decoded).
struct ReplySpan {
  std::size_t begin = 0;  ///< file offsets, [begin, end) (Document::bytes)
  std::size_t end = 0;
  std::string id;    ///< identity carried to the output (record id, heading …); may be empty
  std::string text;  ///< the text to lint when it differs from the span
  /// File offsets of `text` bytes (size text.size() + 1); 64-bit, as streamed files may exceed
  /// 4 GiB.
  std::vector<std::size_t> origin;

  /// True when `text` replaces the literal span.
  bool rewritten() const { return !text.empty() || !origin.empty(); }
};

/// How a plain-text document is cut into replies.
enum class ReplyUnit { File, Paragraph, Line };

/// The unit called `name` ("file", "paragraph", "line"), or nullopt.
std::optional<ReplyUnit> parse_reply_unit(std::string_view name);

/// Splits plain text: the whole file, each blank-line-separated paragraph, or each non-empty
/// line. Spans never include surrounding whitespace-only text; empty documents give no replies.
std::vector<ReplySpan> split_plain_text(const std::string& content, ReplyUnit unit);

}  // namespace replylint
