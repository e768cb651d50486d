// SPDX-License-Identifier: MIT
#include "html_escape.hpp"

#include "replylint/text_position.hpp"

namespace replylint {

std::string html_escape(std::string_view text) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 1;
    const char32_t c = decode_utf8(text, i, &length);  // invalid bytes come back as U+FFFD
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\t':
      case '\n':
        out += static_cast<char>(c);
        break;
      case '\r':  // CRLF: the line feed alone breaks the line; a lone CR is a line break too
        if (i + 1 == text.size() || text[i + 1] != '\n') out += '\n';
        break;
      default:
        // C0 and C1 controls and noncharacters are parse errors in HTML.
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFFFD || c == 0xFFFE || c == 0xFFFF) {
          out += kReplacement;
        } else {
          out.append(text.substr(i, length));
        }
    }
    i += length;
  }
  return out;
}

}  // namespace replylint
