// SPDX-License-Identifier: MIT
#include "replylint/text_position.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "replylint/byte_scan.hpp"

namespace replylint {

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  std::size_t length = 0;
  decode_utf8(text, i, &length);
  return length;
}

char32_t decode_utf8(std::string_view text, std::size_t i, std::size_t* length) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  *length = 1;
  if (lead < 0x80) return lead;
  std::size_t need;
  char32_t value;
  char32_t minimum;
  if ((lead & 0xE0) == 0xC0) {
    need = 1, value = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    need = 2, value = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    need = 3, value = lead & 0x07, minimum = 0x10000;
  } else {
    return 0xFFFD;
  }
  for (std::size_t k = 1; k <= need; ++k) {
    if (i + k >= text.size() || (byte(i + k) & 0xC0) != 0x80) return 0xFFFD;
    value = (value << 6) | (byte(i + k) & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid too.
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0xFFFD;
  *length = need + 1;
  return value;
}

std::size_t find_invalid_utf8(std::string_view text) {
  for (std::size_t i = find_non_ascii(text, 0); i < text.size();) {
    std::size_t length = 0;
    // An invalid sequence decodes as U+FFFD consuming one byte; a real U+FFFD takes three.
    if (decode_utf8(text, i, &length) == 0xFFFD && length == 1) return i;
    i = find_non_ascii(text, i + length);
  }
  return std::string_view::npos;
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  // Without any '\r' (the usual case) line starts are just the bytes after each '\n': memchr.
  if (std::memchr(text.data(), '\r', text.size()) == nullptr) {
    const char* const first = text.data();
    const char* const last = first + text.size();
    for (const char* p = first; (p = static_cast<const char*>(std::memchr(p, '\n', last - p)));) {
      ++p;
      line_starts_.push_back(static_cast<std::size_t>(p - first));
    }
    return;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    // "\n", "\r\n" and a lone "\r" all end a line.
    if (text[i] == '\n') {
      line_starts_.push_back(i + 1);
    } else if (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')) {
      line_starts_.push_back(i + 1);
    }
  }
}

LineIndex::LineIndex(std::string_view text, std::size_t base_offset, int base_line)
    : LineIndex(text) {
  base_offset_ = base_offset;
  base_line_ = base_line;
}

TextPosition LineIndex::position(std::size_t offset) const {
  offset = std::min(offset - std::min(offset, base_offset_), text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  std::size_t i = line_starts_[line - 1];
  TextPosition position;
  position.line = static_cast<int>(line) + base_line_ - 1;
  // Only the file's own first bytes can be a byte order mark.
  if (i == 0 && base_offset_ == 0 && text_.substr(0, 3) == "\xEF\xBB\xBF" && offset >= 3) i = 3;
  position.column_byte = static_cast<int>(offset - line_starts_[line - 1]) + 1;
  while (i < offset) {
    // ASCII, one code point and one UTF-16 unit per byte: eight bytes at a time, then one.
    for (std::uint64_t word; i + 8 <= offset; i += 8) {
      std::memcpy(&word, text_.data() + i, 8);
      if (word & 0x8080808080808080ull) break;
      position.column += 8;
      position.column_utf16 += 8;
    }
    if (i >= offset) break;
    if (static_cast<unsigned char>(text_[i]) < 0x80) {
      position.column += 1;
      position.column_utf16 += 1;
      ++i;
      continue;
    }
    std::size_t length = 0;
    const char32_t code_point = decode_utf8(text_, i, &length);
    if (i + length > offset) break;  // offset inside a sequence: stop before it
    position.column += 1;
    position.column_utf16 += code_point >= 0x10000 ? 2 : 1;
    i += length;
  }
  return position;
}

std::string_view LineIndex::line_text(std::size_t offset) const {
  offset = std::min(offset - std::min(offset, base_offset_), text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t begin = *(it - 1);
  std::size_t end = it == line_starts_.end() ? text_.size() : *it;
  while (end > begin && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  std::string_view line = text_.substr(begin, end - begin);
  if (begin == 0 && base_offset_ == 0 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
  return line;
}

std::size_t LineIndex::line_start(int line) const {
  line -= base_line_ - 1;
  if (line < 1) return base_offset_;
  if (static_cast<std::size_t>(line) > line_starts_.size()) return base_offset_ + text_.size();
  return base_offset_ + line_starts_[line - 1];
}

void append_utf8(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace replylint
