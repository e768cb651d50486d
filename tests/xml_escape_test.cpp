// SPDX-License-Identifier: MIT
#include "xml_escape.hpp"

#include <catch2/catch.hpp>

using namespace replylint;

TEST_CASE("xml_escape escapes markup and quotes for attributes and text") {
  CHECK(xml_escape("<a & 'b' \"c\">") == "&lt;a &amp; &apos;b&apos; &quot;c&quot;&gt;");
  CHECK(xml_escape("plain text") == "plain text");
}

TEST_CASE("xml_escape keeps line breaks and tabs as references and UTF-8 as is") {
  CHECK(xml_escape("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d");
  CHECK(xml_escape("café 😀") == "café 😀");
}

TEST_CASE("xml_escape replaces what XML 1.0 cannot hold with U+FFFD") {
  CHECK(xml_escape(std::string("a\0b", 3)) ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(xml_escape("\x01\x1b") == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(xml_escape("\xFF"
                   "x") ==
        "\xEF\xBF\xBD"
        "x");                                           // invalid UTF-8
  CHECK(xml_escape("\xEF\xBF\xBE") == "\xEF\xBF\xBD");  // U+FFFE
  CHECK(xml_escape("caf\xC3") == "caf\xEF\xBF\xBD");    // truncated sequence
}
