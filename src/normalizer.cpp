// SPDX-License-Identifier: MIT
#include "replylint/normalizer.hpp"

#include <array>
#include <cstring>

#include "replylint/text_position.hpp"

namespace replylint {
namespace {

struct Entity {
  const char* name;  // without '&' and ';'
  char32_t code_point;
};

constexpr std::array<Entity, 15> kEntities = {{{"amp", '&'},
                                               {"lt", '<'},
                                               {"gt", '>'},
                                               {"quot", '"'},
                                               {"apos", '\''},
                                               {"nbsp", 0xA0},
                                               {"rsquo", 0x2019},
                                               {"lsquo", 0x2018},
                                               {"sbquo", 0x201A},
                                               {"ldquo", 0x201C},
                                               {"rdquo", 0x201D},
                                               {"bdquo", 0x201E},
                                               {"ndash", 0x2013},
                                               {"mdash", 0x2014},
                                               {"hellip", 0x2026}}};

// What a code point becomes for matching: an ASCII replacement, "" to drop it, or nullptr to
// keep it as is.
const char* fold(char32_t c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x00B4:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
      return "-";
    case 0x2026:
      return "...";
    case 0x00A0:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return " ";
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
      return "";
    default:
      if (c >= 0x2000 && c <= 0x200A) return " ";
      return nullptr;
  }
}

// Decodes an HTML entity at text[i] == '&'. Returns its length (0 when not an entity we fold).
std::size_t decode_entity(std::string_view text, std::size_t i, char32_t* code_point) {
  const std::size_t limit = std::min(text.size(), i + 12);
  std::size_t semicolon = i + 1;
  while (semicolon < limit && text[semicolon] != ';') ++semicolon;
  if (semicolon >= limit) return 0;
  const std::string_view name = text.substr(i + 1, semicolon - i - 1);
  if (name.size() >= 2 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    char32_t value = 0;
    for (char d : digits) {
      int digit;
      if (d >= '0' && d <= '9') {
        digit = d - '0';
      } else if (hex && d >= 'a' && d <= 'f') {
        digit = d - 'a' + 10;
      } else if (hex && d >= 'A' && d <= 'F') {
        digit = d - 'A' + 10;
      } else {
        return 0;
      }
      value = value * (hex ? 16 : 10) + digit;
      if (value > 0x10FFFF) return 0;
    }
    if (value == 0 || (value >= 0xD800 && value <= 0xDFFF)) return 0;
    *code_point = value;
    return semicolon - i + 1;
  }
  for (const auto& entity : kEntities) {
    if (name == entity.name) {
      *code_point = entity.code_point;
      return semicolon - i + 1;
    }
  }
  return 0;
}

}  // namespace

NormalizedText::NormalizedText(std::string_view original) : original_size_(original.size()) {
  // Most replies are plain ASCII without entities: detect that and keep the identity map.
  std::size_t first_change = 0;
  while (first_change < original.size()) {
    const unsigned char c = static_cast<unsigned char>(original[first_change]);
    if (c >= 0x80 || c == '&') break;
    ++first_change;
  }
  if (first_change == original.size()) {
    text_.assign(original);
    return;
  }
  build_mapped(original, first_change);
}

void NormalizedText::build_mapped(std::string_view original, std::size_t first_change) {
  text_.reserve(original.size() + 16);
  begin_.reserve(original.size() + 16);
  end_.reserve(original.size() + 16);
  // Runs of plain ASCII (most of any reply) are copied whole, their maps filled in one loop.
  const auto copy_run = [&](std::size_t from, std::size_t to) {
    text_.append(original.data() + from, to - from);
    const std::size_t at = begin_.size();
    begin_.resize(at + (to - from));
    end_.resize(at + (to - from));
    for (std::size_t k = from; k < to; ++k) {
      begin_[at + k - from] = static_cast<std::uint32_t>(k);
      end_[at + k - from] = static_cast<std::uint32_t>(k + 1);
    }
  };
  const auto emit = [&](std::string_view bytes, std::size_t from, std::size_t to) {
    text_.append(bytes);
    begin_.insert(begin_.end(), bytes.size(), static_cast<std::uint32_t>(from));
    end_.insert(end_.end(), bytes.size(), static_cast<std::uint32_t>(to));
  };
  copy_run(0, first_change);
  std::string scratch;
  for (std::size_t i = first_change; i < original.size();) {
    std::size_t run = i;
    while (run < original.size()) {
      const unsigned char c = static_cast<unsigned char>(original[run]);
      if (c >= 0x80 || c == '&') break;
      ++run;
    }
    if (run > i) {
      copy_run(i, run);
      i = run;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(original[i]);
    char32_t code_point = c;
    std::size_t length = 1;
    if (c == '&') {
      length = decode_entity(original, i, &code_point);
      if (length == 0) {
        code_point = '&';
        length = 1;
      }
    } else {
      code_point = decode_utf8(original, i, &length);
    }
    if (code_point < 0x80 && length == 1) {
      emit(original.substr(i, 1), i, i + 1);
    } else if (const char* folded = fold(code_point)) {
      emit(folded, i, i + length);
    } else if (length > 1 && c != '&') {
      emit(original.substr(i, length), i, i + length);  // valid non-ASCII, kept as is
    } else {
      scratch.clear();
      append_utf8(code_point, scratch);  // an entity or an invalid byte (U+FFFD)
      emit(scratch, i, i + length);
    }
    i += length;
  }
}

void NormalizedText::to_original(std::size_t begin, std::size_t end, std::size_t* original_begin,
                                 std::size_t* original_end) const {
  if (identity()) {
    *original_begin = begin;
    *original_end = end;
    return;
  }
  if (begin >= text_.size()) {
    *original_begin = *original_end = original_size_;
    return;
  }
  *original_begin = begin_[begin];
  *original_end = end > begin ? end_[end - 1] : begin_[begin];
}

}  // namespace replylint
