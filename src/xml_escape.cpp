// SPDX-License-Identifier: MIT
#include "xml_escape.hpp"

#include "replylint/text_position.hpp"

namespace replylint {
namespace {

// The entity or character reference for `c`, or empty when it is copied as is.
std::string_view reference(char32_t c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&apos;";
    case '\t':
      return "&#9;";
    case '\n':
      return "&#10;";
    case '\r':
      return "&#13;";
    default:
      return {};
  }
}

}  // namespace

std::string xml_escape(std::string_view text) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 1;
    const char32_t c = decode_utf8(text, i, &length);  // invalid bytes come back as U+FFFD
    if (const std::string_view ref = reference(c); !ref.empty()) {
      out += ref;
    } else if (c < 0x20 || c == 0xFFFD || c == 0xFFFE || c == 0xFFFF) {
      out += kReplacement;  // not allowed in XML 1.0, or not valid UTF-8
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

}  // namespace replylint
