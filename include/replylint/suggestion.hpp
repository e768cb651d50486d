// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace replylint {

/// The prefix that makes a rule's `suggest` string a direct replacement (rules/README.md,
/// "Suggestions"). Every other suggestion is advice for a person and is never applied by a tool.
inline constexpr std::string_view kReplacePrefix = "Replace with: ";

/// The text that should replace a finding's matched span when `suggestion` follows the
/// replacement convention: the rest of the string after `Replace with: `, with one pair of
/// enclosing straight double quotes removed (`Replace with: "I can see"` gives `I can see`, and
/// `Replace with: ""` gives an empty text, a deletion). Returns nullopt for advice, including a
/// prefix followed by nothing.
std::optional<std::string> suggested_replacement(std::string_view suggestion);

}  // namespace replylint
