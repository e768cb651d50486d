// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <stdexcept>
#include <string>

namespace replylint::lsp {

/// JSON-RPC 2.0 and LSP error codes this server answers with.
enum ErrorCode : int {
  kParseError = -32700,
  kInvalidRequest = -32600,
  kMethodNotFound = -32601,
  kInvalidParams = -32602,
  kInternalError = -32603,
  kServerNotInitialized = -32002,
};

/// A request that cannot be served. Thrown by handlers and turned into an error response (or,
/// for a notification, which has nobody to answer, a window/showMessage) by the dispatcher.
class RpcError : public std::runtime_error {
 public:
  RpcError(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

/// `{"jsonrpc": "2.0", "id": id, "result": result}`.
nlohmann::json make_response(const nlohmann::json& id, nlohmann::json result);
/// `{"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}}`.
nlohmann::json make_error(const nlohmann::json& id, int code, const std::string& message);
/// `{"jsonrpc": "2.0", "method": method, "params": params}`.
nlohmann::json make_notification(const std::string& method, nlohmann::json params);

/// What one read from the transport gave.
struct Incoming {
  enum class Kind {
    Message,     ///< `message` holds the parsed JSON (not yet checked to be a valid request)
    ParseError,  ///< a bad header or body was skipped; `error` says what; reading may go on
    End,         ///< end of input (or input cut off inside a message)
  };
  Kind kind = Kind::End;
  nlohmann::json message;
  std::string error;
};

/// The base protocol of LSP: messages framed by `Content-Length: N\r\n\r\n` headers, on any
/// pair of streams (stdin/stdout in production, string streams in tests). Neither thread-safe nor
/// owning: both streams must outlive the transport.
class JsonRpcTransport {
 public:
  /// Bodies larger than this are refused (and skipped) rather than allocated.
  static constexpr std::size_t kMaxContentLength = 64u << 20;

  JsonRpcTransport(std::istream& in, std::ostream& out) : in_(in), out_(out) {}

  /// Reads the next message, blocking. Header names are case-insensitive, `Content-Type` is
  /// ignored, lines may end in `\r\n` or `\n`, and blank lines between messages are skipped.
  /// A garbled header line, a header block without a valid `Content-Length`, or a body that is
  /// not JSON gives ParseError; the reader then resynchronises on the next `Content-Length`
  /// header, so one bad message never ends the session.
  Incoming read();

  /// Writes one framed message (compact JSON, invalid UTF-8 replaced) and flushes.
  void write(const nlohmann::json& message);

  /// True when bytes are already buffered in the input stream (so a read will not block).
  bool input_buffered() const;

 private:
  /// One header line without its terminator; false at end of input.
  bool read_line(std::string* line);

  std::istream& in_;
  std::ostream& out_;
};

}  // namespace replylint::lsp
