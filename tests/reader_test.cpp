// SPDX-License-Identifier: MIT
#include "replylint/reader.hpp"

#include <catch2/catch.hpp>

#include "reader_test_support.hpp"

using namespace replylint;
using namespace replylint::testing;

TEST_CASE("formats are chosen by extension, case-insensitively, text otherwise") {
  CHECK(format_for_path("chat.transcript") == InputFormat::Transcript);
  CHECK(format_for_path("dump/records.JSONL") == InputFormat::Jsonl);
  CHECK(format_for_path("records.ndjson") == InputFormat::Jsonl);
  CHECK(format_for_path("export.json") == InputFormat::Json);
  CHECK(format_for_path("macros.csv") == InputFormat::Csv);
  CHECK(format_for_path("macros.md") == InputFormat::Markdown);
  CHECK(format_for_path("macros.markdown") == InputFormat::Markdown);
  CHECK(format_for_path("reply.eml") == InputFormat::Email);
  CHECK(format_for_path("reply.txt") == InputFormat::Text);
  CHECK(format_for_path("chat.log") == InputFormat::Text);  // only by --input transcript
  CHECK(format_for_path("folder.json/README") == InputFormat::Text);
  CHECK(format_for_path("no_extension") == InputFormat::Text);
}

TEST_CASE("every format has a --input name") {
  CHECK(input_format_names() == std::vector<std::string>{"text", "transcript", "jsonl", "json",
                                                         "csv", "markdown", "email"});
  CHECK(parse_input_format("csv") == InputFormat::Csv);
  CHECK_FALSE(parse_input_format("xml"));
}

TEST_CASE("read_replies follows --input over the extension, and stdin reads as text") {
  Document document;
  document.path = "chat.txt";
  document.display_name = "chat.txt";
  document.content = "Customer: hi\nAgent: hello\n";
  InputOptions options;
  Diagnostics diagnostics;
  CHECK(read_replies(document, options, diagnostics).size() == 1);  // whole file as text
  options.format = InputFormat::Transcript;
  const auto replies = read_replies(document, options, diagnostics);
  REQUIRE(replies.size() == 1);
  CHECK(lint_text(document.content, replies[0]) == "hello");
  document.path.reset();
  document.content = R"({"text": "hi"})";
  options.format.reset();
  const auto from_stdin = read_replies(document, options, diagnostics);
  REQUIRE(from_stdin.size() == 1);
  CHECK(lint_text(document.content, from_stdin[0]) == R"({"text": "hi"})");
  CHECK(diagnostics.empty());
}

TEST_CASE("a byte order mark is skipped before the format sees the text") {
  Document document;
  document.path = "r.jsonl";
  document.display_name = "r.jsonl";
  document.content = "\xEF\xBB\xBF{\"text\": \"Hello\"}\n";
  Diagnostics diagnostics;
  const auto replies = read_replies(document, InputOptions{}, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(replies.size() == 1);
  CHECK(replies[0].begin == document.content.find("Hello"));
}

TEST_CASE("an invalid --agent pattern is a usage error") {
  InputOptions options;
  options.agent_pattern = "(agent";
  Diagnostics diagnostics;
  CHECK_FALSE(prepare_input_options(&options, diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics.items()[0].message.find("--agent") == 0);
}

TEST_CASE("plain text gets its placeholders blanked and no finding inside them") {
  const std::string content = "Hi {{sorry to hear}},\n\nI'm sorry to hear [Sorry To Hear] that.\n";
  InputOptions options;
  options.unit = ReplyUnit::Paragraph;
  const auto replies = read_as(InputFormat::Text, content, options);
  CHECK(
      lint_texts(content, replies) ==
      std::vector<std::string>{"Hi xxxxxxxxxxxxxxxxx,", "I'm sorry to hear xxxxxxxxxxxxxxx that."});
  CHECK(findings_in(content, replies, R"(["sorry to hear"])") ==
        std::vector<Located>{{"sorry to hear", 3, 5}});
}
