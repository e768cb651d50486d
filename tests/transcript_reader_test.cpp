// SPDX-License-Identifier: MIT
// Speaker transcripts (src/readers/transcript_reader.cpp).
#include <catch2/catch.hpp>

#include "reader_test_support.hpp"

using namespace replylint;
using namespace replylint::testing;

TEST_CASE("agent turns are replies without their speaker prefix; continuations belong to them") {
  const std::string content =
      "Customer: My order is late.\n"
      "Agent: Thanks for waiting.\n"
      "I have checked the depot.\n"
      "\n"
      "Customer: And?\n"
      "Support: It ships today.\n";
  const auto replies = read_as(InputFormat::Transcript, content);
  CHECK(lint_texts(content, replies) ==
        std::vector<std::string>{"Thanks for waiting.\nI have checked the depot.",
                                 "It ships today."});
  CHECK(ids_of(replies) == std::vector<std::string>{"turn 2", "turn 4"});
  CHECK(replies[0].begin == content.find("Thanks"));
}

TEST_CASE("timestamps of several shapes come before the speaker") {
  const std::string content =
      "[10:02] Agent: one\n"
      "10:02:11 - Sam (agent): two\n"
      "2024-01-02 10:03 AM Rep: three\n"
      "2024-01-02T10:04:00Z | Customer: four\n"
      "(10:05) Advisor: five\n";
  const auto replies = read_as(InputFormat::Transcript, content);
  CHECK(lint_texts(content, replies) == std::vector<std::string>{"one", "two", "three", "five"});
  CHECK(ids_of(replies) == std::vector<std::string>{"turn 1", "turn 2", "turn 3", "turn 5"});
}

TEST_CASE("the --agent pattern chooses which speakers are the agent") {
  const std::string content =
      "Alex: Hello, I'm Alex from Acme.\nJordan: hi\nAlex: How can I help?\n";
  InputOptions options;
  options.agent_pattern = "^alex$";
  CHECK(lint_texts(content, read_as(InputFormat::Transcript, content, options)) ==
        std::vector<std::string>{"Hello, I'm Alex from Acme.", "How can I help?"});
  CHECK(read_as(InputFormat::Transcript, content).empty());  // neither is an agent by default
}

TEST_CASE("an unknown speaker starts a new turn, so a customer is never merged into the agent") {
  const std::string content = "Agent: Sorry for the wait.\nJordan: calm down yourself\n";
  const auto replies = read_as(InputFormat::Transcript, content);
  CHECK(lint_texts(content, replies) == std::vector<std::string>{"Sorry for the wait."});
}

TEST_CASE("in a timestamped log only timestamped lines start turns") {
  const std::string content =
      "[10:02] Agent: The refund is on its way.\n"
      "Reference: R-1234\n"
      "[10:03] Customer: thanks\n";
  const auto replies = read_as(InputFormat::Transcript, content);
  CHECK(lint_texts(content, replies) ==
        std::vector<std::string>{"The refund is on its way.\nReference: R-1234"});
}

TEST_CASE("text before the first speaker, URLs and long sentences are not speaker labels") {
  const std::string content =
      "Exported chat, ticket 42\n"
      "Agent: See https://example.com/help for the steps.\n"
      "The steps we agreed on are these: one, two.\n";
  const auto replies = read_as(InputFormat::Transcript, content);
  CHECK(lint_texts(content, replies) ==
        std::vector<std::string>{"See https://example.com/help for the steps.\n"
                                 "The steps we agreed on are these: one, two."});
}

TEST_CASE("customer turns are never flagged; agent findings point into the file") {
  const std::string content =
      "Customer: calm down? as I said, sorry to hear is per your policy\r\n"
      "Agent: I'm sorry to hear that, {{first_name}}.\r\n"
      "As I said, {{sorry to hear}} calm down.\r\n";
  const auto replies = read_as(InputFormat::Transcript, content);
  REQUIRE(replies.size() == 1);
  CHECK(lint_text(content, replies[0]) ==
        "I'm sorry to hear that, xxxxxxxxxxxxxx.\r\nAs I said, xxxxxxxxxxxxxxxxx calm down.");
  CHECK(findings_in(content, replies, R"(["sorry to hear", "as I said", "calm down"])") ==
        std::vector<Located>{{"sorry to hear", 2, 12}, {"As I said", 3, 1}, {"calm down", 3, 30}});
}
