// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include "lsp/text_document_store.hpp"
#include "lsp/uri.hpp"

using namespace replylint::lsp;

namespace {

Range range(int line, int start, int end_line, int end) {
  return {{line, start}, {end_line, end}};
}

}  // namespace

TEST_CASE("positions count UTF-16 units or bytes, per line, across CRLF and lone CR") {
  const std::string text = "a😀’b\r\nc\rd";
  const PositionMapper utf16(text, PositionEncoding::Utf16);
  const PositionMapper utf8(text, PositionEncoding::Utf8);
  CHECK(utf16.position(1) == Position{0, 1});
  CHECK(utf16.position(5) == Position{0, 3});  // after the emoji: 2 units
  CHECK(utf16.position(8) == Position{0, 4});  // after the curly quote: 1 unit
  CHECK(utf8.position(8) == Position{0, 8});
  CHECK(utf16.position(11) == Position{1, 0});  // "c" after CRLF
  CHECK(utf16.position(13) == Position{2, 0});  // "d" after a lone CR
  CHECK(utf16.offset({0, 3}) == 5u);
  CHECK(utf16.offset({0, 2}) == 1u);   // inside the surrogate pair: snaps to the emoji
  CHECK(utf8.offset({0, 3}) == 1u);    // inside the UTF-8 sequence: the same
  CHECK(utf16.offset({0, 99}) == 9u);  // past the line end: the line end, before CRLF
  CHECK(utf16.offset({2, 1}) == 14u);
  CHECK(utf16.offset({3, 0}) == 14u);  // the line after the last: the end of the text
  CHECK_FALSE(utf16.offset({4, 0}).has_value());
  CHECK(character_after("😀’x", 2, PositionEncoding::Utf16) == 3);
  CHECK(character_after("😀’x", 2, PositionEncoding::Utf8) == 7);
}

TEST_CASE("the store applies full and incremental changes in order") {
  TextDocumentStore store;
  store.open({"file:///a.txt", "text", 1, "Hi 😀 there\nbye"});
  std::string error;
  REQUIRE(store.change("file:///a.txt", 2, {{range(0, 5, 0, 5), ","}, {range(1, 0, 1, 3), "later"}},
                       PositionEncoding::Utf16, &error));
  CHECK(store.find("file:///a.txt")->text == "Hi 😀, there\nlater");
  CHECK(store.find("file:///a.txt")->version == 2);
  REQUIRE(
      store.change("file:///a.txt", 3, {{std::nullopt, "new"}}, PositionEncoding::Utf8, &error));
  CHECK(store.find("file:///a.txt")->text == "new");
  CHECK(store.uris() == std::vector<std::string>{"file:///a.txt"});
  CHECK(store.close("file:///a.txt"));
  CHECK(store.find("file:///a.txt") == nullptr);
  CHECK_FALSE(store.close("file:///a.txt"));
}

TEST_CASE("the store refuses a bad batch whole") {
  TextDocumentStore store;
  store.open({"file:///a.txt", "text", 1, "one\ntwo"});
  std::string error;
  CHECK_FALSE(store.change("file:///a.txt", 2, {{range(0, 0, 0, 0), "x"}, {range(7, 0, 7, 0), "y"}},
                           PositionEncoding::Utf16, &error));
  CHECK(error.find("change 2 of 2: range 7:0-7:0 is past the end of the document (2 lines)") == 0);
  CHECK(store.find("file:///a.txt")->text == "one\ntwo");
  CHECK(store.find("file:///a.txt")->version == 1);
  CHECK_FALSE(store.change("file:///b.txt", 2, {}, PositionEncoding::Utf16, &error));
}

TEST_CASE("file URIs and paths convert both ways") {
  CHECK(path_from_uri("file:///home/a%20b/r%C3%A9ply.txt") == "/home/a b/réply.txt");
  CHECK(path_from_uri("file://localhost/x") == "/x");
  CHECK_FALSE(path_from_uri("untitled:Untitled-1").has_value());
  CHECK_FALSE(path_from_uri("file://server/share/x").has_value());
  CHECK_FALSE(path_from_uri("file:///bad%zz").has_value());
  CHECK(uri_from_path("/home/a b/réply#1.txt") == "file:///home/a%20b/r%C3%A9ply%231.txt");
  CHECK(path_from_uri(uri_from_path("/tmp/x?y")) == "/tmp/x?y");
}
