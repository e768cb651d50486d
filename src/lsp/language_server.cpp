// SPDX-License-Identifier: MIT
#include "lsp/language_server.hpp"

#include <algorithm>
#include <filesystem>

#include "lsp/code_actions.hpp"
#include "lsp/finding_diagnostics.hpp"
#include "lsp/hover.hpp"
#include "lsp/jsonrpc_transport.hpp"
#include "lsp/protocol_json.hpp"
#include "lsp/uri.hpp"
#include "replylint/text_position.hpp"
#include "replylint/version.hpp"

namespace replylint::lsp {

using nlohmann::json;

namespace {

constexpr int kTextDocumentSyncIncremental = 2;

bool contains(const json& list, const std::string& item) {
  return list.is_array() && std::find(list.begin(), list.end(), json(item)) != list.end();
}

// A JSON pointer walk that yields null instead of throwing: client capabilities are optional
// all the way down.
const json& lookup(const json& j, std::initializer_list<const char*> keys) {
  static const json kNull;
  const json* node = &j;
  for (const char* key : keys) {
    if (!node->is_object()) return kNull;
    auto it = node->find(key);
    if (it == node->end()) return kNull;
    node = &*it;
  }
  return *node;
}

const std::string& text_document_uri(const json& params) {
  return params.at("textDocument").at("uri").get_ref<const std::string&>();
}

// The workspace root, for relative rule paths in initializationOptions.
std::string root_directory_of(const json& params) {
  for (const json* uri : {&lookup(params, {"rootUri"}), &lookup(params, {"workspaceFolders"})}) {
    const json& value = uri->is_array() && !uri->empty() ? lookup((*uri)[0], {"uri"}) : *uri;
    if (value.is_string()) {
      if (auto path = path_from_uri(value.get<std::string>())) return *path;
    }
  }
  if (const json& path = lookup(params, {"rootPath"}); path.is_string()) {
    return path.get<std::string>();
  }
  std::error_code error;
  return std::filesystem::current_path(error).string();
}

}  // namespace

LanguageServer::LanguageServer(ServerOptions options, Send send)
    : options_(std::move(options)), send_(std::move(send)) {}

LanguageServer::~LanguageServer() = default;

void LanguageServer::handle(const json& message) {
  if (!message.is_object()) {
    send_(make_error(nullptr, kInvalidRequest, "Invalid Request: not a JSON object"));
    return;
  }
  const auto id = message.find("id");
  const auto method = message.find("method");
  const bool valid_id =
      id == message.end() || id->is_string() || id->is_number_integer() || id->is_null();
  const json reply_id = id != message.end() && valid_id ? *id : json(nullptr);
  if (method == message.end()) {
    if (id != message.end() && (message.contains("result") || message.contains("error"))) return;
    send_(make_error(reply_id, kInvalidRequest, "Invalid Request: no \"method\""));
    return;
  }
  const bool is_request = id != message.end();
  if (!method->is_string() || !valid_id || message.value("jsonrpc", json()) != "2.0") {
    if (is_request || !method->is_string()) {
      send_(make_error(reply_id, kInvalidRequest,
                       "Invalid Request: needs \"jsonrpc\": \"2.0\", a string method and a "
                       "string or integer id"));
    }
    return;
  }
  const std::string& name = method->get_ref<const std::string&>();
  const json params = message.value("params", json::object());
  // Handlers throw RpcError (and nlohmann throws on a missing or mistyped field) from deep
  // inside parameter reading; this is the one place that turns all of them into answers.
  const auto fail = [&](int code, const std::string& text) {
    if (is_request) {
      send_(make_error(reply_id, code, text));
    } else {
      show_message(1, "replylint: " + name + ": " + text);
    }
  };
  bool initialized_now = false;
  try {
    if (is_request) {
      json result = request(name, params);
      send_(make_response(reply_id, std::move(result)));
      initialized_now = name == "initialize";
    } else {
      notification(name, params);
    }
  } catch (const RpcError& e) {
    fail(e.code(), e.what());
  } catch (const json::exception& e) {
    fail(kInvalidParams, std::string("invalid params: ") + e.what());
  } catch (const std::exception& e) {
    fail(kInternalError, std::string("internal error: ") + e.what());
  }
  // Outside the try above: the request is answered already and must not get a second answer.
  if (initialized_now) {
    try {
      after_initialize();
    } catch (const std::exception& e) {
      show_message(1, std::string("replylint: could not load the rules: ") + e.what());
    }
  }
}

void LanguageServer::handle_parse_error(const std::string& detail) {
  send_(make_error(nullptr, kParseError, "Parse error: " + detail));
}

json LanguageServer::request(const std::string& method, const json& params) {
  if (state_ == State::Uninitialized && method != "initialize") {
    throw RpcError(kServerNotInitialized, "the server is not initialized yet");
  }
  if (state_ == State::ShutDown) {
    throw RpcError(kInvalidRequest, "the server is shut down; only \"exit\" is accepted");
  }
  if (method == "initialize") return initialize(params);
  if (method == "shutdown") {
    state_ = State::ShutDown;
    shutdown_ = true;
    return nullptr;
  }
  if (method == "textDocument/hover") return hover(params);
  if (method == "textDocument/codeAction") return code_action(params);
  throw RpcError(kMethodNotFound, "method not found: " + method);
}

void LanguageServer::notification(const std::string& method, const json& params) {
  if (method == "exit") {
    exit_requested_ = true;
    return;
  }
  // Before initialize and after shutdown, notifications are dropped (LSP 3.17); so are unknown
  // ones, `$/cancelRequest` included: every request is answered before the next is read.
  if (state_ != State::Running) return;
  if (method == "textDocument/didOpen") return did_open(params);
  if (method == "textDocument/didChange") return did_change(params);
  if (method == "textDocument/didSave") return did_save(params);
  if (method == "textDocument/didClose") return did_close(params);
}

json LanguageServer::initialize(const json& params) {
  if (state_ != State::Uninitialized) throw RpcError(kInvalidRequest, "already initialized");
  if (!params.is_object()) throw RpcError(kInvalidParams, "initialize params must be an object");
  const json& capabilities = lookup(params, {"capabilities"});
  encoding_ = contains(lookup(capabilities, {"general", "positionEncodings"}), "utf-8")
                  ? PositionEncoding::Utf8
                  : PositionEncoding::Utf16;
  const json& hover_formats = lookup(capabilities, {"textDocument", "hover", "contentFormat"});
  hover_markdown_ = !hover_formats.is_array() || contains(hover_formats, "markdown");
  root_directory_ = root_directory_of(params);

  // initializationOptions are the user's editor config: a mistake there is worth a warning,
  // not a server that refuses to start.
  const json& init = lookup(params, {"initializationOptions"});
  if (const json& rules = lookup(init, {"rules"}); !rules.is_null()) {
    bool ok = rules.is_array();
    for (const json& path : ok ? rules : json::array()) {
      if (path.is_string()) options_.rules.paths.push_back(path.get<std::string>());
      ok = ok && path.is_string();
    }
    if (!ok) startup_warnings_.push_back("initializationOptions.rules must be a list of paths");
  }
  if (const json& no_default = lookup(init, {"noDefaultRules"}); no_default.is_boolean()) {
    options_.rules.use_embedded = !no_default.get<bool>();
  }
  if (const json& config = lookup(init, {"config"}); config.is_string()) {
    options_.config_path = config.get<std::string>();
  } else if (!config.is_null()) {
    startup_warnings_.push_back("initializationOptions.config must be a path");
  }
  if (const json& no_config = lookup(init, {"noConfig"}); no_config.is_boolean()) {
    options_.no_config = no_config.get<bool>();
  }
  if (const json& unit = lookup(init, {"unit"}); !unit.is_null()) {
    if (auto parsed = unit.is_string() ? parse_reply_unit(unit.get<std::string>()) : std::nullopt) {
      options_.unit = *parsed;
    } else {
      startup_warnings_.push_back(
          "initializationOptions.unit must be \"file\", \"paragraph\" or \"line\"");
    }
  }
  state_ = State::Running;

  json code_action_provider = true;
  // CodeActionOptions may only be sent to clients that take CodeAction literals (LSP 3.17).
  if (!lookup(capabilities, {"textDocument", "codeAction", "codeActionLiteralSupport"}).is_null()) {
    code_action_provider = {{"codeActionKinds", {"quickfix"}}};
  }
  return {{"capabilities",
           {{"positionEncoding", to_string(encoding_)},
            {"textDocumentSync",
             {{"openClose", true},
              {"change", kTextDocumentSyncIncremental},
              {"save", {{"includeText", false}}}}},
            {"hoverProvider", true},
            {"codeActionProvider", code_action_provider}}},
          {"serverInfo", {{"name", "replylint"}, {"version", kVersion}}}};
}

void LanguageServer::after_initialize() {
  // The server may only speak once its InitializeResult is out: hence after the response.
  for (const std::string& warning : startup_warnings_) show_message(2, "replylint: " + warning);
  startup_warnings_.clear();
  load_rules();
}

void LanguageServer::load_rules() {
  contexts_ = std::make_unique<ServerContexts>(options_, root_directory_);
  announced_contexts_.clear();
  lints_.clear();
  // The workspace's own context first, so that a broken rule file given at startup is shown at
  // once rather than when the first document opens.
  context_of("");
  for (const std::string& uri : documents_.uris()) {
    if (!is_rule_file(uri)) pending_.insert(uri);
  }
}

const ServerContext& LanguageServer::context_of(const std::string& uri) {
  const ServerContext& context = contexts_->for_document(path_from_uri(uri));
  if (contexts_->built().size() != announced_contexts_.size()) publish_context_problems();
  return context;
}

void LanguageServer::publish_context_problems() {
  std::map<std::string, json> current;
  for (const auto& [config, context] : contexts_->built()) {
    const bool is_new = announced_contexts_.insert(config).second;
    std::size_t errors = 0;
    for (const Diagnostics* problems : {&context->config_problems, &context->rules->problems}) {
      for (const Diagnostic& problem : problems->items()) {
        errors += problem.level == DiagnosticLevel::Error;
        if (is_new && problem.path.empty()) show_message(1, "replylint: " + problem.message);
      }
      for (auto& [path, diagnostics] : diagnostics_by_file(*problems, encoding_)) {
        if (!std::filesystem::path(path).is_absolute()) {
          // An embedded pack has no file to show on; only a broken build gets here.
          if (is_new)
            show_message(1, "replylint: " + path + ": " + diagnostics[0].value("message", ""));
          continue;
        }
        // Two configs loading the same pack report its problems twice: show them once.
        json& list = current[uri_from_path(path)];
        if (list.is_null()) list = json::array();
        for (json& diagnostic : diagnostics) {
          if (std::find(list.begin(), list.end(), diagnostic) == list.end())
            list.push_back(diagnostic);
        }
      }
    }
    if (is_new && errors > 0) {
      const std::string where =
          config.empty() ? "rule files" : "rule or config files for " + config;
      show_message(2, "replylint: " + std::to_string(errors) +
                          (errors == 1 ? " error" : " errors") + " in " + where +
                          " (shown on the files); linting with what loaded");
    }
  }
  for (const auto& [uri, diagnostics] : current) {
    const auto before = problem_files_.find(uri);
    if (before == problem_files_.end() || before->second != diagnostics) publish(uri, diagnostics);
  }
  for (const auto& [uri, diagnostics] : problem_files_) {
    if (!current.count(uri)) publish(uri, json::array());  // fixed since the last load
  }
  problem_files_ = std::move(current);
}

bool LanguageServer::is_rule_file(const std::string& uri) const {
  const std::optional<std::string> path = path_from_uri(uri);
  return path && contexts_ && contexts_->is_rule_or_config_file(*path);
}

const BufferLint* LanguageServer::lint_of(const std::string& uri) {
  const TextDocument* document = documents_.find(uri);
  if (!document || !contexts_ || is_rule_file(uri)) return nullptr;
  const ServerContext& context = context_of(uri);
  std::unique_ptr<BufferLint>& lint = lints_[uri];
  if (!lint || lint->version != document->version) lint = lint_buffer(*document, context);
  return lint.get();
}

json LanguageServer::diagnostics_of(const BufferLint& lint) const {
  json diagnostics = lint_diagnostics(lint, PositionMapper(lint.document.content, encoding_));
  // What the reader said about the buffer (a malformed JSON Lines record, a CSV without a text
  // column) belongs on the buffer too; the source line gives the range its extent.
  const LineIndex lines(lint.document.content);
  for (Diagnostic problem : lint.reader_problems.items()) {
    if (problem.line > 0 && problem.line <= lines.line_count() && problem.source_line.empty()) {
      problem.source_line = std::string(lines.line_text(lines.line_start(problem.line)));
    }
    diagnostics.push_back(diagnostic_to_lsp(problem, encoding_));
  }
  return diagnostics;
}

void LanguageServer::publish(const std::string& uri, const json& diagnostics,
                             std::optional<int> version) {
  json params = {{"uri", uri}, {"diagnostics", diagnostics}};
  if (version) params["version"] = *version;
  send_(make_notification("textDocument/publishDiagnostics", std::move(params)));
}

void LanguageServer::show_message(int type, const std::string& text) {
  send_(make_notification("window/showMessage", {{"type", type}, {"message", text}}));
}

void LanguageServer::publish_pending_diagnostics() {
  const std::set<std::string> pending = std::move(pending_);
  pending_.clear();
  for (const std::string& uri : pending) {
    const BufferLint* lint = lint_of(uri);
    if (!lint) continue;
    publish(uri, diagnostics_of(*lint), lint->version);
  }
}

void LanguageServer::did_open(const json& params) {
  const json& item = params.at("textDocument");
  TextDocument document;
  document.uri = item.at("uri").get<std::string>();
  document.language_id = item.value("languageId", "");
  document.version = item.at("version").get<int>();
  document.text = item.at("text").get<std::string>();
  const std::string uri = document.uri;
  documents_.open(std::move(document));
  lints_.erase(uri);
  if (!is_rule_file(uri)) pending_.insert(uri);
}

void LanguageServer::did_change(const json& params) {
  const std::string& uri = text_document_uri(params);
  const int version = params.at("textDocument").at("version").get<int>();
  std::vector<ContentChange> changes;
  for (const json& event : params.at("contentChanges")) {
    ContentChange change;
    change.text = event.at("text").get<std::string>();
    if (event.contains("range")) change.range = event.at("range").get<Range>();
    changes.push_back(std::move(change));
  }
  std::string error;
  if (!documents_.change(uri, version, changes, encoding_, &error)) {
    throw RpcError(kInvalidParams,
                   error + "; the edit was not applied (reopen the file to resync)");
  }
  lints_.erase(uri);
  if (!is_rule_file(uri)) pending_.insert(uri);
}

void LanguageServer::did_save(const json& params) {
  const std::string& uri = text_document_uri(params);
  if (is_rule_file(uri)) {
    load_rules();  // the packs on disk changed: reload, so a fixed file clears its diagnostics
    return;
  }
  // Saving is a natural moment to be up to date: no need to wait for the debounce.
  if (pending_.erase(uri) > 0) {
    if (const BufferLint* lint = lint_of(uri)) {
      publish(uri, diagnostics_of(*lint), lint->version);
    }
  }
}

void LanguageServer::did_close(const json& params) {
  const std::string& uri = text_document_uri(params);
  documents_.close(uri);
  lints_.erase(uri);
  pending_.erase(uri);
  // A rule file's problems describe the file on disk and stay; a reply's go with its buffer.
  if (!is_rule_file(uri)) publish(uri, json::array());
}

json LanguageServer::hover(const json& params) {
  const Position position = params.at("position").get<Position>();
  const BufferLint* lint = lint_of(text_document_uri(params));
  if (!lint) return nullptr;
  const PositionMapper positions(lint->document.content, encoding_);
  const std::optional<std::size_t> offset = positions.offset(position);
  if (!offset) throw RpcError(kInvalidParams, "position is past the end of the document");
  return hover_at(*lint, *offset, positions, hover_markdown_);
}

json LanguageServer::code_action(const json& params) {
  const std::string& uri = text_document_uri(params);
  const Range range = params.at("range").get<Range>();
  const json& only = lookup(params, {"context", "only"});
  if (only.is_array() && std::none_of(only.begin(), only.end(), [](const json& kind) {
        return kind == "quickfix" || kind == "";
      })) {
    return json::array();
  }
  const BufferLint* lint = lint_of(uri);
  if (!lint) return json::array();
  const PositionMapper positions(lint->document.content, encoding_);
  const std::optional<std::size_t> begin = positions.offset(range.start);
  const std::optional<std::size_t> end = positions.offset(range.end);
  if (!begin || !end || *end < *begin) {
    throw RpcError(kInvalidParams, "range is outside the document or ends before it starts");
  }
  return code_actions(*lint, *begin, *end, uri, positions);
}

}  // namespace replylint::lsp
