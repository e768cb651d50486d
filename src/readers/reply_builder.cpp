// SPDX-License-Identifier: MIT
#include "reply_builder.hpp"

#include <algorithm>

#include "replylint/ascii.hpp"
#include "replylint/byte_scan.hpp"
#include "replylint/placeholders.hpp"
#include "replylint/text_position.hpp"

namespace replylint::readers {

void DecodedText::append(std::string_view bytes, std::size_t source_offset) {
  text.append(bytes);
  origin.insert(origin.end(), bytes.size(), static_cast<std::uint32_t>(source_offset));
}

void DecodedText::append_literal(std::string_view bytes, std::size_t source_offset) {
  text.append(bytes);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    origin.push_back(static_cast<std::uint32_t>(source_offset + i));
  }
}

void DecodedText::finish(std::size_t end_offset) {
  origin.push_back(static_cast<std::uint32_t>(end_offset));
}

std::optional<ReplySpan> make_reply(const ReaderInput& input, std::size_t begin, std::size_t end,
                                    std::string id, std::string_view view) {
  const std::string_view region = (view.empty() ? input.text : view).substr(begin, end - begin);
  // Most replies hold no template syntax: they are trimmed and compared without a copy.
  std::string blanked;
  std::string_view text = region;
  if (find_any_of<'{', '%', '['>(region, 0) != region.size()) {
    blanked.assign(region);
    blank_placeholders(blanked);
    text = blanked;
  }
  // Trim on the blanked text: a section that is all code block or quote gives no reply.
  std::size_t first = 0, last = text.size();
  while (first < last && is_ascii_space(text[first])) ++first;
  while (last > first && is_ascii_space(text[last - 1])) --last;
  if (first == last) return std::nullopt;
  ReplySpan span;
  span.begin = input.base_offset + begin + first;
  span.end = input.base_offset + begin + last;
  span.id = std::move(id);
  const std::string_view kept = text.substr(first, last - first);
  // Same length as the span, so offsets map one to one; only kept when something was blanked.
  if (input.text.substr(begin + first, last - first) != kept) span.text.assign(kept);
  return span;
}

std::optional<ReplySpan> make_decoded_reply(const ReaderInput& input, DecodedText decoded,
                                            std::string id) {
  std::string& text = decoded.text;
  std::vector<std::uint32_t>& origin = decoded.origin;
  blank_placeholders(text);
  std::size_t first = 0, last = text.size();
  while (first < last && is_ascii_space(text[first])) ++first;
  while (last > first && is_ascii_space(text[last - 1])) --last;
  if (first == last) return std::nullopt;
  text = text.substr(first, last - first);
  origin = std::vector<std::uint32_t>(origin.begin() + static_cast<std::ptrdiff_t>(first),
                                      origin.begin() + static_cast<std::ptrdiff_t>(last) + 1);
  // Without escapes in the trimmed part, the reply is a plain span of the file.
  bool contiguous = true;
  for (std::size_t i = 0; i + 1 < origin.size() && contiguous; ++i) {
    contiguous = origin[i + 1] == origin[i] + 1;
  }
  ReplySpan span;
  span.begin = input.base_offset + origin.front();
  span.end = input.base_offset + origin.back();
  span.id = std::move(id);
  if (contiguous) {
    // One to one with the file: keep the text only where something was blanked.
    if (input.text.compare(origin.front(), text.size(), text) != 0) span.text = std::move(text);
    return span;
  }
  span.text = std::move(text);
  span.origin.reserve(origin.size());
  for (const std::uint32_t offset : origin) span.origin.push_back(input.base_offset + offset);
  return span;
}

void report_on_line(const ReaderInput& input, std::size_t line_index, std::size_t line_begin,
                    std::size_t offset, DiagnosticLevel level, std::string message,
                    Diagnostics& diagnostics) {
  std::size_t line_end = input.text.find('\n', line_begin);
  if (line_end == std::string_view::npos) line_end = input.text.size();
  if (line_end > line_begin && input.text[line_end - 1] == '\r') --line_end;
  const std::string_view line = input.text.substr(line_begin, line_end - line_begin);
  Diagnostic d;
  d.level = level;
  d.path = input.display_name;
  d.line = input.base_line + static_cast<int>(line_index);
  d.column = LineIndex(line).position(std::min(offset, line_end) - line_begin).column;
  d.message = std::move(message);
  d.source_line = std::string(line);
  diagnostics.add(std::move(d));
}

void report_at(const ReaderInput& input, std::size_t offset, DiagnosticLevel level,
               std::string message, Diagnostics& diagnostics) {
  offset = std::min(offset, input.text.size());
  const std::size_t previous_newline =
      offset == 0 ? std::string_view::npos : input.text.rfind('\n', offset - 1);
  const std::size_t line_begin =
      previous_newline == std::string_view::npos ? 0 : previous_newline + 1;
  const auto line_index = static_cast<std::size_t>(std::count(
      input.text.begin(), input.text.begin() + static_cast<std::ptrdiff_t>(line_begin), '\n'));
  report_on_line(input, line_index, line_begin, offset, level, std::move(message), diagnostics);
}

}  // namespace replylint::readers
