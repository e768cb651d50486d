// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>

#include "replylint/document.hpp"
#include "replylint/report.hpp"

namespace replylint {

/// The `<article class="card">` of one reply in the HTML report: a heading with its location,
/// score and verdict (in words), the text with highlighted findings and evidence, the findings
/// and evidence listed, the suggestions of the rules that fired, and the score breakdown. The
/// article's id is `reply-N` for the 1-based `number`, and its data attributes (`data-order`,
/// `data-score`, `data-verdict`, `data-rules`) are what the page's script sorts and filters on.
std::string reply_card_html(const ReplyReport& reply, const Document& document, std::size_t number);

/// How the report names a reply: its id when the input gives it one (a record id, a macro's
/// heading), else `path:line`. reply_location() gives `path:line` for titles that are ids.
std::string reply_title(const std::string& display_name, int line, const std::string& id);
std::string reply_location(const std::string& display_name, int line);

}  // namespace replylint
