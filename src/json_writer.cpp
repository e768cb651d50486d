// SPDX-License-Identifier: MIT
#include "json_writer.hpp"

#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>

namespace replylint {
namespace {

using json = nlohmann::ordered_json;

// Length of the well-formed UTF-8 sequence starting at text[i] (a byte >= 0x80), or 0 when it is
// not one. The same acceptance as nlohmann's decoder (Hoehrmann's DFA): no overlong forms, no
// surrogates, nothing above U+10FFFF.
std::size_t utf8_sequence(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return k < text.size() && byte(k) >= lo && byte(k) <= hi;
  };
  const unsigned char lead = byte(i);
  if (lead >= 0xC2 && lead <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (lead == 0xE0) return cont(i + 1, 0xA0) && cont(i + 2) ? 3 : 0;
  if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) {
    return cont(i + 1) && cont(i + 2) ? 3 : 0;
  }
  if (lead == 0xED) return cont(i + 1, 0x80, 0x9F) && cont(i + 2) ? 3 : 0;
  if (lead == 0xF0) return cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  if (lead >= 0xF1 && lead <= 0xF3) return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  if (lead == 0xF4) return cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  return 0;
}

// What the byte needs: 0 nothing, 1 an escape, 2 a UTF-8 check.
constexpr auto kByteClass = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[c] = 1;
  table['"'] = 1;
  table['\\'] = 1;
  for (int c = 0x80; c < 0x100; ++c) table[c] = 2;
  return table;
}();

void append_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '"':
      out.append("\\\"");
      return;
    case '\\':
      out.append("\\\\");
      return;
    case '\b':
      out.append("\\b");
      return;
    case '\f':
      out.append("\\f");
      return;
    case '\n':
      out.append("\\n");
      return;
    case '\r':
      out.append("\\r");
      return;
    case '\t':
      out.append("\\t");
      return;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out.append(escape, sizeof escape);
    }
  }
}

// A high bit set in the bytes of the 8 at `p` that may need attention: below 0x20, '"', '\\'
// or 0x80 and above (SWAR; exact for the lowest flagged byte, see append_string).
std::uint64_t attention_mask(const char* p) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  std::uint64_t x;
  std::memcpy(&x, p, sizeof x);
  const std::uint64_t quote = x ^ (kOnes * '"');
  const std::uint64_t backslash = x ^ (kOnes * '\\');
  const std::uint64_t below_space = (x - kOnes * 0x20) & ~x;
  const std::uint64_t is_quote = (quote - kOnes) & ~quote;
  const std::uint64_t is_backslash = (backslash - kOnes) & ~backslash;
  return (below_space | is_quote | is_backslash | x) & kHigh;
}

}  // namespace

void JsonWriter::append_string(std::string& out, std::string_view text) {
  const std::size_t mark = out.size();
  out.push_back('"');
  std::size_t run = 0;  // start of the bytes not yet copied
  std::size_t i = 0;
  while (i < text.size()) {
    if constexpr (std::endian::native == std::endian::little) {
      // Eight bytes at a time while none needs attention (the common case).
      if (i + 8 <= text.size()) {
        const std::uint64_t mask = attention_mask(text.data() + i);
        if (mask == 0) {
          i += 8;
          continue;
        }
        // The lowest flagged byte is a true one (false positives only follow a true one).
        i += static_cast<std::size_t>(std::countr_zero(mask)) / 8;
      }
    }
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const unsigned char kind = kByteClass[c];
    if (kind == 0) {
      ++i;
    } else if (kind == 2) {
      const std::size_t length = utf8_sequence(text, i);
      if (length == 0) {
        // Invalid UTF-8: nlohmann's own replacement (U+FFFD), exactly as dump() does it.
        out.resize(mark);
        out.append(json(std::string(text)).dump(-1, ' ', false, json::error_handler_t::replace));
        return;
      }
      i += length;
    } else {
      out.append(text.data() + run, i - run);
      append_escape(out, c);
      run = ++i;
    }
  }
  out.append(text.data() + run, i - run);
  out.push_back('"');
}

void JsonWriter::newline_and_indent(int depth) {
  out_.push_back('\n');
  out_.append(static_cast<std::size_t>((base_depth_ + depth) * indent_), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (first_.empty()) return;  // the top-level value
  if (!first_.back()) out_.push_back(',');
  first_.back() = false;
  if (indent_ >= 0) newline_and_indent(depth());
}

void JsonWriter::before_member() {
  if (!first_.back()) out_.push_back(',');
  first_.back() = false;
  if (indent_ >= 0) newline_and_indent(depth());
  after_key_ = true;
}

void JsonWriter::key(JsonKey name) {
  const std::string_view text = name.text();
  if (indent_ < 0 && text.size() <= 60) {
    // The hot case: `,"name":` in one append.
    char buffer[64];
    std::size_t size = 0;
    if (!first_.back()) buffer[size++] = ',';
    first_.back() = false;
    buffer[size++] = '"';
    std::memcpy(buffer + size, text.data(), text.size());
    size += text.size();
    buffer[size++] = '"';
    buffer[size++] = ':';
    out_.append(buffer, size);
    after_key_ = true;
    return;
  }
  before_member();
  out_.push_back('"');
  out_.append(text);
  out_.append(indent_ >= 0 ? "\": " : "\":");
}

void JsonWriter::escaped_key(std::string_view name) {
  before_member();
  append_string(out_, name);
  out_.append(indent_ >= 0 ? ": " : ":");
}

void JsonWriter::open(char bracket) {
  before_value();
  out_.push_back(bracket);
  first_.push_back(true);
}

void JsonWriter::close(char bracket) {
  const bool empty = first_.back();
  first_.pop_back();
  if (!empty && indent_ >= 0) newline_and_indent(depth());
  out_.push_back(bracket);
}

void JsonWriter::integer(std::int64_t value) {
  before_value();
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out_.append(buffer, result.ptr);
}

void JsonWriter::unsigned_integer(std::uint64_t value) {
  before_value();
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out_.append(buffer, result.ptr);
}

void JsonWriter::number(double value) {
  before_value();
  if (!std::isfinite(value)) {
    out_.append("null");
    return;
  }
  std::array<char, 64> buffer{};  // nlohmann's serializer uses the same buffer size
  char* end = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  out_.append(buffer.data(), end);
}

void JsonWriter::value(const json& value) {
  before_value();
  const std::string text = value.dump(indent_, ' ', false, json::error_handler_t::replace);
  if (indent_ < 0 || base_depth_ + depth() == 0) {
    out_.append(text);
    return;
  }
  // dump() indents as if at the top level: shift every line after the first. A newline inside
  // the text is always one of dump()'s own (strings escape theirs).
  const std::string shift(static_cast<std::size_t>((base_depth_ + depth()) * indent_), ' ');
  std::size_t start = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
    out_.append(text, start, nl + 1 - start);
    out_.append(shift);
    start = nl + 1;
  }
  out_.append(text, start, std::string::npos);
}

void JsonWriter::raw_value(std::string_view json) {
  before_value();
  out_.append(json);
}

}  // namespace replylint
