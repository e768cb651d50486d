// SPDX-License-Identifier: MIT
// JSON conversation exports (src/readers/json_reader.cpp).
#include <catch2/catch.hpp>

#include "reader_test_support.hpp"

using namespace replylint;
using namespace replylint::testing;

namespace {

// The shape of a Twitter customer-care export, with text written for this test.
const std::string kTweetExport = R"([
  {
    "agentURL": {"turn": "3", "url_utterance": "@pat Sorry to hear that; the fix is live now."},
    "dialogContent": [
      {"client": "pat", "datetime": "2024-01-01T10:00:00Z",
       "message": "@acme calm down? As I said, sorry to hear is not an answer"},
      {"agent": "acme", "message": "@pat I\u2019m sorry to hear that.\nAs I said, DM us."},
      {"client1": "sam", "message": "per your policy, sorry to hear"}
    ],
    "dialogHeader": {"company": "acme", "sessionID": "s-1"}
  }
])";

}  // namespace

TEST_CASE("only agent turns of a conversation export are replies") {
  InputOptions options;
  options.turns_field = "dialogContent";
  options.text_field = "message";
  options.reply_fields = {"agentURL.url_utterance"};
  const auto replies = read_as(InputFormat::Json, kTweetExport, options);
  CHECK(lint_texts(kTweetExport, replies) ==
        std::vector<std::string>{"@pat I\xE2\x80\x99m sorry to hear that.\nAs I said, DM us.",
                                 "@pat Sorry to hear that; the fix is live now."});
  CHECK(ids_of(replies) ==
        std::vector<std::string>{"conversation 1 turn 2", "conversation 1 agentURL.url_utterance"});
  CHECK(findings_in(kTweetExport, replies, R"(["sorry to hear", "as I said", "calm down"])") ==
        std::vector<Located>{
            {"sorry to hear", 7, 51}, {"As I said", 7, 72}, {"Sorry to hear", 3, 54}});
}

TEST_CASE("the defaults find the turns and the text of common shapes") {
  // "dialogContent" and "message" are among the defaults; the agent is the turn keyed "agent".
  CHECK(read_as(InputFormat::Json, kTweetExport).size() == 1);
  const std::string chat = R"([
    {"id": "conv-9", "messages": [
      {"role": "user", "content": "calm down"},
      {"role": "assistant", "content": "Here is the link."}]}])";
  InputOptions options;
  options.agent_roles = {"assistant"};
  const auto replies = read_as(InputFormat::Json, chat, options);
  CHECK(lint_texts(chat, replies) == std::vector<std::string>{"Here is the link."});
  CHECK(ids_of(replies) == std::vector<std::string>{"conv-9 turn 2"});
}

TEST_CASE("roles can be nested and non-string; a turn's own id wins") {
  const std::string conversation = R"({"parts": {"list": [
      {"id": 11, "incoming": true, "body": "calm down"},
      {"id": 12, "incoming": false, "body": "Refund sent."}]}})";
  InputOptions options;
  options.turns_field = "parts.list";
  options.role_field = "incoming";
  options.agent_roles = {"false"};
  const auto replies = read_as(InputFormat::Json, conversation, options);
  CHECK(lint_texts(conversation, replies) == std::vector<std::string>{"Refund sent."});
  CHECK(ids_of(replies) == std::vector<std::string>{"12"});
}

TEST_CASE("an array of plain records reads like JSON Lines") {
  const std::string records =
      R"([{"id": "m1", "text": "Macro one."}, {"id": "m2", "role": "customer", "text": "no"}])";
  const auto replies = read_as(InputFormat::Json, records);
  CHECK(lint_texts(records, replies) == std::vector<std::string>{"Macro one."});
  CHECK(ids_of(replies) == std::vector<std::string>{"m1"});
}

TEST_CASE("malformed JSON and files without conversations are reported") {
  Diagnostics diagnostics;
  CHECK(read_as(InputFormat::Json, "[\n  {\"turns\": [}\n]", {}, &diagnostics).empty());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics.items()[0].level == DiagnosticLevel::Error);
  CHECK(diagnostics.items()[0].line == 2);
  CHECK(diagnostics.items()[0].column == 14);
  CHECK(diagnostics.items()[0].message.find("malformed JSON: ") == 0);

  Diagnostics none;
  CHECK(read_as(InputFormat::Json, R"({"name": "package"})", {}, &none).empty());
  REQUIRE(none.size() == 1);
  CHECK(none.items()[0].level == DiagnosticLevel::Warning);
  CHECK(none.items()[0].message.find("no conversation found") == 0);
}

namespace {

// Reads `text` as a streamed chunk of a top-level array whose first element is `first`.
std::vector<ReplySpan> read_elements(const std::string& text, std::size_t first,
                                     Diagnostics& diagnostics, std::size_t base_offset = 0) {
  InputOptions options;
  REQUIRE(prepare_input_options(&options, diagnostics));
  ReaderInput input;
  input.text = text;
  input.base_offset = base_offset;
  input.display_name = "input";
  input.json_first_element = first;
  return read_chunk(InputFormat::Json, input, options, diagnostics);
}

}  // namespace

TEST_CASE("a streamed chunk of an array reads its elements with the file's numbering") {
  const std::string conversation =
      R"({"turns": [{"role": "agent", "text": "Sorry, [a], \"b\"."}]})";
  Diagnostics diagnostics;
  // A middle chunk: no '[', ends after a ','.
  const auto middle = read_elements(conversation + ",\n  " + conversation + ",\n", 4, diagnostics);
  CHECK(diagnostics.empty());
  CHECK(ids_of(middle) ==
        std::vector<std::string>{"conversation 5 turn 1", "conversation 6 turn 1"});
  // The first chunk opens the array, the last one closes it; the whole array in one chunk reads
  // as the whole file does.
  const std::string whole = "[" + conversation + ", " + conversation + "]\n";
  CHECK(ids_of(read_elements(whole, 0, diagnostics)) == ids_of(read_as(InputFormat::Json, whole)));
  CHECK(read_elements("[ ]", 0, diagnostics).empty());
  CHECK(read_elements("[\n", 0, diagnostics).empty());  // a first chunk holding only the '['
  CHECK(diagnostics.empty());
  // Plain records, decided per chunk.
  CHECK(ids_of(read_elements(R"({"id": "r-9", "text": "x"}])", 8, diagnostics)) ==
        std::vector<std::string>{"r-9"});
  CHECK(diagnostics.empty());
}

TEST_CASE("a streamed chunk with malformed JSON is reported and read no further") {
  const auto error_of = [](const std::string& text, std::size_t first) {
    Diagnostics diagnostics;
    CHECK(read_elements(text, first, diagnostics).empty());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics.items()[0].level == DiagnosticLevel::Error);
    return std::pair(diagnostics.items()[0].column, diagnostics.items()[0].message);
  };
  // Inside an element: the whole-file path's message and column.
  Diagnostics whole;
  read_as(InputFormat::Json, R"([1, {"a" 2}])", {}, &whole);
  REQUIRE(whole.size() == 1);
  CHECK(error_of(R"({"a" 2}])", 1) ==
        std::pair(whole.items()[0].column - 4, whole.items()[0].message));
  // Separators and what follows the array.
  CHECK(error_of(R"(1 2])", 1) ==
        std::pair(3, std::string("malformed JSON: expected ',' or ']' after an array element")));
  CHECK(error_of(R"(1, ])", 1).second == "malformed JSON: expected a value after ','");
  CHECK(error_of(R"(1] x)", 1) ==
        std::pair(4, std::string("malformed JSON: unexpected data after the array")));
  CHECK(error_of(R"(  {"a": 1})", 0).second == "malformed JSON: expected '['");
}
