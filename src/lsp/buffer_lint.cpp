// SPDX-License-Identifier: MIT
#include "lsp/buffer_lint.hpp"

#include "lsp/uri.hpp"
#include "replylint/reader.hpp"

namespace replylint::lsp {

std::unique_ptr<BufferLint> lint_buffer(const TextDocument& buffer, const ServerContext& context) {
  auto lint = std::make_unique<BufferLint>();
  lint->version = buffer.version;
  lint->document.path = path_from_uri(buffer.uri);
  lint->document.display_name = lint->document.path.value_or(buffer.uri);
  lint->document.content = buffer.text;
  std::vector<ReplySpan> replies =
      read_replies(lint->document, context.input, lint->reader_problems);
  lint->report = context.linter->lint(lint->document, std::move(replies));
  return lint;
}

}  // namespace replylint::lsp
