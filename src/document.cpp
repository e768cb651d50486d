// SPDX-License-Identifier: MIT
#include "replylint/document.hpp"

#include <algorithm>

#include "replylint/ascii.hpp"

namespace replylint {

std::string_view Document::bytes(std::size_t begin, std::size_t end) const {
  begin = std::clamp(begin, base_offset, base_offset + content.size()) - base_offset;
  end = std::clamp(end, base_offset + begin, base_offset + content.size()) - base_offset;
  return std::string_view(content).substr(begin, end - begin);
}

std::optional<ReplyUnit> parse_reply_unit(std::string_view name) {
  if (name == "file") return ReplyUnit::File;
  if (name == "paragraph") return ReplyUnit::Paragraph;
  if (name == "line") return ReplyUnit::Line;
  return std::nullopt;
}
namespace {

// Adds [begin, end) trimmed of surrounding whitespace, unless nothing is left.
void add_trimmed(const std::string& content, std::size_t begin, std::size_t end,
                 std::vector<ReplySpan>& out) {
  if (begin == 0 && content.compare(0, 3, "\xEF\xBB\xBF") == 0) begin = 3;
  while (begin < end && is_ascii_space(content[begin])) ++begin;
  while (end > begin && is_ascii_space(content[end - 1])) --end;
  if (begin < end) {
    ReplySpan span;
    span.begin = begin;
    span.end = end;
    out.push_back(std::move(span));
  }
}

std::size_t line_end(const std::string& content, std::size_t from) {
  std::size_t i = from;
  while (i < content.size() && content[i] != '\n' && content[i] != '\r') ++i;
  return i;
}

std::size_t next_line(const std::string& content, std::size_t end) {
  if (end < content.size() && content[end] == '\r') ++end;
  if (end < content.size() && content[end] == '\n') ++end;
  return end;
}

}  // namespace

std::vector<ReplySpan> split_plain_text(const std::string& content, ReplyUnit unit) {
  std::vector<ReplySpan> out;
  if (unit == ReplyUnit::File) {
    add_trimmed(content, 0, content.size(), out);
    return out;
  }
  std::size_t paragraph_begin = 0;
  for (std::size_t line = 0; line < content.size();) {
    const std::size_t end = line_end(content, line);
    bool blank = true;
    for (std::size_t i = line; i < end && blank; ++i) blank = is_ascii_space(content[i]);
    if (unit == ReplyUnit::Line) {
      add_trimmed(content, line, end, out);
    } else if (blank) {
      add_trimmed(content, paragraph_begin, line, out);
      paragraph_begin = next_line(content, end);
    }
    line = next_line(content, end);
    if (line == end) break;  // no terminator: last line
  }
  if (unit == ReplyUnit::Paragraph) add_trimmed(content, paragraph_begin, content.size(), out);
  return out;
}

}  // namespace replylint
