// SPDX-License-Identifier: MIT
#include "lsp/buffer_lint.hpp"

#include "lsp/uri.hpp"
#include "replylint/configured_linter.hpp"

namespace replylint::lsp {

std::unique_ptr<BufferLint> lint_buffer(const TextDocument& buffer, const Matcher& matcher,
                                        ReplyUnit unit) {
  auto lint = std::make_unique<BufferLint>();
  lint->version = buffer.version;
  lint->document.path = path_from_uri(buffer.uri);
  lint->document.display_name = lint->document.path.value_or(buffer.uri);
  lint->document.content = buffer.text;
  // No config file yet (docs/editors.md), but the buffer's own suppression comments count, as
  // they do for the CLI: the "Disable RULE for this line" quick fix must silence the finding.
  static const Config kNoConfig;
  lint->report = ConfiguredLinter(matcher, kNoConfig)
                     .lint(lint->document, split_plain_text(lint->document.content, unit));
  return lint;
}

}  // namespace replylint::lsp
