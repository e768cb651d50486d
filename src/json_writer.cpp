// SPDX-License-Identifier: MIT
#include "json_writer.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

#include "replylint/byte_scan.hpp"

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

// Writes the escape for `c` at `out`; returns the end.
char* write_escape(char* out, unsigned char c) {
  char second = 0;
  switch (c) {
    case '"':
      second = '"';
      break;
    case '\\':
      second = '\\';
      break;
    case '\b':
      second = 'b';
      break;
    case '\f':
      second = 'f';
      break;
    case '\n':
      second = 'n';
      break;
    case '\r':
      second = 'r';
      break;
    case '\t':
      second = 't';
      break;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      std::memcpy(out, escape, sizeof escape);
      return out + sizeof escape;
    }
  }
  out[0] = '\\';
  out[1] = second;
  return out + 2;
}

// A high bit set in the bytes of the 8 at `p` that may need attention: below 0x20, '"', '\\'
// or 0x80 and above (exact for the lowest flagged byte, see swar::zero_bytes).
std::uint64_t attention_mask(const char* p) {
  const std::uint64_t x = swar::load(p);
  const std::uint64_t below_space = (x - swar::kOnes * 0x20) & ~x;
  return (below_space | swar::bytes_equal(x, '"') | swar::bytes_equal(x, '\\') | x) & swar::kHigh;
}

}  // namespace

namespace {

// The most a string literal of `size` bytes can take: quotes and a 6-byte escape per byte.
std::size_t string_room(std::size_t size) {
  return 2 + 6 * size;
}

// Writes `text` as a JSON string literal at `out` (string_room bytes available); returns the
// end, or nullptr when `text` is not valid UTF-8 (what was written is then meaningless).
char* write_string_literal(char* out, std::string_view text) {
  *out++ = '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  std::size_t i = 0;
  while (i < text.size()) {
    if constexpr (swar::kAvailable) {
      // Eight bytes at a time while none needs attention (the common case).
      if (i + 8 <= text.size()) {
        const std::uint64_t mask = attention_mask(text.data() + i);
        if (mask == 0) {
          i += 8;
          continue;
        }
        // The lowest flagged byte is a true one (false positives only follow a true one).
        i += swar::first_flagged(mask);
      }
    }
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const unsigned char kind = kByteClass[c];
    if (kind == 0) {
      ++i;
    } else if (kind == 2) {
      const std::size_t length = utf8_sequence(text, i);
      if (length == 0) return nullptr;
      i += length;
    } else {
      std::memcpy(out, text.data() + run, i - run);
      out = write_escape(out + (i - run), c);
      run = ++i;
    }
  }
  std::memcpy(out, text.data() + run, i - run);
  out += i - run;
  *out++ = '"';
  return out;
}

// Invalid UTF-8: nlohmann's own replacement (U+FFFD), exactly as dump() does it.
std::string replaced_string_literal(std::string_view text) {
  return json(std::string(text)).dump(-1, ' ', false, json::error_handler_t::replace);
}

// Above this, a string's room is not reserved blindly (6 bytes per byte) but counted first.
constexpr std::size_t kBlindRoomLimit = 4096;

// The exact length of `text` as a string literal, or 0 when it is not valid UTF-8.
std::size_t string_literal_size(std::string_view text) {
  std::size_t size = 2;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const unsigned char kind = kByteClass[c];
    if (kind == 2) {
      const std::size_t length = utf8_sequence(text, i);
      if (length == 0) return 0;
      size += length;
      i += length;
      continue;
    }
    if (kind == 1) {
      char escape[6];
      size += static_cast<std::size_t>(write_escape(escape, c) - escape);
    } else {
      ++size;
    }
    ++i;
  }
  return size;
}

}  // namespace

void JsonWriter::write_string(std::string_view text) {
  std::size_t room_needed = string_room(text.size());
  if (text.size() > kBlindRoomLimit) {
    room_needed = string_literal_size(text);
    if (room_needed == 0) return append(replaced_string_literal(text));
  }
  char* const end = write_string_literal(room(room_needed), text);
  if (!end) return append(replaced_string_literal(text));
  end_ = static_cast<std::size_t>(end - out_.data());
}

void JsonWriter::grow(std::size_t n) {
  // Ahead by half the text again (at least 2 KiB): few resizes, and the zero fill each costs
  // stays in proportion to the text.
  out_.resize(end_ + std::max(n, std::max(std::size_t{2} << 10, (end_ - begin_) / 2)));
}

void JsonWriter::newline_and_indent(int depth) {
  const std::size_t spaces = static_cast<std::size_t>((base_depth_ + depth) * indent_);
  char* out = room(1 + spaces);
  out[0] = '\n';
  std::memset(out + 1, ' ', spaces);
  end_ += 1 + spaces;
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (first_.empty()) return;  // the top-level value
  if (!first_.back()) push_back(',');
  first_.back() = false;
  if (indent_ >= 0) newline_and_indent(depth());
}

void JsonWriter::before_member() {
  if (!first_.back()) push_back(',');
  first_.back() = false;
  if (indent_ >= 0) newline_and_indent(depth());
  after_key_ = true;
}

void JsonWriter::key(const JsonKey& name) {
  if (indent_ < 0 && name.compact_size() != 0) {
    // The hot case: `,"name":` (without the comma for the first member) in one fixed-size copy.
    const std::size_t skip = first_.back() ? 1 : 0;
    first_.back() = false;
    std::memcpy(room(JsonKey::kBlock), name.compact().data() + skip, JsonKey::kBlock - 1);
    end_ += name.compact_size() - skip;
    after_key_ = true;
    return;
  }
  before_member();
  push_back('"');
  append(name.text());
  append(indent_ >= 0 ? "\": " : "\":");
}

void JsonWriter::escaped_key(std::string_view name) {
  before_member();
  write_string(name);
  append(indent_ >= 0 ? ": " : ":");
}

void JsonWriter::open(char bracket) {
  before_value();
  push_back(bracket);
  first_.push_back(true);
}

void JsonWriter::close(char bracket) {
  const bool empty = first_.back();
  first_.pop_back();
  if (!empty && indent_ >= 0) newline_and_indent(depth());
  push_back(bracket);
}

void JsonWriter::integer(std::int64_t value) {
  before_value();
  char* out = room(24);
  end_ = static_cast<std::size_t>(std::to_chars(out, out + 24, value).ptr - out_.data());
}

void JsonWriter::unsigned_integer(std::uint64_t value) {
  before_value();
  char* out = room(24);
  end_ = static_cast<std::size_t>(std::to_chars(out, out + 24, value).ptr - out_.data());
}

void JsonWriter::number(double value) {
  before_value();
  if (!std::isfinite(value)) {
    append("null");
  } else {
    std::array<char, 64> buffer{};  // nlohmann's serializer uses the same buffer size
    char* end = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    append(std::string_view(buffer.data(), static_cast<std::size_t>(end - buffer.data())));
  }
}

void JsonWriter::value(const json& value) {
  before_value();
  const std::string text = value.dump(indent_, ' ', false, json::error_handler_t::replace);
  if (indent_ < 0 || base_depth_ + depth() == 0) {
    append(text);
    return;
  }
  // dump() indents as if at the top level: shift every line after the first. A newline inside
  // the text is always one of dump()'s own (strings escape theirs).
  const std::string shift(static_cast<std::size_t>((base_depth_ + depth()) * indent_), ' ');
  std::size_t start = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
    append(std::string_view(text).substr(start, nl + 1 - start));
    append(shift);
    start = nl + 1;
  }
  append(std::string_view(text).substr(start));
}

void JsonWriter::raw_value(std::string_view json) {
  before_value();
  append(json);
}

}  // namespace replylint
