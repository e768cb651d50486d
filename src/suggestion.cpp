// SPDX-License-Identifier: MIT
#include "replylint/suggestion.hpp"

namespace replylint {

std::optional<std::string> suggested_replacement(std::string_view suggestion) {
  if (suggestion.substr(0, kReplacePrefix.size()) != kReplacePrefix) return std::nullopt;
  std::string_view rest = suggestion.substr(kReplacePrefix.size());
  if (rest.empty()) return std::nullopt;
  // Quotes are how authors naturally delimit a phrase in prose; they are not part of it.
  if (rest.size() >= 2 && rest.front() == '"' && rest.back() == '"') {
    rest = rest.substr(1, rest.size() - 2);
  }
  return std::string(rest);
}

}  // namespace replylint
