// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "lsp/buffer_lint.hpp"
#include "lsp/position_encoding.hpp"

namespace replylint::lsp {

/// The suppression line that silences `rule_id` on the next line (the inline suppression syntax
/// of the CI gating issue: `replylint-disable-next-line RULE -- reason`), wrapped in the comment
/// form of the file type so it never shows in the rendered text: `<!-- … -->` for Markdown and
/// HTML, `{% comment %} … {% endcomment %}` for Liquid, `{# … #}` for Jinja, and the bare line
/// for plain text or an unknown (or missing) path. `<reason>` is a placeholder for the author to
/// replace. No line terminator.
std::string suppression_comment(const std::optional<std::string>& path, const std::string& rule_id);

/// The quick fixes for the findings that touch bytes [begin, end] of a linted buffer at `uri`:
/// for each finding, one action per suggestion that follows the replacement convention
/// (replylint/suggestion.hpp), replacing the matched text (the first one `isPreferred`), then
/// "Disable RULE for this line", which inserts suppression_comment() above the finding's line
/// with the same indentation and line ending. Each action names the diagnostic it fixes (as
/// finding_diagnostic() builds it) and carries a WorkspaceEdit in `changes` form.
nlohmann::json code_actions(const BufferLint& lint, std::size_t begin, std::size_t end,
                            const std::string& uri, const PositionMapper& positions);

}  // namespace replylint::lsp
