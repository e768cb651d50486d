// SPDX-License-Identifier: MIT
// JSON Lines records (src/readers/jsonl_reader.cpp).
#include <catch2/catch.hpp>

#include "reader_test_support.hpp"

using namespace replylint;
using namespace replylint::testing;

TEST_CASE("agent records and records without a role are replies; ids are carried") {
  const std::string content = R"({"id": "c1", "role": "customer", "text": "calm down, as I said"})"
                              "\n"
                              R"({"id": "a1", "role": "Agent", "text": "Your parcel ships today."})"
                              "\n"
                              "\n"
                              R"({"id": 7, "text": "No role: a macro."})"
                              "\n";
  const auto replies = read_as(InputFormat::Jsonl, content);
  CHECK(lint_texts(content, replies) ==
        std::vector<std::string>{"Your parcel ships today.", "No role: a macro."});
  CHECK(ids_of(replies) == std::vector<std::string>{"a1", "7"});
  CHECK(replies[0].begin == content.find("Your"));
  CHECK_FALSE(replies[0].rewritten());  // no escapes: a plain span of the file
}

TEST_CASE("escapes are decoded and every finding maps back to its escape sequences") {
  const std::string content =
      R"({"id": "r1", "text": "Hi Sam \ud83d\ude00,\nI\u2019m sorry to hear \"that\".\tAs I said\u2026"})"
      "\n";
  const auto replies = read_as(InputFormat::Jsonl, content);
  REQUIRE(replies.size() == 1);
  CHECK(lint_text(content, replies[0]) ==
        "Hi Sam \xF0\x9F\x98\x80,\nI\xE2\x80\x99m sorry to hear \"that\".\tAs I said\xE2\x80\xA6");
  REQUIRE(replies[0].origin.size() == replies[0].text.size() + 1);
  CHECK(replies[0].begin == content.find("Hi Sam"));
  CHECK(replies[0].end == content.rfind('"'));
  CHECK(findings_in(content, replies, R"(["I'm sorry to hear", "\"that\"", "as I said"])") ==
        std::vector<Located>{
            {R"(I\u2019m sorry to hear)", 1, 45},
            {R"(\"that\")", 1, 68},
            {"As I said", 1, 79},
        });
}

TEST_CASE("dotted paths reach nested fields for text, role and id") {
  const std::string content =
      R"({"meta": {"id": "m-1"}, "author": {"type": "admin"}, "message": {"body": "Done."}})"
      "\n"
      R"({"meta": {"id": "m-2"}, "author": {"type": "user"}, "message": {"body": "Hm."}})"
      "\n"
      R"({"meta": {"id": "m-3"}, "author.type": "admin", "message": {"body": "Dotted key."}})"
      "\n";
  InputOptions options;
  options.text_field = "message.body";
  options.role_field = "author.type";
  options.agent_roles = {"admin", "bot"};
  options.id_field = "meta.id";
  const auto replies = read_as(InputFormat::Jsonl, content, options);
  CHECK(lint_texts(content, replies) == std::vector<std::string>{"Done.", "Dotted key."});
  CHECK(ids_of(replies) == std::vector<std::string>{"m-1", "m-3"});
}

TEST_CASE("without --text-field the first of text, body, content, message, reply is used") {
  const std::string content = R"({"body": "From body.", "reply": "not this"})"
                              "\n";
  CHECK(lint_texts(content, read_as(InputFormat::Jsonl, content)) ==
        std::vector<std::string>{"From body."});
}

TEST_CASE("malformed lines are reported with line and column and the rest is read") {
  const std::string content = R"({"text": "first"})"
                              "\n"
                              R"({"text": "broken)"
                              "\n"
                              R"(["not", "an object"])"
                              "\n"
                              R"({"text": 42})"
                              "\n"
                              R"({"other": "x"})"
                              "\n"
                              R"({"other": "y"})"
                              "\n"
                              R"({"text": "last"})"
                              "\n";
  Diagnostics diagnostics;
  const auto replies = read_as(InputFormat::Jsonl, content, {}, &diagnostics);
  CHECK(lint_texts(content, replies) == std::vector<std::string>{"first", "last"});
  REQUIRE(diagnostics.size() == 3);
  const auto& items = diagnostics.items();
  CHECK(items[0].level == DiagnosticLevel::Error);
  CHECK(items[0].line == 2);
  CHECK(items[0].message.find("malformed JSON record") == 0);
  CHECK(items[1].line == 3);
  CHECK(items[1].column == 1);
  CHECK(items[1].message == "a JSON Lines record must be an object");
  CHECK(items[2].level == DiagnosticLevel::Warning);
  CHECK(items[2].line == 4);
  CHECK(items[2].message == "field \"text\" is not a string (3 such messages skipped)");
  CHECK(format_diagnostic(items[0]).find("input:2:") == 0);
}

TEST_CASE("a chunk with a base offset gives file offsets and file line numbers") {
  const std::string file = "{\"text\": \"a\"}\n{\"text\": \"sorry \\u2019\"}\n{bad\n";
  const std::size_t second = file.find("{\"text\": \"sorry");
  InputOptions options;
  Diagnostics diagnostics;
  REQUIRE(prepare_input_options(&options, diagnostics));
  ReaderInput input;
  input.text = std::string_view(file).substr(second);
  input.base_offset = second;
  input.base_line = 2;
  input.display_name = "big.jsonl";
  const auto replies = read_chunk(InputFormat::Jsonl, input, options, diagnostics);
  REQUIRE(replies.size() == 1);
  CHECK(replies[0].begin == file.find("sorry"));
  CHECK(replies[0].origin.front() == file.find("sorry"));
  CHECK(replies[0].origin.back() == file.rfind('"'));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics.items()[0].line == 3);
  CHECK(diagnostics.items()[0].path == "big.jsonl");
}
