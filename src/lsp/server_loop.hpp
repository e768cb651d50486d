// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <functional>

#include "lsp/jsonrpc_transport.hpp"
#include "lsp/language_server.hpp"

namespace replylint::lsp {

/// When diagnostics are published after changes (the debounce).
struct Debounce {
  /// Publish once the client has been quiet this long: rapid typing coalesces into one lint.
  std::chrono::milliseconds idle{150};
  /// ... but never later than this after the first unpublished change, even while typing goes on.
  std::chrono::milliseconds max_delay{1000};
};

/// Whether more input arrives within `timeout` (zero: whether some is there now). The stdio
/// loop polls stdin; tests over a string stream answer "is anything left to read".
using InputReady = std::function<bool(std::chrono::milliseconds timeout)>;

/// Runs `server` on the messages of `transport` until `exit` or the end of input. Replies go
/// out as soon as each request is handled; pending diagnostics are published when no input
/// arrives within the debounce (or its maximum delay passes). Returns the process exit code:
/// the server's after `exit`, 1 when the input ended without one.
int serve(JsonRpcTransport& transport, LanguageServer& server, const InputReady& input_ready,
          const Debounce& debounce = {});

/// `replylint lsp`: the server on stdin and stdout (nothing else may write to stdout; messages
/// for people go to stderr). Returns the process exit code.
int run_language_server(ServerOptions options);

}  // namespace replylint::lsp
