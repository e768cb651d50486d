// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lsp/position_encoding.hpp"

namespace replylint::lsp {

/// A document the client has open: its text is the client's buffer, not the file on disk.
struct TextDocument {
  std::string uri;
  std::string language_id;
  int version = 0;
  std::string text;
};

/// One TextDocumentContentChangeEvent.
struct ContentChange {
  std::optional<Range> range;  ///< nullopt: `text` replaces the whole document
  std::string text;
};

/// The open documents, kept in sync with the client by didOpen / didChange / didClose.
class TextDocumentStore {
 public:
  /// Opens a document; opening an open URI again replaces it.
  void open(TextDocument document);

  /// Applies `changes` in order, each range relative to the text the previous change left (LSP
  /// 3.17), positions in `encoding`. All or nothing: when a range has a line past the end of the
  /// text, or ends before it starts, the document keeps its text and version, and `error` says
  /// which change was wrong. Also false for a URI that is not open.
  bool change(const std::string& uri, int version, const std::vector<ContentChange>& changes,
              PositionEncoding encoding, std::string* error);

  /// Forgets a document; false when it was not open.
  bool close(const std::string& uri);

  /// The open document, or nullptr. Valid until the next open, change or close of it.
  const TextDocument* find(const std::string& uri) const;

  /// Every open URI, sorted.
  std::vector<std::string> uris() const;

 private:
  std::map<std::string, TextDocument> documents_;
};

}  // namespace replylint::lsp
