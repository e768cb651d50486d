// SPDX-License-Identifier: MIT
// Protocol tests: whole LSP sessions driven in-process, through the server's message interface
// and through the framed transport with string streams.
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "lsp/jsonrpc_transport.hpp"
#include "lsp/language_server.hpp"
#include "lsp/server_loop.hpp"
#include "lsp/uri.hpp"
#include "temp_folder.hpp"
#include "test_rules.hpp"

using namespace replylint;
using namespace replylint::lsp;
using namespace replylint::testing;
using nlohmann::json;

namespace {

const char* const kUri = "file:///macros/refund.txt";

// Three problems and one piece of evidence; the first suggestion of two rules follows the
// replacement convention, the other is advice.
std::string test_pack() {
  return pack_of(rule_json("test/sorry-to-hear", "sympathy", -10, R"(["\\bsorry to hear\\b"])",
                           R"(, "suggest": ["Replace with: \"I can see how frustrating this is\"",
                                 "Name the feeling and its cause."],
                   "explain": ["Sympathy watches from the sidelines."])") +
                 "," +
                 rule_json("test/calm-down", "dismissive", -20, R"(["\\bcalm down\\b"])",
                           R"(, "severity": "error", "suggest": ["Replace with: I hear you"])") +
                 "," + rule_json("test/afraid", "non-apology", -5, R"(["\\bI'm afraid\\b"])") +
                 "," + rule_json("test/fix", "empathy", 14, R"(["\\blet's fix\\b"])"));
}

ServerOptions test_options() {
  ServerOptions options;
  options.rules.use_embedded = false;
  options.inline_packs.push_back({"/packs/test.json", test_pack()});
  return options;
}

json initialize_params(bool offer_utf8) {
  json params = {
      {"processId", nullptr},
      {"rootUri", "file:///macros"},
      {"capabilities",
       {{"textDocument", {{"codeAction", {{"codeActionLiteralSupport", json::object()}}}}}}}};
  if (offer_utf8) params["capabilities"]["general"]["positionEncodings"] = {"utf-8", "utf-16"};
  return params;
}

// A client in a test: sends messages to the server and keeps everything it answered.
struct Client {
  std::vector<json> received;
  LanguageServer server;
  int next_id = 1;

  explicit Client(ServerOptions options = test_options())
      : server(std::move(options), [this](const json& message) { received.push_back(message); }) {}

  json request(const std::string& method, json params) {
    const int id = next_id++;
    server.handle({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}});
    for (const json& message : received) {
      if (message.contains("id") && message["id"] == id) return message;
    }
    FAIL("no response to " << method);
    return nullptr;
  }

  void notify(const std::string& method, json params) {
    server.handle({{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
  }

  json start(bool offer_utf8 = false) {
    json response = request("initialize", initialize_params(offer_utf8));
    notify("initialized", json::object());
    return response;
  }

  void open(const std::string& text, const std::string& uri = kUri) {
    notify(
        "textDocument/didOpen",
        {{"textDocument", {{"uri", uri}, {"languageId", "text"}, {"version", 1}, {"text", text}}}});
  }

  void change(int version, json changes, const std::string& uri = kUri) {
    notify("textDocument/didChange",
           {{"textDocument", {{"uri", uri}, {"version", version}}}, {"contentChanges", changes}});
  }

  std::vector<json> notifications(const std::string& method) const {
    std::vector<json> out;
    for (const json& message : received) {
      if (message.value("method", "") == method) out.push_back(message["params"]);
    }
    return out;
  }

  // The diagnostics published last for `uri`.
  json diagnostics(const std::string& uri = kUri) const {
    json last;
    for (const json& params : notifications("textDocument/publishDiagnostics")) {
      if (params["uri"] == uri) last = params;
    }
    return last;
  }

  // Publishes what is pending and returns the diagnostics of `rule` in the last publication.
  std::vector<json> published(const std::string& rule) {
    server.publish_pending_diagnostics();
    std::vector<json> out;
    const json last = diagnostics();
    for (const json& diagnostic : last["diagnostics"]) {
      if (diagnostic["code"] == rule) out.push_back(diagnostic);
    }
    return out;
  }
};

json range(int line, int start, int end_line, int end) {
  return {{"start", {{"line", line}, {"character", start}}},
          {"end", {{"line", end_line}, {"character", end}}}};
}

json range(int line, int start, int end) {
  return range(line, start, line, end);
}

std::string frame(const json& message) {
  const std::string body = message.dump();
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

std::vector<json> read_all(const std::string& output) {
  std::istringstream in(output);
  std::ostringstream unused;
  JsonRpcTransport transport(in, unused);
  std::vector<json> messages;
  for (Incoming incoming = transport.read(); incoming.kind != Incoming::Kind::End;
       incoming = transport.read()) {
    REQUIRE(incoming.kind == Incoming::Kind::Message);
    messages.push_back(incoming.message);
  }
  return messages;
}

}  // namespace

TEST_CASE("initialize advertises capabilities and negotiates utf-16 by default") {
  Client client;
  const json result = client.start()["result"];
  const json& capabilities = result["capabilities"];
  CHECK(capabilities["positionEncoding"] == "utf-16");
  CHECK(capabilities["textDocumentSync"]["openClose"] == true);
  CHECK(capabilities["textDocumentSync"]["change"] == 2);  // incremental
  CHECK(capabilities["textDocumentSync"]["save"].is_object());
  CHECK(capabilities["hoverProvider"] == true);
  CHECK(capabilities["codeActionProvider"]["codeActionKinds"] == json::array({"quickfix"}));
  CHECK(result["serverInfo"]["name"] == "replylint");
  CHECK(client.server.position_encoding() == PositionEncoding::Utf16);
}

TEST_CASE("initialize picks utf-8 when the client offers it") {
  Client client;
  CHECK(client.start(true)["result"]["capabilities"]["positionEncoding"] == "utf-8");
  CHECK(client.server.position_encoding() == PositionEncoding::Utf8);
}

TEST_CASE("diagnostics after an emoji are in the negotiated units") {
  // "Hi 😀 " is 8 bytes, 6 UTF-16 units; "😀 I’m afraid" has a curly apostrophe (3 bytes, 1 unit).
  const std::string text = "Hi 😀 sorry to hear that.\n😀 I’m afraid so.\n";
  SECTION("utf-16") {
    Client client;
    client.start();
    client.open(text);
    const auto sorry = client.published("test/sorry-to-hear");
    REQUIRE(sorry.size() == 1);
    CHECK(sorry[0]["range"] == range(0, 6, 19));
    const auto afraid = client.published("test/afraid");
    REQUIRE(afraid.size() == 1);
    CHECK(afraid[0]["range"] == range(1, 3, 13));
  }
  SECTION("utf-8") {
    Client client;
    client.start(true);
    client.open(text);
    const auto sorry = client.published("test/sorry-to-hear");
    REQUIRE(sorry.size() == 1);
    CHECK(sorry[0]["range"] == range(0, 8, 21));
    const auto afraid = client.published("test/afraid");
    REQUIRE(afraid.size() == 1);
    CHECK(afraid[0]["range"] == range(1, 5, 17));
  }
}

TEST_CASE("a finding diagnostic carries severity, code, source, message and data") {
  Client client;
  client.start();
  client.open("Please calm down, sorry to hear that.");
  client.server.publish_pending_diagnostics();
  const json published = client.diagnostics();
  CHECK(published["version"] == 1);
  const json& diagnostics = published["diagnostics"];
  REQUIRE(diagnostics.size() == 3);  // the score, then the findings in order
  const json& score = diagnostics[0];
  CHECK(score["severity"] == 3);
  CHECK(score["code"] == "score");
  CHECK(score["source"] == "replylint");
  CHECK(score["message"] == "score 30/100 dismissive (no empathy evidence)");
  CHECK(score["range"] == range(0, 0, 37));
  CHECK(score["data"]["score"] == 30);
  CHECK(score["data"]["verdict"] == "dismissive");
  const json& calm = diagnostics[1];
  CHECK(calm["severity"] == 1);
  CHECK(calm["code"] == "test/calm-down");
  CHECK(calm["source"] == "replylint");
  CHECK(calm["message"] == "found calm down");
  CHECK(calm["data"]["rule"] == "test/calm-down");
  CHECK(calm["data"]["suggestions"] == json::array({"Replace with: I hear you"}));
  CHECK(diagnostics[2]["severity"] == 2);
  CHECK(diagnostics[2]["code"] == "test/sorry-to-hear");
}

TEST_CASE("incremental changes are applied in the negotiated units") {
  const std::string text = "Hi 😀 sorry to hear that.";
  SECTION("utf-16") {
    Client client;
    client.start();
    client.open(text);
    // Insert right after the emoji: character 5 (UTF-16) is the space after it.
    client.change(2, json::array({{{"range", range(0, 5, 5)}, {"text", " calm down,"}}}));
    const auto calm = client.published("test/calm-down");
    REQUIRE(calm.size() == 1);
    CHECK(calm[0]["range"] == range(0, 6, 15));
    const auto sorry = client.published("test/sorry-to-hear");
    REQUIRE(sorry.size() == 1);
    CHECK(sorry[0]["range"] == range(0, 17, 30));
    CHECK(client.diagnostics()["version"] == 2);
  }
  SECTION("utf-8") {
    Client client;
    client.start(true);
    client.open(text);
    client.change(2, json::array({{{"range", range(0, 7, 7)}, {"text", " calm down,"}}}));
    const auto calm = client.published("test/calm-down");
    REQUIRE(calm.size() == 1);
    CHECK(calm[0]["range"] == range(0, 8, 17));
  }
  SECTION("a position inside a surrogate pair snaps to the emoji's start") {
    Client client;
    client.start();
    client.open(text);
    client.change(2, json::array({{{"range", range(0, 4, 4)}, {"text", "calm down "}}}));
    const auto calm = client.published("test/calm-down");
    REQUIRE(calm.size() == 1);
    CHECK(calm[0]["range"] == range(0, 3, 12));
  }
  SECTION("several changes in one notification, then a full replacement") {
    Client client;
    client.start();
    client.open("sorry to hear\nline two");
    client.change(2, json::array({{{"range", range(1, 0, 1, 8)}, {"text", "calm down"}},
                                  {{"range", range(0, 0, 0, 13)}, {"text", "ok"}}}));
    CHECK(client.published("test/sorry-to-hear").empty());
    REQUIRE(client.published("test/calm-down").size() == 1);
    client.change(3, json::array({{{"text", "I'm afraid not"}}}));
    CHECK(client.published("test/calm-down").empty());
    CHECK(client.published("test/afraid").size() == 1);
  }
}

TEST_CASE("rapid changes coalesce into one publication of the latest version") {
  std::stringstream in;
  std::ostringstream out;
  JsonRpcTransport transport(in, out);
  LanguageServer server(test_options(), [&](const json& message) { transport.write(message); });
  const auto drained = [&](std::chrono::milliseconds) { return in.rdbuf()->in_avail() > 0; };

  in << frame({{"jsonrpc", "2.0"},
               {"id", 1},
               {"method", "initialize"},
               {"params", initialize_params(false)}})
     << frame({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", json::object()}})
     << frame({{"jsonrpc", "2.0"},
               {"method", "textDocument/didOpen"},
               {"params",
                {{"textDocument",
                  {{"uri", kUri}, {"languageId", "text"}, {"version", 1}, {"text", "Hello."}}}}}});
  for (int version = 2; version <= 4; ++version) {
    in << frame({{"jsonrpc", "2.0"},
                 {"method", "textDocument/didChange"},
                 {"params",
                  {{"textDocument", {{"uri", kUri}, {"version", version}}},
                   {"contentChanges",
                    json::array({{{"range", range(0, 0, 0)}, {"text", "calm down "}}})}}}});
  }
  // The input ends without `exit`: the loop publishes once the queue is drained, then stops.
  CHECK(serve(transport, server, drained) == 1);
  std::vector<json> publications;
  for (const json& message : read_all(out.str())) {
    if (message.value("method", "") == "textDocument/publishDiagnostics") {
      publications.push_back(message["params"]);
    }
  }
  REQUIRE(publications.size() == 1);
  CHECK(publications[0]["version"] == 4);
  CHECK(publications[0]["diagnostics"].size() == 1 + 3);  // score + three "calm down"

  // The session goes on: hover, shutdown and exit end it with code 0.
  in.clear();
  in << frame(
            {{"jsonrpc", "2.0"},
             {"id", 2},
             {"method", "textDocument/hover"},
             {"params",
              {{"textDocument", {{"uri", kUri}}}, {"position", {{"line", 0}, {"character", 1}}}}}})
     << frame({{"jsonrpc", "2.0"}, {"id", 3}, {"method", "shutdown"}})
     << frame({{"jsonrpc", "2.0"}, {"method", "exit"}});
  out.str("");
  CHECK(serve(transport, server, drained) == 0);
  const std::vector<json> answers = read_all(out.str());
  REQUIRE(answers.size() == 2);
  CHECK(answers[0]["id"] == 2);
  CHECK(answers[0]["result"]["contents"]["value"].get<std::string>().find("test/calm-down") !=
        std::string::npos);
  CHECK(answers[1]["id"] == 3);
  CHECK(answers[1]["result"].is_null());
}

TEST_CASE("hover explains the finding under the cursor, or the score on the first line") {
  Client client;
  client.start();
  client.open("Hi 😀 sorry to hear that.\nLet's fix it.");
  const auto hover = [&](int line, int character) {
    return client.request("textDocument/hover",
                          {{"textDocument", {{"uri", kUri}}},
                           {"position", {{"line", line}, {"character", character}}}})["result"];
  };
  const json on_finding = hover(0, 8);
  const std::string text = on_finding["contents"]["value"];
  CHECK(on_finding["contents"]["kind"] == "markdown");
  CHECK(on_finding["range"] == range(0, 6, 19));
  CHECK(text.find("**test/sorry-to-hear** (sympathy, warning)") != std::string::npos);
  CHECK(text.find("found sorry to hear") != std::string::npos);
  CHECK(text.find("Sympathy watches from the sidelines.") != std::string::npos);
  CHECK(text.find("- Name the feeling and its cause.") != std::string::npos);
  CHECK(text.find("**Score:** weight -10; moves this reply by -10") != std::string::npos);
  CHECK(text.find("score 64/100 sympathetic (action)") != std::string::npos);

  const std::string evidence = hover(1, 2)["contents"]["value"];
  CHECK(evidence.find("**test/fix** (empathy, action, evidence)") != std::string::npos);
  CHECK(evidence.find("weight +14; moves this reply by +14") != std::string::npos);

  const std::string score = hover(0, 0)["contents"]["value"];
  CHECK(score.find("score 64/100 sympathetic (action)") != std::string::npos);
  CHECK(score.find("- +60 base") != std::string::npos);

  CHECK(hover(1, 12).is_null());  // past the evidence, not on a first line
  const json past_end = client.request(
      "textDocument/hover",
      {{"textDocument", {{"uri", kUri}}}, {"position", {{"line", 9}, {"character", 0}}}});
  CHECK(past_end["error"]["code"] == kInvalidParams);
}

TEST_CASE("code actions offer replacements and a suppression line") {
  Client client;
  client.start();
  const auto actions = [&](const std::string& uri, json range_json, json only = nullptr) {
    json context = {{"diagnostics", json::array()}};
    if (!only.is_null()) context["only"] = only;
    return client.request(
        "textDocument/codeAction",
        {{"textDocument", {{"uri", uri}}}, {"range", range_json}, {"context", context}})["result"];
  };

  client.open("Thanks.\r\n  😀 sorry to hear that.\r\n");
  const json result = actions(kUri, range(1, 6, 6));
  REQUIRE(result.size() == 2);
  const json& replace = result[0];
  CHECK(replace["title"] == "Replace \"sorry to hear\" with \"I can see how frustrating this is\"");
  CHECK(replace["kind"] == "quickfix");
  CHECK(replace["isPreferred"] == true);
  CHECK(replace["diagnostics"][0]["code"] == "test/sorry-to-hear");
  const json& edit = replace["edit"]["changes"][kUri][0];
  CHECK(edit["range"] == range(1, 5, 18));
  CHECK(edit["newText"] == "I can see how frustrating this is");

  const json& disable = result[1];
  CHECK(disable["title"] == "Disable test/sorry-to-hear for this line");
  CHECK(disable["kind"] == "quickfix");
  const json& insert = disable["edit"]["changes"][kUri][0];
  CHECK(insert["range"] == range(1, 0, 0));
  CHECK(insert["newText"] ==
        "  replylint-disable-next-line test/sorry-to-hear -- <reason>\r\n");  // indent, CRLF kept

  CHECK(actions(kUri, range(0, 0, 3)).empty());  // nothing there
  CHECK(actions(kUri, range(1, 6, 6), json::array({"refactor"})).empty());
  CHECK(actions(kUri, range(1, 6, 6), json::array({"quickfix"})).size() == 2);

  const std::string markdown = "file:///macros/refund.md";
  client.open("Sorry to hear.", markdown);
  const json md = actions(markdown, range(0, 0, 0));
  REQUIRE(md.size() == 2);
  CHECK(md[1]["edit"]["changes"][markdown][0]["newText"] ==
        "<!-- replylint-disable-next-line test/sorry-to-hear -- <reason> -->\n");
}

TEST_CASE("the suppression line of the quick fix silences the finding") {
  Client client;
  client.start();
  client.open("Thanks.\nsorry to hear that.");
  REQUIRE(client.published("test/sorry-to-hear").size() == 1);
  const json action = client.request("textDocument/codeAction",
                                     {{"textDocument", {{"uri", kUri}}},
                                      {"range", range(1, 0, 0)},
                                      {"context", {{"diagnostics", json::array()}}}})["result"][1];
  const json& insert = action["edit"]["changes"][kUri][0];
  client.change(2, json::array({{{"range", insert["range"]},
                                 {"text",
                                  "replylint-disable-next-line test/sorry-to-hear -- "
                                  "quoting the customer\n"}}}));
  CHECK(client.published("test/sorry-to-hear").empty());
}

TEST_CASE("didClose clears the document's diagnostics") {
  Client client;
  client.start();
  client.open("sorry to hear");
  client.server.publish_pending_diagnostics();
  CHECK(client.diagnostics()["diagnostics"].size() == 2);
  client.notify("textDocument/didClose", {{"textDocument", {{"uri", kUri}}}});
  CHECK(client.diagnostics()["diagnostics"].empty());
  CHECK_FALSE(client.server.diagnostics_pending());
}

TEST_CASE("didSave publishes a pending document without waiting for the debounce") {
  Client client;
  client.start();
  client.open("sorry to hear");
  client.notify("textDocument/didSave", {{"textDocument", {{"uri", kUri}}}});
  CHECK_FALSE(client.server.diagnostics_pending());
  CHECK(client.diagnostics()["diagnostics"].size() == 2);
}

TEST_CASE("shutdown then exit gives exit code 0; exit alone 1") {
  SECTION("orderly") {
    Client client;
    client.start();
    CHECK(client.request("shutdown", nullptr)["result"].is_null());
    const json late = client.request("textDocument/hover", json::object());
    CHECK(late["error"]["code"] == kInvalidRequest);
    client.notify("exit", nullptr);
    CHECK(client.server.exit_requested());
    CHECK(client.server.exit_code() == 0);
  }
  SECTION("abrupt") {
    Client client;
    client.start();
    client.notify("exit", nullptr);
    CHECK(client.server.exit_requested());
    CHECK(client.server.exit_code() == 1);
  }
}

TEST_CASE("requests before initialize get -32002; a second initialize is refused") {
  Client client;
  CHECK(client.request("textDocument/hover", json::object())["error"]["code"] ==
        kServerNotInitialized);
  client.open("sorry to hear");  // dropped: not initialized
  client.start();
  client.server.publish_pending_diagnostics();
  CHECK(client.notifications("textDocument/publishDiagnostics").empty());
  CHECK(client.request("initialize", initialize_params(false))["error"]["code"] == kInvalidRequest);
}

TEST_CASE("unknown methods: -32601 for requests, silence for notifications") {
  Client client;
  client.start();
  const json answer = client.request("textDocument/formatting", json::object());
  CHECK(answer["error"]["code"] == kMethodNotFound);
  const std::size_t before = client.received.size();
  client.notify("workspace/didChangeWatchedFiles", json::object());
  client.notify("$/cancelRequest", {{"id", 7}});
  CHECK(client.received.size() == before);
}

TEST_CASE("invalid requests and params are answered, never thrown") {
  Client client;
  client.start();
  client.server.handle(json::array({1, 2}));
  CHECK(client.received.back()["error"]["code"] == kInvalidRequest);
  client.server.handle({{"jsonrpc", "2.0"}, {"id", 5}});
  CHECK(client.received.back()["error"]["code"] == kInvalidRequest);
  CHECK(client.received.back()["id"] == 5);
  client.server.handle({{"jsonrpc", "2.0"}, {"id", 6}, {"method", 42}});
  CHECK(client.received.back()["error"]["code"] == kInvalidRequest);
  const json missing = client.request("textDocument/hover", {{"position", 3}});
  CHECK(missing["error"]["code"] == kInvalidParams);
  const json negative = client.request(
      "textDocument/hover",
      {{"textDocument", {{"uri", kUri}}}, {"position", {{"line", -1}, {"character", 0}}}});
  CHECK(negative["error"]["code"] == kInvalidParams);
  // A response from the client (to a request we never sent) is ignored.
  const std::size_t before = client.received.size();
  client.server.handle({{"jsonrpc", "2.0"}, {"id", 99}, {"result", nullptr}});
  CHECK(client.received.size() == before);
}

TEST_CASE("an out-of-range edit is reported and leaves the document as it was") {
  Client client;
  client.start();
  client.open("sorry to hear");
  client.change(2, json::array({{{"range", range(0, 0, 0)}, {"text", "calm down "}},
                                {{"range", range(5, 0, 5, 1)}, {"text", "x"}}}));
  const auto messages = client.notifications("window/showMessage");
  REQUIRE_FALSE(messages.empty());
  CHECK(messages.back()["type"] == 1);
  const std::string text = messages.back()["message"];
  CHECK(text.find("change 2 of 2") != std::string::npos);
  CHECK(text.find("past the end") != std::string::npos);
  // All or nothing: the first (valid) change of the batch was not applied either.
  CHECK(client.published("test/calm-down").empty());
  CHECK(client.diagnostics()["version"] == 1);

  client.change(3, json::array({{{"range", range(0, 5, 0, 2)}, {"text", ""}}}));
  CHECK(client.notifications("window/showMessage")
            .back()["message"]
            .get<std::string>()
            .find("ends before it starts") != std::string::npos);
  client.change(4, json::array({{{"range", range(0, 0, 0)}, {"text", "ok "}}}),
                "file:///never/opened.txt");
  CHECK(client.notifications("window/showMessage")
            .back()["message"]
            .get<std::string>()
            .find("not open") != std::string::npos);
  // A character past the end of its line means the line's end (LSP 3.17), not an error.
  const std::size_t errors = client.notifications("window/showMessage").size();
  client.change(5, json::array({{{"range", range(0, 99, 99)}, {"text", ", calm down"}}}));
  CHECK(client.notifications("window/showMessage").size() == errors);
  CHECK(client.published("test/calm-down").size() == 1);
}

TEST_CASE("malformed framing and JSON get -32700 and the session goes on") {
  std::stringstream in;
  std::ostringstream out;
  in << "this is not a header\r\n"
     << "Content-Length: 9\r\n\r\n{\"broken\""                        // invalid JSON
     << "Content-Type: application/vscode-jsonrpc\r\n\r\n{\"a\": 1}"  // no Content-Length
     << frame({{"jsonrpc", "2.0"},
               {"id", 1},
               {"method", "initialize"},
               {"params", initialize_params(false)}})
     << frame({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "shutdown"}})
     << frame({{"jsonrpc", "2.0"}, {"method", "exit"}});
  JsonRpcTransport transport(in, out);
  LanguageServer server(test_options(), [&](const json& message) { transport.write(message); });
  CHECK(serve(transport, server, [](std::chrono::milliseconds) { return true; }) == 0);
  const std::vector<json> answers = read_all(out.str());
  REQUIRE(answers.size() == 5);
  for (int i = 0; i < 3; ++i) {
    CHECK(answers[i]["error"]["code"] == kParseError);
    CHECK(answers[i]["id"].is_null());
  }
  CHECK(answers[0]["error"]["message"].get<std::string>().find("malformed header") !=
        std::string::npos);
  CHECK(answers[1]["error"]["message"].get<std::string>().find("invalid JSON") !=
        std::string::npos);
  CHECK(answers[2]["error"]["message"].get<std::string>().find("missing Content-Length") !=
        std::string::npos);
  CHECK(answers[3]["id"] == 1);
  CHECK(answers[3]["result"]["capabilities"].is_object());
  CHECK(answers[4]["id"] == 2);
}

TEST_CASE("a broken rule file is a diagnostic on that file, not a dead server") {
  ServerOptions options = test_options();
  options.inline_packs.push_back({"/packs/broken.json",
                                  "{\"format\": 1, \"pack\": \"broken\",\n"
                                  " \"rules\": [{\"id\": \"x\", \"wieght\": 3}]}"});
  Client client(options);
  client.start();
  const json published = client.diagnostics("file:///packs/broken.json");
  REQUIRE(published.is_object());
  REQUIRE_FALSE(published["diagnostics"].empty());
  const json& first = published["diagnostics"][0];
  CHECK(first["severity"] == 1);
  CHECK(first["source"] == "replylint");
  CHECK(first["range"]["start"]["line"] == 1);
  const auto messages = client.notifications("window/showMessage");
  REQUIRE_FALSE(messages.empty());
  CHECK(messages.back()["message"].get<std::string>().find("in rule files") != std::string::npos);
  // The good pack still lints.
  client.open("sorry to hear");
  CHECK(client.published("test/sorry-to-hear").size() == 1);
}

TEST_CASE("initializationOptions add rule paths, resolved against the workspace root") {
  Client client;
  json params = initialize_params(false);
  params["rootUri"] = "file:///no/such/workspace";
  params["initializationOptions"] = {{"rules", {"team-rules.json"}}, {"unit", "nonsense"}};
  client.request("initialize", params);
  const json published = client.diagnostics("file:///no/such/workspace/team-rules.json");
  REQUIRE(published.is_object());
  CHECK(published["diagnostics"][0]["message"].get<std::string>().find("cannot read") !=
        std::string::npos);
  bool warned_unit = false;
  for (const json& message : client.notifications("window/showMessage")) {
    warned_unit |= message["message"].get<std::string>().find("unit") != std::string::npos;
  }
  CHECK(warned_unit);
}

namespace {

// Opens `text` as the file `name` in `folder` (written empty: only its path matters) and returns
// what the server published for it.
json open_as(Client& client, const TempFolder& folder, const std::string& name,
             const std::string& text) {
  const std::string uri = uri_from_path(folder.write(name, ""));
  client.open(text, uri);
  client.server.publish_pending_diagnostics();
  return client.diagnostics(uri);
}

std::vector<json> with_code(const json& published, const std::string& code) {
  std::vector<json> out;
  REQUIRE(published.is_object());
  for (const json& diagnostic : published.at("diagnostics")) {
    if (diagnostic.value("code", "") == code) out.push_back(diagnostic);
  }
  return out;
}

}  // namespace

TEST_CASE("documents follow the nearest .replylint.json above their file, as the CLI does") {
  const TempFolder folder("lsp");
  folder.write(".replylint.json",
               R"({"disable": ["test/afraid"], "severity": {"test/sorry-to-hear": "error"}})");
  const std::string governed = uri_from_path(folder.write("team/reply.txt", ""));
  Client client;
  client.start();
  const std::string text = "I'm afraid so. sorry to hear that.";
  client.open(text, governed);
  client.open(text);  // kUri lies outside the folder: no config
  client.server.publish_pending_diagnostics();

  const json inside = client.diagnostics(governed);
  CHECK(with_code(inside, "test/afraid").empty());
  REQUIRE(with_code(inside, "test/sorry-to-hear").size() == 1);
  CHECK(with_code(inside, "test/sorry-to-hear")[0]["severity"] == 1);
  const json outside = client.diagnostics();
  CHECK(with_code(outside, "test/afraid").size() == 1);
  CHECK(with_code(outside, "test/sorry-to-hear")[0]["severity"] == 2);
}

TEST_CASE("a transcript buffer is read as a transcript: only the agent's turns are linted") {
  const TempFolder folder("lsp");
  Client client;
  client.start();
  const json published =
      open_as(client, folder, "chat.transcript",
              "Customer: sorry to hear you say that, calm down\nAgent: I'm afraid so.");
  CHECK(with_code(published, "test/sorry-to-hear").empty());
  CHECK(with_code(published, "test/calm-down").empty());
  const std::vector<json> afraid = with_code(published, "test/afraid");
  REQUIRE(afraid.size() == 1);
  CHECK(afraid[0]["range"] == range(1, 7, 17));
}

TEST_CASE("a config's input settings apply, and --unit given to the server wins over them") {
  const TempFolder folder("lsp");
  folder.write(".replylint.json", R"({"input": {"unit": "line"}})");
  const std::string uri = uri_from_path(folder.write("macros.txt", ""));
  {
    Client client;
    client.start();
    client.open("Thanks.\nLet's fix it.", uri);
    client.server.publish_pending_diagnostics();
    CHECK(with_code(client.diagnostics(uri), "score").size() == 2);
  }
  ServerOptions options = test_options();
  options.unit = ReplyUnit::File;
  Client client(std::move(options));
  client.start();
  client.open("Thanks.\nLet's fix it.", uri);
  client.server.publish_pending_diagnostics();
  CHECK(with_code(client.diagnostics(uri), "score").size() == 1);
}

TEST_CASE("a broken config is shown on its file, and saving the fixed file applies it") {
  const TempFolder folder("lsp");
  const std::string config = folder.write(".replylint.json", "{\"disable\": [\"test/afraid\",}");
  const std::string uri = uri_from_path(folder.write("reply.txt", ""));
  Client client;
  client.start();
  client.open("I'm afraid so.", uri);
  client.server.publish_pending_diagnostics();
  // The server keeps serving: the document is linted as if there were no config.
  CHECK(with_code(client.diagnostics(uri), "test/afraid").size() == 1);
  const json problems = client.diagnostics(uri_from_path(config));
  REQUIRE(problems.is_object());
  REQUIRE(problems["diagnostics"].size() >= 1);
  CHECK(problems["diagnostics"][0]["severity"] == 1);
  CHECK(problems["diagnostics"][0]["range"]["start"]["line"] == 0);

  folder.write(".replylint.json", R"({"disable": ["test/afraid"]})");
  client.notify("textDocument/didSave", {{"textDocument", {{"uri", uri_from_path(config)}}}});
  client.server.publish_pending_diagnostics();
  CHECK(client.diagnostics(uri_from_path(config))["diagnostics"].empty());
  CHECK(with_code(client.diagnostics(uri), "test/afraid").empty());
}

TEST_CASE("an unknown rule id in a config is a warning on the config, not a dead config") {
  const TempFolder folder("lsp");
  const std::string config =
      folder.write(".replylint.json", R"({"disable": ["test/afraid", "test/afriad"]})");
  const std::string uri = uri_from_path(folder.write("reply.txt", ""));
  Client client;
  client.start();
  client.open("I'm afraid so.", uri);
  client.server.publish_pending_diagnostics();
  CHECK(with_code(client.diagnostics(uri), "test/afraid").empty());
  const json problems = client.diagnostics(uri_from_path(config));
  REQUIRE(problems["diagnostics"].size() == 1);
  CHECK(problems["diagnostics"][0]["severity"] == 2);
  CHECK(problems["diagnostics"][0]["message"].get<std::string>().find("did you mean") !=
        std::string::npos);
}

TEST_CASE("a malformed JSON Lines record in the buffer is shown on its line") {
  const TempFolder folder("lsp");
  Client client;
  client.start();
  const json published =
      open_as(client, folder, "replies.jsonl",
              "{\"role\": \"agent\", \"text\": \"I'm afraid so.\"}\n{not json\n");
  CHECK(with_code(published, "test/afraid").size() == 1);
  bool shown = false;
  for (const json& diagnostic : published["diagnostics"]) {
    shown |= !diagnostic.contains("code") && diagnostic["range"]["start"]["line"] == 1;
  }
  CHECK(shown);
}

TEST_CASE(
    "initializationOptions config names one config for every document; noConfig ignores them") {
  const TempFolder folder("lsp");
  folder.write(".replylint.json", R"({"disable": ["test/afraid"]})");
  const std::string chosen = folder.write("team.json", R"({"disable": ["test/sorry-to-hear"]})");
  const auto published_with = [&](const json& options) {
    Client client;
    json params = initialize_params(false);
    params["initializationOptions"] = options;
    client.request("initialize", params);
    client.notify("initialized", json::object());
    return open_as(client, folder, "reply.txt", "I'm afraid so. sorry to hear that.");
  };
  const json by_config = published_with({{"config", chosen}});
  CHECK(with_code(by_config, "test/afraid").size() == 1);
  CHECK(with_code(by_config, "test/sorry-to-hear").empty());
  const json no_config = published_with({{"noConfig", true}});
  CHECK(with_code(no_config, "test/afraid").size() == 1);
  CHECK(with_code(no_config, "test/sorry-to-hear").size() == 1);
  const json discovered = published_with(json::object());
  CHECK(with_code(discovered, "test/afraid").empty());
}
