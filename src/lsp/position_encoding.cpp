// SPDX-License-Identifier: MIT
#include "lsp/position_encoding.hpp"

namespace replylint::lsp {

std::string_view to_string(PositionEncoding encoding) {
  return encoding == PositionEncoding::Utf8 ? "utf-8" : "utf-16";
}

int character_after(std::string_view line, std::size_t code_points, PositionEncoding encoding) {
  int character = 0;
  for (std::size_t i = 0, seen = 0; i < line.size() && seen < code_points; ++seen) {
    std::size_t length = 0;
    const char32_t code_point = decode_utf8(line, i, &length);
    character += encoding == PositionEncoding::Utf8 ? static_cast<int>(length)
                                                    : (code_point >= 0x10000 ? 2 : 1);
    i += length;
  }
  return character;
}

PositionMapper::PositionMapper(std::string_view text, PositionEncoding encoding)
    : text_(text), encoding_(encoding), lines_(text) {}

std::size_t PositionMapper::line_end(int line) const {
  std::size_t end = lines_.line_start(line + 2);  // start of the next line, or the text size
  const std::size_t begin = lines_.line_start(line + 1);
  if (end > begin && text_[end - 1] == '\n') --end;
  if (end > begin && text_[end - 1] == '\r') --end;
  return end;
}

Position PositionMapper::position(std::size_t offset) const {
  if (offset > text_.size()) offset = text_.size();
  Position position;
  position.line = lines_.position(offset).line - 1;
  std::size_t i = lines_.line_start(position.line + 1);
  if (encoding_ == PositionEncoding::Utf8) {
    position.character = static_cast<int>(offset - i);
    return position;
  }
  while (i < offset) {
    std::size_t length = 0;
    const char32_t code_point = decode_utf8(text_, i, &length);
    if (i + length > offset) break;  // offset inside a sequence: stop before it
    position.character += code_point >= 0x10000 ? 2 : 1;
    i += length;
  }
  return position;
}

std::optional<std::size_t> PositionMapper::offset(Position position) const {
  if (position.line < 0 || position.character < 0) return std::nullopt;
  if (position.line >= lines_.line_count()) {
    if (position.line == lines_.line_count()) return text_.size();
    return std::nullopt;
  }
  const std::size_t begin = lines_.line_start(position.line + 1);
  const std::size_t end = line_end(position.line);
  std::size_t i = begin;
  std::size_t units = 0;
  const auto wanted = static_cast<std::size_t>(position.character);
  while (i < end) {
    std::size_t length = 0;
    const char32_t code_point = decode_utf8(text_, i, &length);
    const std::size_t width =
        encoding_ == PositionEncoding::Utf8 ? length : (code_point >= 0x10000 ? 2 : 1);
    if (units + width > wanted) break;  // the position is at or inside this character
    units += width;
    i += length;
  }
  return i;
}

}  // namespace replylint::lsp
