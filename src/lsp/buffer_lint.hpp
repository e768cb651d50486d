// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "lsp/server_context.hpp"
#include "lsp/text_document_store.hpp"
#include "replylint/document.hpp"
#include "replylint/report.hpp"

namespace replylint::lsp {

/// The lint of one state of an editor buffer. `report` points into `document`, so a BufferLint
/// never moves: it lives behind a unique_ptr. Its findings point into the rules it was made
/// with, so it must be dropped when the rules are reloaded.
struct BufferLint {
  int version = 0;  ///< the TextDocument version that was linted
  Document document;
  FileReport report;
  Diagnostics reader_problems;  ///< what the input reader reported (a malformed record …)

  BufferLint() = default;
  BufferLint(const BufferLint&) = delete;
  BufferLint& operator=(const BufferLint&) = delete;
};

/// Lints the buffer text as the CLI lints a file of the same name and content under the same
/// config: the reader its extension (or the config's `input`) selects, so a transcript's
/// customer turns and an e-mail's quoted text are skipped; the config's rules and policy; the
/// buffer's own suppression comments.
std::unique_ptr<BufferLint> lint_buffer(const TextDocument& buffer, const ServerContext& context);

}  // namespace replylint::lsp
