// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>

#include "lsp/buffer_lint.hpp"
#include "lsp/position_encoding.hpp"

namespace replylint::lsp {

/// The Hover result for byte `offset` of a linted buffer, or null when there is nothing to say:
/// - on a finding or on evidence: the rule id, category and severity, its message, the rule's
///   explain text and suggestions, and its score contribution (the rule's weight and how much it
///   moved this reply's score, repeats and repair included);
/// - elsewhere on a reply's first line (where the score diagnostic sits): the score and every
///   step that produced it, as `--explain` prints them.
/// The text is Markdown that also reads well as plain text; `markdown` picks the MarkupKind.
nlohmann::json hover_at(const BufferLint& lint, std::size_t offset, const PositionMapper& positions,
                        bool markdown = true);

}  // namespace replylint::lsp
