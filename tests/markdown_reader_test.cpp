// SPDX-License-Identifier: MIT
// Markdown macro libraries (src/readers/markdown_reader.cpp).
#include <catch2/catch.hpp>

#include "reader_test_support.hpp"

using namespace replylint;
using namespace replylint::testing;

TEST_CASE("each heading section is one macro named by its heading; groups only introduce") {
  const std::string content =
      "---\ntitle: Billing macros\n---\n"
      "Macros for the billing team.\n\n"
      "# Billing\n"
      "Macros the billing team sends.\n\n"
      "## Double charge ##\n"
      "Hi [Customer Name],\n\nI've refunded the second charge.\n"
      "## Late refund\n"
      "Your refund left us today.\n";
  const auto replies = read_as(InputFormat::Markdown, content);
  CHECK(ids_of(replies) == std::vector<std::string>{"Double charge", "Late refund"});
  CHECK(lint_texts(content, replies) ==
        std::vector<std::string>{"Hi xxxxxxxxxxxxxxx,\n\nI've refunded the second charge.",
                                 "Your refund left us today."});
}

TEST_CASE("code blocks and HTML comments are blanked in place; headings inside them are not") {
  const std::string content =
      "## Outage\n"
      "We're on it. <!-- calm down -->Back soon.\n"
      "```text\n"
      "# not a heading\n"
      "calm down\n"
      "```\n"
      "<!--\n"
      "## also not a heading\n"
      "calm down\n"
      "-->\n"
      "Thanks, calm down.\n";
  const auto replies = read_as(InputFormat::Markdown, content);
  REQUIRE(replies.size() == 1);
  CHECK(replies[0].id == "Outage");
  const std::string text = lint_text(content, replies[0]);
  CHECK(text.size() == replies[0].end - replies[0].begin);
  CHECK(text.find("not a heading") == std::string::npos);
  CHECK(text.rfind("We're on it. " + std::string(18, ' ') + "Back soon.\n", 0) == 0);
  CHECK(findings_in(content, replies, R"(["calm down"])") ==
        std::vector<Located>{{"calm down", 11, 9}});
}

TEST_CASE("a file without headings is one reply; a section of only code gives none") {
  const std::string plain = "Thanks for waiting.\n";
  CHECK(lint_texts(plain, read_as(InputFormat::Markdown, plain)) ==
        std::vector<std::string>{"Thanks for waiting."});
  const std::string only_code = "# Snippet\n~~~~\ncode\n~~~~\n# Empty\n";
  CHECK(read_as(InputFormat::Markdown, only_code).empty());
}
