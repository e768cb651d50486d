// SPDX-License-Identifier: MIT
#include "replylint/text_position.hpp"

#include <catch2/catch.hpp>

using replylint::LineIndex;

TEST_CASE("LineIndex counts code points and UTF-16 units per line") {
  // "é" is 2 bytes / 1 code point; "😀" is 4 bytes / 1 code point / 2 UTF-16 units.
  const std::string text = "ab\ncé😀x\r\nlast";
  const LineIndex index(text);
  auto p = index.position(text.find('x'));
  CHECK(p.line == 2);
  CHECK(p.column == 4);
  CHECK(p.column_utf16 == 5);
  CHECK(p.column_byte == 8);
  CHECK(index.position(text.find("last")).line == 3);
  CHECK(index.line_text(text.find('x')) == "cé😀x");
  CHECK(index.line_count() == 3);
}

TEST_CASE("LineIndex treats a lone CR as a line break and skips a BOM") {
  const std::string text = "\xEF\xBB\xBFone\rtwo";
  const LineIndex index(text);
  CHECK(index.position(3).column == 1);
  CHECK(index.position(text.find("two")).line == 2);
  CHECK(index.line_text(0) == "one");
}

TEST_CASE("invalid UTF-8 is found and counted one column per byte") {
  const std::string text = "ok \xFF\xFEthen";
  CHECK(replylint::find_invalid_utf8(text) == 3);
  CHECK(replylint::find_invalid_utf8("fine ’ \xEF\xBF\xBD") == std::string::npos);
  CHECK(LineIndex(text).position(text.find("then")).column == 6);
}

TEST_CASE("a LineIndex of a chunk speaks in file offsets and lines") {
  // The chunk "b\xC3\xA9c\nd\n" starting at file offset 100, line 7.
  const std::string chunk =
      "b\xC3\xA9"
      "c\nd\n";
  const replylint::LineIndex lines(chunk, 100, 7);
  const replylint::TextPosition c = lines.position(103);
  CHECK(c.line == 7);
  CHECK(c.column == 3);
  CHECK(lines.position(105).line == 8);
  CHECK(lines.line_text(105) == "d");
  CHECK(lines.line_start(8) == 105);
  // Only the file's own first bytes are a byte order mark.
  const replylint::LineIndex bom("\xEF\xBB\xBFx", 50, 3);
  CHECK(bom.position(53).column == 2);
}

TEST_CASE("append_utf8 encodes every length that decode_utf8 reads back") {
  for (const char32_t c : {U'a', U'\u00e9', U'\u2019', U'\U0001F600', U'\U0010FFFF'}) {
    std::string text;
    replylint::append_utf8(c, text);
    std::size_t length = 0;
    CHECK(replylint::decode_utf8(text, 0, &length) == c);
    CHECK(length == text.size());
  }
}
