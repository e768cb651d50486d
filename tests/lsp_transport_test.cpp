// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>
#include <sstream>

#include "lsp/jsonrpc_transport.hpp"

using namespace replylint::lsp;
using nlohmann::json;

namespace {

Incoming read_one(const std::string& input) {
  std::istringstream in(input);
  std::ostringstream out;
  return JsonRpcTransport(in, out).read();
}

}  // namespace

TEST_CASE("transport writes Content-Length framed compact JSON") {
  std::istringstream in;
  std::ostringstream out;
  JsonRpcTransport(in, out).write({{"jsonrpc", "2.0"}, {"id", 1}, {"result", "é😀"}});
  const std::string body = R"({"id":1,"jsonrpc":"2.0","result":"é😀"})";
  CHECK(out.str() == "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
}

TEST_CASE("transport reads messages with any header case, extra headers and LF endings") {
  const Incoming a = read_one("content-length: 7\r\nContent-Type: x\r\n\r\n{\"a\":1}");
  REQUIRE(a.kind == Incoming::Kind::Message);
  CHECK(a.message == json{{"a", 1}});
  const Incoming b = read_one("\r\nContent-Length:  2 \n\n[]");
  REQUIRE(b.kind == Incoming::Kind::Message);
  CHECK(b.message == json::array());
}

TEST_CASE("transport reports bad headers and bodies, then resynchronises") {
  std::istringstream in(
      "Content-Length: abc\r\n\r\n"
      "Content-Length: 3\r\n\r\n{x}"
      "Content-Length: 99999999999\r\n\r\n");
  std::ostringstream out;
  JsonRpcTransport transport(in, out);
  Incoming incoming = transport.read();
  CHECK(incoming.kind == Incoming::Kind::ParseError);
  CHECK(incoming.error.find("invalid Content-Length") != std::string::npos);
  incoming = transport.read();
  CHECK(incoming.kind == Incoming::Kind::ParseError);
  CHECK(incoming.error.find("invalid JSON") != std::string::npos);
  incoming = transport.read();
  CHECK(incoming.kind == Incoming::Kind::ParseError);
  CHECK(incoming.error.find("exceeds the limit") != std::string::npos);
  CHECK(transport.read().kind == Incoming::Kind::End);
}

TEST_CASE("transport ends on a message cut off by the end of input") {
  CHECK(read_one("Content-Length: 10\r\n\r\n{}").kind == Incoming::Kind::End);
  CHECK(read_one("Content-Len").kind == Incoming::Kind::End);
  CHECK(read_one("").kind == Incoming::Kind::End);
}
