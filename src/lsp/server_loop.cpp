// SPDX-License-Identifier: MIT
#include "lsp/server_loop.hpp"

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <iostream>
#include <optional>
#include <streambuf>

namespace replylint::lsp {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// std::cin cannot say whether a read would block: its bytes may sit in stdio's buffer, where
// poll() does not see them. Reading the descriptor ourselves keeps every buffered byte in view
// (in_avail), so "is input waiting?" is buffer first, then poll().
class FdInputBuffer : public std::streambuf {
 public:
  explicit FdInputBuffer(int fd) : fd_(fd) {}

  bool ready(milliseconds timeout) {
    if (in_avail() > 0) return true;
    pollfd descriptor{fd_, POLLIN, 0};
    // Readable, hung up or in error: each means a read will not block.
    return ::poll(&descriptor, 1, static_cast<int>(timeout.count())) > 0;
  }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    ssize_t count;
    do {
      count = ::read(fd_, buffer_.data(), buffer_.size());
    } while (count < 0 && errno == EINTR);
    if (count <= 0) return traits_type::eof();
    setg(buffer_.data(), buffer_.data(), buffer_.data() + count);
    return traits_type::to_int_type(*gptr());
  }

 private:
  int fd_;
  std::array<char, 1 << 16> buffer_{};
};

}  // namespace

int serve(JsonRpcTransport& transport, LanguageServer& server, const InputReady& input_ready,
          const Debounce& debounce) {
  std::optional<Clock::time_point> first_pending;
  Clock::time_point last_input = Clock::now();
  while (!server.exit_requested()) {
    if (server.diagnostics_pending()) {
      const Clock::time_point now = Clock::now();
      if (!first_pending) first_pending = last_input;
      const Clock::time_point deadline = *first_pending + debounce.max_delay;
      const Clock::time_point quiet = std::min(last_input + debounce.idle, deadline);
      const auto wait =
          std::max(milliseconds(0), std::chrono::duration_cast<milliseconds>(quiet - now));
      if (now >= deadline || !input_ready(wait)) {
        server.publish_pending_diagnostics();
        first_pending.reset();
        continue;
      }
    }
    Incoming incoming = transport.read();
    last_input = Clock::now();
    switch (incoming.kind) {
      case Incoming::Kind::Message:
        server.handle(incoming.message);
        break;
      case Incoming::Kind::ParseError:
        server.handle_parse_error(incoming.error);
        break;
      case Incoming::Kind::End:
        return 1;  // the client went away without `exit`
    }
  }
  return server.exit_code();
}

int run_language_server(ServerOptions options) {
  // A client that dies mid-write must not kill us by SIGPIPE; the read side sees the end.
  std::signal(SIGPIPE, SIG_IGN);
  FdInputBuffer input_buffer(STDIN_FILENO);
  std::istream input(&input_buffer);
  JsonRpcTransport transport(input, std::cout);
  LanguageServer server(std::move(options),
                        [&transport](const nlohmann::json& message) { transport.write(message); });
  return serve(transport, server,
               [&input_buffer](milliseconds timeout) { return input_buffer.ready(timeout); });
}

}  // namespace replylint::lsp
