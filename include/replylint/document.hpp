// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace replylint {

/// One input as read: a file or stdin. The content is kept byte for byte (never modified on
/// disk; a BOM or invalid UTF-8 is handled when matching, not by rewriting).
struct Document {
  std::optional<std::string> path;  ///< nullopt for stdin without --stdin-filename
  std::string display_name;         ///< what human output shows ("<stdin>" for stdin)
  std::string content;
};

/// A span of a document that gets its own score: the text the agent wrote.
struct ReplySpan {
  std::size_t begin = 0;  ///< byte offsets into Document::content, [begin, end)
  std::size_t end = 0;
  std::string id;  ///< identity carried to the output (record id, heading …); may be empty
};

/// How a plain-text document is cut into replies.
enum class ReplyUnit { File, Paragraph, Line };

/// Splits plain text: the whole file, each blank-line-separated paragraph, or each non-empty
/// line. Spans never include surrounding whitespace-only text; empty documents give no replies.
std::vector<ReplySpan> split_plain_text(const std::string& content, ReplyUnit unit);

}  // namespace replylint
