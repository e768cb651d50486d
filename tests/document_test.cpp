// SPDX-License-Identifier: MIT
#include "replylint/document.hpp"

#include <catch2/catch.hpp>

using replylint::ReplyUnit;
using replylint::split_plain_text;

namespace {
std::vector<std::string> texts(const std::string& content, ReplyUnit unit) {
  std::vector<std::string> out;
  for (const auto& span : split_plain_text(content, unit)) {
    out.push_back(content.substr(span.begin, span.end - span.begin));
  }
  return out;
}
}  // namespace

TEST_CASE("plain text is one trimmed reply per file by default") {
  CHECK(texts("\n  Hello there.\nBye.\n\n", ReplyUnit::File) ==
        std::vector<std::string>{"Hello there.\nBye."});
  CHECK(texts(" \n\t\n", ReplyUnit::File).empty());
}

TEST_CASE("paragraph and line units split on blank lines and lines") {
  const std::string text = "One.\nStill one.\n\n \nTwo.\r\n\r\nThree.";
  CHECK(texts(text, ReplyUnit::Paragraph) ==
        std::vector<std::string>{"One.\nStill one.", "Two.", "Three."});
  CHECK(texts(text, ReplyUnit::Line) ==
        std::vector<std::string>{"One.", "Still one.", "Two.", "Three."});
}
