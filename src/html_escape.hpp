// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace replylint {

/// Makes `text` safe as HTML element content or a quoted attribute value: `& < > " '` become
/// character references; tab and line feed are kept (reply text is shown with white-space:
/// pre-wrap); a carriage return is dropped before a line feed and becomes one elsewhere; other
/// control characters, noncharacters and invalid UTF-8 become U+FFFD, so the output is always
/// valid UTF-8 that no HTML parser reads as markup.
std::string html_escape(std::string_view text);

}  // namespace replylint
