// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "lsp/buffer_lint.hpp"
#include "lsp/position_encoding.hpp"
#include "lsp/server_context.hpp"
#include "lsp/text_document_store.hpp"
#include "replylint/document.hpp"
#include "replylint/rule_set.hpp"

namespace replylint::lsp {

/// How the server is started (`replylint lsp` options). The client's initializationOptions may
/// add to them (docs/editors.md): {"rules": [paths], "noDefaultRules": bool, "unit": name,
/// "config": path, "noConfig": bool}.
using ServerOptions = ContextOptions;

/// The replylint language server (LSP 3.17), independent of any transport: messages come in
/// through handle() and go out through the `send` callback, one JSON-RPC message per call, so
/// tests drive it in-process. Single-threaded.
///
/// Diagnostics are debounced by the caller: a change only marks its document pending, and
/// publish_pending_diagnostics() lints and publishes every pending document once (the stdio
/// loop calls it when input pauses; tests call it when they like). Requests that need a lint
/// (hover, code actions) lint the current text on demand and never wait for the debounce.
class LanguageServer {
 public:
  using Send = std::function<void(const nlohmann::json&)>;

  LanguageServer(ServerOptions options, Send send);
  ~LanguageServer();
  LanguageServer(const LanguageServer&) = delete;
  LanguageServer& operator=(const LanguageServer&) = delete;

  /// Handles one message from the client: a request (answered through `send`), a notification,
  /// or a response (ignored: the server sends no requests). Never throws: an invalid message
  /// gets -32600, a request before initialize -32002, an unknown request method -32601, bad
  /// params (an out-of-range position, a missing field) -32602, anything unexpected -32603. A
  /// notification has nobody to answer, so its errors (an out-of-range edit) go to the user as
  /// window/showMessage, and the document stays as it was.
  void handle(const nlohmann::json& message);

  /// Answers a message the transport could not read with a -32700 error (id null).
  void handle_parse_error(const std::string& detail);

  /// True when some document changed since its diagnostics were last published.
  bool diagnostics_pending() const { return !pending_.empty(); }

  /// Lints and publishes every pending document once (the end of a debounce).
  void publish_pending_diagnostics();

  /// True once the `exit` notification arrived; the process should end with exit_code().
  bool exit_requested() const { return exit_requested_; }

  /// 0 when `shutdown` came before `exit`, 1 otherwise (LSP 3.17).
  int exit_code() const { return shutdown_ ? 0 : 1; }

  /// The position encoding negotiated at initialize (UTF-16 before it).
  PositionEncoding position_encoding() const { return encoding_; }

 private:
  enum class State { Uninitialized, Running, ShutDown };

  nlohmann::json request(const std::string& method, const nlohmann::json& params);
  void notification(const std::string& method, const nlohmann::json& params);

  nlohmann::json initialize(const nlohmann::json& params);
  void after_initialize();
  nlohmann::json hover(const nlohmann::json& params);
  nlohmann::json code_action(const nlohmann::json& params);
  void did_open(const nlohmann::json& params);
  void did_change(const nlohmann::json& params);
  void did_save(const nlohmann::json& params);
  void did_close(const nlohmann::json& params);

  /// Forgets every config and rule set (they are loaded again as documents need them), and
  /// marks every open document pending (its findings point into the old rules).
  void load_rules();
  /// The context of the document at `uri`, built on first use; a newly built one has its
  /// config and rule problems published on those files.
  const ServerContext& context_of(const std::string& uri);
  /// Publishes the problems of every built context on their files, clearing files that no
  /// longer have any; shows a message for each context built since the last call.
  void publish_context_problems();
  /// The lint of the document's current text, made when stale; nullptr for a document that is
  /// not open or is a rule file.
  const BufferLint* lint_of(const std::string& uri);
  bool is_rule_file(const std::string& uri) const;
  /// The diagnostics of a lint: scores, findings, and what the reader reported.
  nlohmann::json diagnostics_of(const BufferLint& lint) const;
  void publish(const std::string& uri, const nlohmann::json& diagnostics,
               std::optional<int> version = std::nullopt);
  /// window/showMessage; `type` 1 error, 2 warning, 3 info.
  void show_message(int type, const std::string& text);

  ServerOptions options_;
  Send send_;
  State state_ = State::Uninitialized;
  bool shutdown_ = false;
  bool exit_requested_ = false;
  PositionEncoding encoding_ = PositionEncoding::Utf16;
  bool hover_markdown_ = true;
  std::string root_directory_;
  std::vector<std::string> startup_warnings_;
  std::unique_ptr<ServerContexts> contexts_;
  std::set<std::string> announced_contexts_;             ///< config paths whose problems were told
  std::map<std::string, nlohmann::json> problem_files_;  ///< published config/rule diagnostics
  TextDocumentStore documents_;
  std::map<std::string, std::unique_ptr<BufferLint>> lints_;  ///< current lints by URI
  std::set<std::string> pending_;                             ///< URIs awaiting publication
};

}  // namespace replylint::lsp
