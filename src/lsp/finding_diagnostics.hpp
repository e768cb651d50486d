// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "lsp/buffer_lint.hpp"
#include "lsp/position_encoding.hpp"

namespace replylint::lsp {

/// The `code` of the diagnostic that carries a reply's score (not a rule id).
inline constexpr const char* kScoreCode = "score";

/// "score 64/100 sympathetic (action)": the reply's score line as the human printer words it
/// ("no empathy evidence" when no dimension is present; the reply id in brackets when known).
std::string score_summary(const ReplyReport& reply);

/// The LSP Diagnostic of a finding: severity (error 1, warning 2, info 3; a config override
/// included), `code` = rule id,
/// `codeDescription` when the rule's `source` is a web address, `source` "replylint", the
/// message, the range, and `data` = {"rule": id, "suggestions": [...]}.
nlohmann::json finding_diagnostic(const Finding& finding, const PositionMapper& positions);

/// The Information diagnostic that makes a reply's score visible where every editor shows
/// diagnostics: on the reply's first line (from the reply's start to the end of that line),
/// `code` "score", `data` = {"score": n, "verdict": name, "dimensions": [present ones]}.
nlohmann::json score_diagnostic(const ReplyReport& reply, const std::string& text,
                                const PositionMapper& positions);

/// Everything to publish for a lint: for each reply its score, then its findings in order.
/// Evidence is not published (it is praise, not a problem); hover shows it.
nlohmann::json lint_diagnostics(const BufferLint& lint, const PositionMapper& positions);

}  // namespace replylint::lsp
