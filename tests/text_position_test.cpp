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
