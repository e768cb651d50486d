// SPDX-License-Identifier: MIT
#include "lsp/jsonrpc_transport.hpp"

#include <algorithm>
#include <cctype>

namespace replylint::lsp {

using nlohmann::json;

json make_response(const json& id, json result) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

json make_error(const json& id, int code, const std::string& message) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

json make_notification(const std::string& method, json params) {
  return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

namespace {

// A header line longer than this is garbage; keeping it whole would let a peer exhaust memory.
constexpr std::size_t kMaxHeaderLine = 1u << 20;

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::string trim(const std::string& text) {
  const std::size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string::npos) return "";
  return text.substr(begin, text.find_last_not_of(" \t") - begin + 1);
}

// RFC 7230 token characters: what a header name may contain.
bool is_token(const std::string& name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](unsigned char c) {
    return std::isalnum(c) ||
           std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
  });
}

std::string excerpt(const std::string& text) {
  constexpr std::size_t kShown = 40;
  return text.size() <= kShown ? text : text.substr(0, kShown) + "...";
}

Incoming parse_error(std::string what) {
  Incoming incoming;
  incoming.kind = Incoming::Kind::ParseError;
  incoming.error = std::move(what);
  return incoming;
}

}  // namespace

bool JsonRpcTransport::read_line(std::string* line) {
  line->clear();
  std::streambuf& buffer = *in_.rdbuf();
  for (;;) {
    const auto c = buffer.sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in_.setstate(std::ios::eofbit);
      return false;
    }
    if (c == '\n') break;
    if (line->size() < kMaxHeaderLine) line->push_back(static_cast<char>(c));
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

Incoming JsonRpcTransport::read() {
  bool in_headers = false;
  bool has_length = false;
  std::size_t length = 0;
  std::string problem;
  std::string line;
  for (;;) {
    if (!read_line(&line)) return Incoming{};
    if (line.empty()) {
      if (!in_headers) continue;  // stray blank lines between messages are harmless
      break;
    }
    std::size_t colon = line.find(':');
    std::string name = colon == std::string::npos ? "" : lowercase(trim(line.substr(0, colon)));
    if (!is_token(name)) {
      // A body whose header was broken runs straight into the next message's header (bodies end
      // without a newline): resynchronise on that header instead of losing the next message too.
      const std::size_t at = lowercase(line).find("content-length:");
      if (at == std::string::npos)
        return parse_error("malformed header line \"" + excerpt(line) + '"');
      line.erase(0, at);
      colon = line.find(':');
      name = "content-length";
    }
    in_headers = true;
    if (name != "content-length") continue;  // Content-Type and unknown headers: ignored
    const std::string value = trim(line.substr(colon + 1));
    const bool digits = !value.empty() && value.size() <= 12 &&
                        std::all_of(value.begin(), value.end(),
                                    [](unsigned char c) { return std::isdigit(c) != 0; });
    if (!digits) {
      problem = "invalid Content-Length \"" + excerpt(value) + '"';
      continue;
    }
    length = std::stoull(value);
    has_length = true;
  }
  if (!problem.empty()) return parse_error(problem);
  if (!has_length) return parse_error("missing Content-Length header");
  if (length > kMaxContentLength) {
    in_.ignore(static_cast<std::streamsize>(length));
    return parse_error("message of " + std::to_string(length) + " bytes exceeds the limit of " +
                       std::to_string(kMaxContentLength));
  }
  std::string body(length, '\0');
  in_.read(body.data(), static_cast<std::streamsize>(length));
  if (static_cast<std::size_t>(in_.gcount()) < length) return Incoming{};  // cut off: the end
  Incoming incoming;
  try {
    incoming.message = json::parse(body);
  } catch (const json::parse_error& e) {
    return parse_error(std::string("invalid JSON: ") + e.what());
  }
  incoming.kind = Incoming::Kind::Message;
  return incoming;
}

void JsonRpcTransport::write(const json& message) {
  const std::string body = message.dump(-1, ' ', false, json::error_handler_t::replace);
  out_ << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out_.flush();
}

bool JsonRpcTransport::input_buffered() const {
  return in_.rdbuf()->in_avail() > 0;
}

}  // namespace replylint::lsp
