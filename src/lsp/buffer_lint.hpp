// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "lsp/text_document_store.hpp"
#include "replylint/document.hpp"
#include "replylint/matcher.hpp"
#include "replylint/report.hpp"

namespace replylint::lsp {

/// The lint of one state of an editor buffer. `report` points into `document`, so a BufferLint
/// never moves: it lives behind a unique_ptr. Its findings point into the rules it was made
/// with, so it must be dropped when the rules are reloaded.
struct BufferLint {
  int version = 0;  ///< the TextDocument version that was linted
  Document document;
  FileReport report;

  BufferLint() = default;
  BufferLint(const BufferLint&) = delete;
  BufferLint& operator=(const BufferLint&) = delete;
};

/// Lints the buffer text as the CLI lints a plain-text file of the same content when no config
/// file applies: the same reply split (`unit`), matcher, scorer and inline suppression comments.
/// The path (from a file URI) only names the document.
std::unique_ptr<BufferLint> lint_buffer(const TextDocument& buffer, const Matcher& matcher,
                                        ReplyUnit unit);

}  // namespace replylint::lsp
