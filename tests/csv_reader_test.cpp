// SPDX-License-Identifier: MIT
// CSV macro exports (src/readers/csv_reader.cpp, csv_table.cpp).
#include <catch2/catch.hpp>

#include "reader_test_support.hpp"

using namespace replylint;
using namespace replylint::testing;

TEST_CASE("the text column is found by header name; quoted cells span lines and decode \"\"") {
  const std::string content =
      "id,Title,Body\r\n"
      "m1,Late parcel,\"Hi \"\"Sam\"\",\r\nI'm sorry to hear that.\"\r\n"
      "m2,Plain,No quotes here\r\n";
  const auto replies = read_as(InputFormat::Csv, content);
  CHECK(lint_texts(content, replies) ==
        std::vector<std::string>{"Hi \"Sam\",\r\nI'm sorry to hear that.", "No quotes here"});
  CHECK(ids_of(replies) == std::vector<std::string>{"m1", "m2"});
  CHECK(replies[0].begin == content.find("Hi "));
  CHECK(replies[0].end == content.find("\"\r\nm2"));
  CHECK_FALSE(replies[1].rewritten());
  CHECK(findings_in(content, replies, R"(["\"Sam\"", "sorry to hear"])") ==
        std::vector<Located>{{"\"\"Sam\"\"", 2, 20}, {"sorry to hear", 3, 5}});
}

TEST_CASE("a finding after an escaped quote on the same line has the file's column") {
  const std::string content = "text\n\"He said \"\"no\"\", so sorry to hear it\"\n";
  const auto replies = read_as(InputFormat::Csv, content);
  REQUIRE(replies.size() == 1);
  CHECK(lint_text(content, replies[0]) == "He said \"no\", so sorry to hear it");
  CHECK(findings_in(content, replies, R"(["sorry to hear"])") ==
        std::vector<Located>{{"sorry to hear", 2, 21}});
}

TEST_CASE("a role column keeps agent rows; rows are named when there is no id column") {
  const std::string content = "role,message\ncustomer,calm down\nagent,On it.\n\nAGENT,Done.\n";
  const auto replies = read_as(InputFormat::Csv, content);
  CHECK(lint_texts(content, replies) == std::vector<std::string>{"On it.", "Done."});
  CHECK(ids_of(replies) == std::vector<std::string>{"row 2", "row 3"});
}

TEST_CASE("spreadsheet exports with ';' or tab delimiters are read") {
  const std::string semicolons = "id;text\nx1;\"a; b\"\n";
  CHECK(lint_texts(semicolons, read_as(InputFormat::Csv, semicolons)) ==
        std::vector<std::string>{"a; b"});
  const std::string tabs = "id\ttext\nx1\thello\n";
  CHECK(lint_texts(tabs, read_as(InputFormat::Csv, tabs)) == std::vector<std::string>{"hello"});
}

TEST_CASE("a missing text column and an unclosed quote are reported") {
  Diagnostics diagnostics;
  InputOptions options;
  options.text_field = "boddy";
  CHECK(read_as(InputFormat::Csv, "id,body\n1,x\n", options, &diagnostics).empty());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics.items()[0].level == DiagnosticLevel::Warning);
  CHECK(diagnostics.items()[0].line == 1);
  CHECK(diagnostics.items()[0].message ==
        "skipped: no text column: looked for boddy; the header has id, body (choose one with "
        "--text-field) (did you mean \"body\"?)");

  Diagnostics unclosed;
  const std::string content = "text\nfine\n\"never closed\nstill inside\n";
  const auto replies = read_as(InputFormat::Csv, content, {}, &unclosed);
  CHECK(lint_texts(content, replies) ==
        std::vector<std::string>{"fine", "never closed\nstill inside"});
  REQUIRE(unclosed.size() == 1);
  CHECK(unclosed.items()[0].line == 3);
  CHECK(unclosed.items()[0].column == 1);
}
