// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace replylint {

/// Makes `text` safe inside an XML 1.0 attribute value (single or double quoted) or element
/// content: `& < > " '` become entities; tab, line feed and carriage return become character
/// references so attribute-value normalisation keeps them; bytes XML 1.0 forbids (other C0
/// controls, U+FFFE, U+FFFF) and invalid UTF-8 become U+FFFD, so the output is always
/// well-formed UTF-8.
std::string xml_escape(std::string_view text);

/// The `<?xml …?>` declaration every XML printer starts with, newline included.
inline constexpr std::string_view kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

}  // namespace replylint
