// SPDX-License-Identifier: MIT
#include "lsp/text_document_store.hpp"

namespace replylint::lsp {

namespace {

std::string describe(Position position) {
  return std::to_string(position.line) + ":" + std::to_string(position.character);
}

}  // namespace

void TextDocumentStore::open(TextDocument document) {
  const std::string uri = document.uri;
  documents_[uri] = std::move(document);
}

bool TextDocumentStore::change(const std::string& uri, int version,
                               const std::vector<ContentChange>& changes, PositionEncoding encoding,
                               std::string* error) {
  auto it = documents_.find(uri);
  if (it == documents_.end()) {
    *error = "document is not open: " + uri;
    return false;
  }
  // Work on a copy so a bad change in the middle of a batch leaves the document as it was.
  std::string text = it->second.text;
  for (std::size_t i = 0; i < changes.size(); ++i) {
    const ContentChange& change = changes[i];
    if (!change.range) {
      text = change.text;
      continue;
    }
    const PositionMapper mapper(text, encoding);
    const std::optional<std::size_t> begin = mapper.offset(change.range->start);
    const std::optional<std::size_t> end = mapper.offset(change.range->end);
    const std::string where = "change " + std::to_string(i + 1) + " of " +
                              std::to_string(changes.size()) + ": range " +
                              describe(change.range->start) + "-" + describe(change.range->end);
    if (!begin || !end) {
      *error = where + " is past the end of the document (" +
               std::to_string(mapper.position(text.size()).line + 1) + " lines)";
      return false;
    }
    if (*end < *begin) {
      *error = where + " ends before it starts";
      return false;
    }
    text.replace(*begin, *end - *begin, change.text);
  }
  it->second.text = std::move(text);
  it->second.version = version;
  return true;
}

bool TextDocumentStore::close(const std::string& uri) {
  return documents_.erase(uri) > 0;
}

const TextDocument* TextDocumentStore::find(const std::string& uri) const {
  auto it = documents_.find(uri);
  return it == documents_.end() ? nullptr : &it->second;
}

std::vector<std::string> TextDocumentStore::uris() const {
  std::vector<std::string> out;
  out.reserve(documents_.size());
  for (const auto& [uri, document] : documents_) out.push_back(uri);
  return out;
}

}  // namespace replylint::lsp
